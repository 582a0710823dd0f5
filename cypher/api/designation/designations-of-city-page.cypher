// City.designations: the designations of one city, found from the city (one seek), keyset-paged.
// Ordered by year, then city adcode, then programme (s), then city|programme|key (id).
// $batch.forward / $batch.backward: [{k, city, programme, province, yearFrom, yearTo, withAgencies, withSources, props, after {s, id},
// before {s, id}}]; $limit: page size + 1.
// Two kinds of rows (src/graph/page-loader.ts):
// - a designation (k >= 0): its keys, the relationship's properties (`rel`: with `key.props`, the values of
//   those properties, in that order, the ones the operation reads, src/graph/projection.ts) and the ids of its two ends
//   (`city`, `programme`); the city is the parent the page was asked for, so no row repeats its properties;
// - a node (k = -1), once per query whatever the number of rows naming it: each programme, and, when the
//   selection asks for them, each source of a designation (`withSources`, as node/by-ids.cypher returns
//   them) and a programme's ADMINISTERED_BY edges (`edges`, in edges/by-node.cypher's order, `withAgencies`).
//   The page loader primes the node and edge loaders with them, so `programme`, `programme { administeredBy }`
//   and `sources { source }` cost no further round trip (src/graph/lookahead.ts).
// Rows carry what the API reads: never the relationship's `rosterRecords` (the roster's CSV lines) nor its stored
// sort keys, nor the city's `searchText` (the full-text index's input), which no field shows.
UNWIND $batch.forward AS key
CALL (key) {
  MATCH (c:City {id: key.city})-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH d, g, s, id ORDER BY s ASC, id ASC LIMIT $limit
  RETURN d, g, s, id
}
WITH collect({k: key.k, s: s, id: id, city: key.city, programme: g.id,
              rel: CASE WHEN key.props IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null} ELSE [prop IN key.props | d[prop]] END}) AS rows,
     collect(DISTINCT g) AS programmes,
     collect(DISTINCT CASE WHEN key.withAgencies = true THEN g END) AS withAgencies,
     collect(CASE WHEN key.withSources = true THEN d.sourceIds END) AS sourceLists
CALL (programmes, withAgencies, sourceLists) {
  CALL (programmes, withAgencies, sourceLists) {
    UNWIND programmes AS g
    RETURN {id: g.id, labels: labels(g), props: g {.*, searchText: null}} AS node,
           CASE WHEN g IN withAgencies THEN {type: 'ADMINISTERED_BY', edges: COLLECT {
             MATCH (g)-[r:ADMINISTERED_BY]->(b)
             WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
             RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b), other: properties(b)}
           }} END AS edges
    UNION ALL
    UNWIND sourceLists AS sourceIds
    UNWIND sourceIds AS sourceId
    WITH DISTINCT sourceId
    MATCH (n:Node {id: sourceId})
    RETURN {id: n.id, labels: labels(n), props: n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} AS node, null AS edges
  }
  RETURN collect({k: -1, node: node, edges: edges}) AS nodes
}
UNWIND nodes + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, row.edges AS edges
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  MATCH (c:City {id: key.city})-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH d, g, s, id ORDER BY s DESC, id DESC LIMIT $limit
  RETURN d, g, s, id
}
WITH collect({k: key.k, s: s, id: id, city: key.city, programme: g.id,
              rel: CASE WHEN key.props IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null} ELSE [prop IN key.props | d[prop]] END}) AS rows,
     collect(DISTINCT g) AS programmes,
     collect(DISTINCT CASE WHEN key.withAgencies = true THEN g END) AS withAgencies,
     collect(CASE WHEN key.withSources = true THEN d.sourceIds END) AS sourceLists
CALL (programmes, withAgencies, sourceLists) {
  CALL (programmes, withAgencies, sourceLists) {
    UNWIND programmes AS g
    RETURN {id: g.id, labels: labels(g), props: g {.*, searchText: null}} AS node,
           CASE WHEN g IN withAgencies THEN {type: 'ADMINISTERED_BY', edges: COLLECT {
             MATCH (g)-[r:ADMINISTERED_BY]->(b)
             WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
             RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b), other: properties(b)}
           }} END AS edges
    UNION ALL
    UNWIND sourceLists AS sourceIds
    UNWIND sourceIds AS sourceId
    WITH DISTINCT sourceId
    MATCH (n:Node {id: sourceId})
    RETURN {id: n.id, labels: labels(n), props: n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} AS node, null AS edges
  }
  RETURN collect({k: -1, node: node, edges: edges}) AS nodes
}
UNWIND nodes + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, row.edges AS edges
