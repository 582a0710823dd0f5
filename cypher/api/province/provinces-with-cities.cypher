// Query.provinces when its selection reaches `cities` (and, below them, `designations`): the page of
// provinces, each province's page of cities and each of those cities' designations in one round trip
// instead of three (lookahead, src/city/province-tree.ts). Each row carries the rows of the query it stands
// for, so the repository primes that query's loader with them and the children's resolvers read the cache.
// One record per row (`row`, a map), by `kind`:
// - 'province': a row of province/provinces-page.cypher (forward), in page order, with `cities`: whether its
//   cities were read (not for the page's extra row);
// - 'city': a row of city/cities-in-province-page.cypher (forward, no level, programme or year filter) for
//   the province `province`, in page order, with `designations` (null when not asked for, and for the city
//   page's extra row): the designation
//   rows of designation/designations-of-city-page.cypher (forward, no filter, no cursor), without `city`
//   (the city they sit under; the repository puts it back);
// - 'node': that query's node rows (k = -1): every programme those designations name (with its agencies
//   when `withAgencies`) and, when `withSources`, every source they name, each once for the whole answer.
// A change to the rows of any of those queries is made here too (test/integration/api.test.ts compares
// the two paths' answers).
// $args.after: the provinces' cursor {s, id} or null; $limit: provinces page size + 1;
// $args.cities.after: the cities' cursor {s, id} or null (the same for every province); $cityLimit: city page size + 1;
// $args.designations: null (not asked for) or {withAgencies, withSources}; $designationLimit: that page's size + 1.
// $args.props.province / .city / .programme / .agency / .designation (the DESIGNATED_IN relationships): the properties the operation reads of each
// (src/graph/projection.ts), returned as the list of their values in that order; null: the whole node;
// $args.props.sources: the same for the sources, by label (Article, ReferenceList; a label it does not
// name: the whole node but its texts).
CALL () {
  MATCH (p:Province)
  WHERE p.adcode >= coalesce($args.after.s, '')
    AND ($args.after IS NULL OR p.adcode > $args.after.s OR p.id > $args.after.id)
  WITH p ORDER BY p.adcode ASC, p.id ASC LIMIT $limit
  RETURN collect(p) AS page
}
// The page's extra row (the one that says there is a next page) is not shown: its cities are not read, nor
// the designations of a city page's extra row.
UNWIND range(0, size(page) - 1) AS at
WITH page[at] AS p, at < $limit - 1 AS shown
CALL (p, shown) {
  WITH p WHERE shown
  MATCH (c:City)
  WHERE c.provinceOrder >= p.id + '|' + coalesce($args.cities.after.s, '')
    // The page's extra province reads no city: its range is empty ('' sorts before every key). `WHERE shown`
    // above is not enough: the planner applies it after the index seek, which then read all of that
    // province's cities (at a million nodes 14,700 of the bounded nested query's 16,600 db hits).
    AND c.provinceOrder <= CASE WHEN shown THEN p.id + '|~' ELSE '' END
    AND ($args.cities.after IS NULL OR c.adcode > $args.cities.after.s OR c.id > $args.cities.after.id)
  WITH c ORDER BY c.provinceOrder, c.id LIMIT $cityLimit
  WITH p, collect(c) AS cs
  UNWIND range(0, size(cs) - 1) AS cityAt
  WITH p, cs[cityAt] AS c, cityAt < $cityLimit - 1 AS cityShown
  WITH p, c, CASE WHEN $args.designations IS NULL OR NOT cityShown THEN null ELSE COLLECT {
         MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
         WITH d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS rowId
         ORDER BY s ASC, rowId ASC LIMIT $designationLimit
         RETURN {k: 0, s: s, id: rowId, programme: g.id,
                 rel: CASE WHEN $args.props.designation IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null}
                      ELSE [prop IN $args.props.designation | d[prop]] END,
                 sourceIds: CASE WHEN $args.designations.withSources = true THEN d.sourceIds END}
       } END AS designations
  // `sourceIds` is for the sources below only: the rows go without it (`rel` has it when a field reads it).
  RETURN collect({kind: 'city', k: 0, province: p.id, s: c.adcode, id: c.id, labels: labels(c), props: CASE WHEN $args.props.city IS NULL THEN c {.*, searchText: null} ELSE [prop IN $args.props.city | c[prop]] END,
                  designations: [x IN designations | x {.k, .s, .id, .programme, .rel}]}) AS cities,
         collect([x IN designations | x.sourceIds]) AS sourceIdLists
}
WITH collect({kind: 'province', k: 0, s: p.adcode, id: p.id, labels: labels(p), props: CASE WHEN $args.props.province IS NULL THEN properties(p) ELSE [prop IN $args.props.province | p[prop]] END, cities: shown}) AS provinces, collect(cities) AS cityLists,
     collect(sourceIdLists) AS sourceIdTree
CALL (cityLists) {
  UNWIND cityLists AS cs
  UNWIND cs AS city
  RETURN collect(city) AS cities
}
CALL (cities, sourceIdTree) {
  CALL (cities, sourceIdTree) {
    UNWIND cities AS city
    UNWIND coalesce(city.designations, []) AS d
    WITH DISTINCT d.programme AS programmeId
    MATCH (g:Node {id: programmeId})
    RETURN {id: g.id, labels: labels(g), props: CASE WHEN $args.props.programme IS NULL THEN g {.*, searchText: null} ELSE [prop IN $args.props.programme | g[prop]] END} AS node,
           CASE WHEN $args.designations.withAgencies = true THEN {type: 'ADMINISTERED_BY', edges: COLLECT {
             MATCH (g)-[r:ADMINISTERED_BY]->(b)
             WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
             RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b),
                     other: CASE WHEN $args.props.agency IS NULL OR NOT b:Agency THEN properties(b) ELSE [prop IN $args.props.agency | b[prop]] END}
           }} END AS edges
    UNION ALL
    // sourceIdTree: per province, per city, per designation, its sourceIds (when withSources).
    UNWIND sourceIdTree AS ofProvince
    UNWIND ofProvince AS ofCity
    UNWIND ofCity AS sourceIds
    UNWIND coalesce(sourceIds, []) AS sourceId
    WITH DISTINCT sourceId
    MATCH (n:Node {id: sourceId})
    RETURN {id: n.id, labels: labels(n),
            props: CASE WHEN any(l IN labels(n) WHERE $args.props.sources[l] IS NOT NULL) THEN [prop IN [l IN labels(n) WHERE $args.props.sources[l] IS NOT NULL | $args.props.sources[l]][0] | n[prop]]
                        ELSE n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} END} AS node, null AS edges
  }
  RETURN collect({kind: 'node', node: node, edges: edges}) AS nodes
}
// One record per row, not one record for the whole answer: the driver decodes a record that spans several
// Bolt chunks through a slower path (about a tenth of the server's CPU for the 34-province answer).
UNWIND provinces + cities + nodes AS row
RETURN row
