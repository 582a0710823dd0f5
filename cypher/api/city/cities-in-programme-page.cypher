// Query.cities with a programme (and no province): the cities designated in it (that year, when
// given), in adcode order, keyset-paged as a range seek on the stored sort key `programmeCityOrder`
// ('<programme id>|<adcode>|<city id>' on DESIGNATED_IN; index designated_in_programme_city_order, written
// by the loader, cypher/seed/designation-order.cypher) within the programme's prefix, from the cursor, in
// index order (the ORDER BY before the DISTINCT lets the planner read the index backwards for `last`);
// a city designated more than once has one key, so one row. Year and level are checked on the
// rows the seek reads; it stops after $limit cities, so a page reads about the page's rows, however many
// members the programme has.
// $batch.forward / $batch.backward: [{k, props, programme, year, level, after {s, id}, before {s, id}}]; $limit: page size + 1.
// `searchText` (the full-text index's input, no field shows it) is left out of the rows. `key.props`: the
// properties the operation reads of a city (src/graph/projection.ts), returned as a list of their values in
// that order; null: the whole node.
UNWIND $batch.forward AS key
CALL (key) {
  WITH key, key.programme + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.programme + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(programmeCityOrder)
  WHERE d.programmeCityOrder > low AND d.programmeCityOrder < high
    AND (key.year IS NULL OR d.year = key.year)
    AND (key.level IS NULL OR c.level = key.level)
  WITH d.programmeCityOrder AS o, c ORDER BY o ASC
  WITH DISTINCT o, c
  WITH c ORDER BY o ASC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, CASE WHEN key.props IS NULL THEN c {.*, searchText: null} ELSE [prop IN key.props | c[prop]] END AS props
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  WITH key, key.programme + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.programme + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(programmeCityOrder)
  WHERE d.programmeCityOrder > low AND d.programmeCityOrder < high
    AND (key.year IS NULL OR d.year = key.year)
    AND (key.level IS NULL OR c.level = key.level)
  WITH d.programmeCityOrder AS o, c ORDER BY o DESC
  WITH DISTINCT o, c
  WITH c ORDER BY o DESC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, CASE WHEN key.props IS NULL THEN c {.*, searchText: null} ELSE [prop IN key.props | c[prop]] END AS props
