// A city by id and, when the selection asks for them, the first page of its designations and its
// observations: `city(id)` / `node(id)` with `designations` and `observations` in one round trip
// instead of three (lookahead, src/city/city.repository.ts).
// $args.id; $args.designations: null (not asked for) or {withAgencies, withSources}; $limit: that page's size + 1;
// $observations: whether to bring them.
// $args.props.city / .programme / .agency / .observation / .designation (the DESIGNATED_IN relationships):
// the properties the operation reads of each (src/graph/projection.ts), returned as the list of their values
// in that order; null: all, as the queries the rows stand for return them; $args.props.sources: the same for
// the sources, by label (Article, ReferenceList; a label it does not name: the whole node but its texts);
// $args.props.reports: the properties of an observation's REPORTS the API reads (REPORTS_PROPERTIES,
// src/graph/provenance.ts), as the list of their values in that order.
// Each `designations` entry is a designation row of designation/designations-of-city-page.cypher (forward,
// no filter, no cursor: its keys, `rel`, and the ids of its ends) and each `programmes` entry one of that
// query's node rows (k = -1) for a programme, with its ADMINISTERED_BY edges when `withAgencies`; each
// `observations` entry is a row of observation/by-subject.cypher (no metric, no period), in their order,
// except that the source nodes they name come once each in `sources` (see there): the repository rebuilds
// those rows and primes those queries' loaders with them, so a change to the rows of either query is made
// here too (test/integration/api.test.ts compares the two paths' answers).
MATCH (c:Node {id: $args.id})
WHERE c:City
RETURN c.id AS id, labels(c) AS labels, CASE WHEN $args.props.city IS NULL THEN c {.*, searchText: null} ELSE [prop IN $args.props.city | c[prop]] END AS props,
       CASE WHEN $args.designations IS NULL THEN null ELSE COLLECT {
         MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
         WITH d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS rowId
         ORDER BY s ASC, rowId ASC LIMIT $limit
         RETURN {k: 0, s: s, id: rowId, city: c.id, programme: g.id,
                 rel: CASE WHEN $args.props.designation IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null}
                      ELSE [prop IN $args.props.designation | d[prop]] END}
       } END AS designations,
       CASE WHEN $args.designations IS NULL THEN [] ELSE COLLECT {
         CALL (c) {
           MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
           WITH d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS rowId
           ORDER BY s ASC, rowId ASC LIMIT $limit
           RETURN DISTINCT g
         }
         RETURN {node: {id: g.id, labels: labels(g), props: CASE WHEN $args.props.programme IS NULL THEN g {.*, searchText: null} ELSE [prop IN $args.props.programme | g[prop]] END},
                 edges: CASE WHEN $args.designations.withAgencies = true THEN {type: 'ADMINISTERED_BY', edges: COLLECT {
                   MATCH (g)-[r:ADMINISTERED_BY]->(b)
                   WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
                   RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b),
                           other: CASE WHEN $args.props.agency IS NULL OR NOT b:Agency THEN properties(b) ELSE [prop IN $args.props.agency | b[prop]] END}
                 }} END}
       } END AS programmes,
       CASE WHEN $observations = true THEN COLLECT {
         MATCH (c)<-[:OBSERVED_IN]-(o:Observation)
         WITH o ORDER BY o.metric, o.period, o.id
         RETURN {k: 0, id: o.id, labels: labels(o), props: CASE WHEN $args.props.observation IS NULL THEN properties(o) ELSE [prop IN $args.props.observation | o[prop]] END, reports: COLLECT {
           MATCH (o)<-[r:REPORTS]-(src)
           WITH r, src ORDER BY coalesce(r.year, 0), coalesce(src.name, src.title, src.id), src.id
           RETURN {type: type(r), rel: [prop IN $args.props.reports | r[prop]], otherId: src.id, otherLabels: labels(src)}
         }}
       } END AS observations,
       // The sources named above, each once (one article reports all eight observations of a city), without
       // their texts (SOURCE_TEXT_KEYS, src/source/source.type.ts: read by id only when a query selects them).
       // The repository puts each back where its id is named.
       COLLECT {
         CALL (c) {
           MATCH (c)-[d:DESIGNATED_IN]->(:Programme)
           WHERE $args.designations.withSources = true
           UNWIND coalesce(d.sourceIds, []) AS sourceId
           MATCH (n:Node {id: sourceId})
           RETURN n
           UNION
           MATCH (c)<-[:OBSERVED_IN]-(:Observation)<-[:REPORTS]-(n)
           WHERE $observations = true
           RETURN n
         }
         WITH DISTINCT n
         RETURN {id: n.id, labels: labels(n),
               props: CASE WHEN any(l IN labels(n) WHERE $args.props.sources[l] IS NOT NULL) THEN [prop IN [l IN labels(n) WHERE $args.props.sources[l] IS NOT NULL | $args.props.sources[l]][0] | n[prop]]
                           ELSE n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} END}
       } AS sources
