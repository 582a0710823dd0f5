// Query.designations without a programme or city: every designation, ordered by year, then city adcode,
// then programme (s), then city|programme|key (id); keyset-paged as a range seek on the stored sort key
// `designationOrder` ('<s>|<id>', the cursor as one string; index designated_in_designation_order,
// written by the loader, cypher/seed/designation-order.cypher), from the cursor (or the first year asked
// for) to the other cursor (or the last year asked for), in index order, stopped after $limit matches:
// a page reads about the page's rows, however many designations there are and however deep the page is.
// A province filter is checked on the rows the seek reads.
// $batch.forward / $batch.backward: [{k, city, programme, province, yearFrom, yearTo, props, after {s, id}, before {s, id}}]; $limit: page size + 1.
// Rows (src/graph/page-loader.ts): a designation (k >= 0) carries its keys, the relationship's properties
// (`rel`: with `key.props`, the values of those properties, in that order, the ones the operation reads,
// src/graph/projection.ts; without it, all but `rosterRecords` and the stored sort keys, which no field shows)
// and the ids of its two ends
// (`city`, `programme`); each city and programme comes once per query in a row of its own (k = -1, `node`,
// without `searchText`), whatever the number of rows naming it, and goes into the request's node loader.
// $args.ends: label → the properties the operation reads of such a node (src/graph/projection.ts), or null: an
// end of a label it names comes as the list of those properties' values, in that order; others whole.
UNWIND $batch.forward AS key
CALL (key) {
  WITH key,
       coalesce(key.after.s + '|' + key.after.id, '') AS fromCursor, right('0000' + toString(coalesce(key.yearFrom, 0)), 4) AS fromYear,
       coalesce(key.before.s + '|' + key.before.id, '~') AS toCursor, CASE WHEN key.yearTo IS NULL OR key.yearTo >= 9999 THEN '~' ELSE right('0000' + toString(key.yearTo + 1), 4) END AS toYear
  WITH key, CASE WHEN fromCursor > fromYear THEN fromCursor ELSE fromYear END AS low, CASE WHEN toCursor < toYear THEN toCursor ELSE toYear END AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(designationOrder)
  WHERE d.designationOrder > low AND d.designationOrder < high
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH c, d, g ORDER BY d.designationOrder ASC LIMIT $limit
  RETURN c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
WITH collect({k: key.k, s: s, id: id, city: c.id, programme: g.id,
              rel: CASE WHEN key.props IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null} ELSE [prop IN key.props | d[prop]] END}) AS rows,
     collect(DISTINCT c) + collect(DISTINCT g) AS ends
UNWIND [n IN ends | {k: -1, node: {id: n.id, labels: labels(n), props: CASE WHEN any(l IN labels(n) WHERE $args.ends[l] IS NOT NULL)
                                                           THEN [prop IN [l IN labels(n) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | n[prop]]
                                                           ELSE n {.*, searchText: null} END}}] + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, null AS edges
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  WITH key,
       coalesce(key.after.s + '|' + key.after.id, '') AS fromCursor, right('0000' + toString(coalesce(key.yearFrom, 0)), 4) AS fromYear,
       coalesce(key.before.s + '|' + key.before.id, '~') AS toCursor, CASE WHEN key.yearTo IS NULL OR key.yearTo >= 9999 THEN '~' ELSE right('0000' + toString(key.yearTo + 1), 4) END AS toYear
  WITH key, CASE WHEN fromCursor > fromYear THEN fromCursor ELSE fromYear END AS low, CASE WHEN toCursor < toYear THEN toCursor ELSE toYear END AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(designationOrder)
  WHERE d.designationOrder > low AND d.designationOrder < high
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH c, d, g ORDER BY d.designationOrder DESC LIMIT $limit
  RETURN c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
WITH collect({k: key.k, s: s, id: id, city: c.id, programme: g.id,
              rel: CASE WHEN key.props IS NULL THEN d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null} ELSE [prop IN key.props | d[prop]] END}) AS rows,
     collect(DISTINCT c) + collect(DISTINCT g) AS ends
UNWIND [n IN ends | {k: -1, node: {id: n.id, labels: labels(n), props: CASE WHEN any(l IN labels(n) WHERE $args.ends[l] IS NOT NULL)
                                                           THEN [prop IN [l IN labels(n) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | n[prop]]
                                                           ELSE n {.*, searchText: null} END}}] + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, null AS edges
