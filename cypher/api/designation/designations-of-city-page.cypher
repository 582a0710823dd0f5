// City.designations: the designations of one city, found from the city (one seek), keyset-paged.
// Ordered by year, then city adcode, then programme (s), then city|programme|key (id).
// $forward / $backward: [{k, city, programme, province, yearFrom, yearTo, withAgencies, withSources, after {s, id},
// before {s, id}}]; $limit: page size + 1.
// Lookahead (src/graph/lookahead.ts): when the selection asks for them, each row also brings the programme's
// ADMINISTERED_BY edges (`agencies`, in edges/by-node.cypher's order) and the designation's source nodes
// (`sources`, as node/by-ids.cypher returns them); the repository primes the edge and node loaders with them,
// so `programme { administeredBy }` and `sources { source }` cost no further round trip. Otherwise `agencies` is
// null and `sources` empty.
// Rows carry what the API reads: not the relationship's `rosterRecords` (the roster's CSV lines) nor the city's
// `searchText` (the full-text index's input), which no field shows.
UNWIND $forward AS key
CALL (key) {
  MATCH (c:City {id: key.city})-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY s ASC, id ASC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, d {.*, rosterRecords: null} AS rel,
       {id: c.id, labels: labels(c), props: c {.*, searchText: null}} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme,
       CASE WHEN key.withAgencies = true THEN COLLECT {
         MATCH (g)-[r:ADMINISTERED_BY]->(b) WHERE key.withAgencies = true
         WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
         RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b), other: properties(b)}
       } END AS agencies,
       COLLECT {
         UNWIND CASE WHEN key.withSources = true THEN coalesce(d.sourceIds, []) ELSE [] END AS sourceId
         MATCH (n:Node {id: sourceId})
         RETURN {id: n.id, labels: labels(n), props: properties(n)}
       } AS sources
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (c:City {id: key.city})-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY s DESC, id DESC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, d {.*, rosterRecords: null} AS rel,
       {id: c.id, labels: labels(c), props: c {.*, searchText: null}} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme,
       CASE WHEN key.withAgencies = true THEN COLLECT {
         MATCH (g)-[r:ADMINISTERED_BY]->(b) WHERE key.withAgencies = true
         WITH r, b ORDER BY coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
         RETURN {rel: properties(r), otherId: b.id, otherLabels: labels(b), other: properties(b)}
       } END AS agencies,
       COLLECT {
         UNWIND CASE WHEN key.withSources = true THEN coalesce(d.sourceIds, []) ELSE [] END AS sourceId
         MATCH (n:Node {id: sourceId})
         RETURN {id: n.id, labels: labels(n), props: properties(n)}
       } AS sources
