// Round.members: the designations tied to one round, ordered by city adcode (s), then city|programme|key
// (id); keyset-paged as a range seek on the stored sort key `roundOrder` ('<round id>|<s>|<id>'; index
// designated_in_round_order, written by the loader, cypher/seed/designation-order.cypher) within the
// round's prefix, from the cursor, in index order, stopped after $limit rows: a page reads about the
// page's rows, however many members the round's programme has. A member counts when its programme has
// the round (HAS_ROUND), as before.
// $batch.forward / $batch.backward: [{k, round, after {s, id}, before {s, id}}]; $limit: page size + 1.
// Rows (src/graph/page-loader.ts): a designation (k >= 0) carries its keys, the relationship's properties
// (`rel`, without `rosterRecords` and the stored sort keys, which no field shows) and the ids of its two ends
// (`city`, `programme`); each city and programme comes once per query in a row of its own (k = -1, `node`,
// without `searchText`), whatever the number of rows naming it, and goes into the request's node loader.
// $args.ends: label → the properties the operation reads of such a node (src/graph/projection.ts), or null: an
// end of a label it names comes as the list of those properties' values, in that order; others whole.
UNWIND $batch.forward AS key
CALL (key) {
  WITH key, key.round + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.round + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(roundOrder)
  WHERE d.roundOrder > low AND d.roundOrder < high
    AND EXISTS { (g)-[:HAS_ROUND]->(:Round {id: key.round}) }
  WITH c, d, g ORDER BY d.roundOrder ASC LIMIT $limit
  RETURN c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
WITH collect({k: key.k, s: s, id: id, city: c.id, programme: g.id,
              rel: d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null}}) AS rows,
     collect(DISTINCT c) + collect(DISTINCT g) AS ends
UNWIND [n IN ends | {k: -1, node: {id: n.id, labels: labels(n), props: CASE WHEN any(l IN labels(n) WHERE $args.ends[l] IS NOT NULL)
                                                           THEN [prop IN [l IN labels(n) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | n[prop]]
                                                           ELSE n {.*, searchText: null} END}}] + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, null AS edges
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  WITH key, key.round + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.round + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(roundOrder)
  WHERE d.roundOrder > low AND d.roundOrder < high
    AND EXISTS { (g)-[:HAS_ROUND]->(:Round {id: key.round}) }
  WITH c, d, g ORDER BY d.roundOrder DESC LIMIT $limit
  RETURN c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
WITH collect({k: key.k, s: s, id: id, city: c.id, programme: g.id,
              rel: d {.*, rosterRecords: null, designationOrder: null, programmeDesignationOrder: null, programmeCityOrder: null, roundOrder: null}}) AS rows,
     collect(DISTINCT c) + collect(DISTINCT g) AS ends
UNWIND [n IN ends | {k: -1, node: {id: n.id, labels: labels(n), props: CASE WHEN any(l IN labels(n) WHERE $args.ends[l] IS NOT NULL)
                                                           THEN [prop IN [l IN labels(n) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | n[prop]]
                                                           ELSE n {.*, searchText: null} END}}] + rows AS row
RETURN row.k AS k, row.s AS s, row.id AS id, row.rel AS rel, row.city AS city, row.programme AS programme, row.node AS node, null AS edges
