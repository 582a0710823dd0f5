// Province.cities (and Query.cities with a province): the cities of one province in adcode order,
// keyset-paged as a range seek on the city_province_order index (`provinceOrder` is
// '<province id>|<adcode>', written by the loader), so a page reads about `limit` rows after its cursor
// however many cities the province has and however deep the page is. Level, programme and year filters
// are checked on the rows the seek reads.
// $batch.forward / $batch.backward: [{k, props, province, level, programme, year, after {s, id}, before {s, id}}]; $limit: page size + 1.
// `searchText` (the full-text index's input, no field shows it) is left out of the rows. `key.props`: the
// properties the operation reads of a city (src/graph/projection.ts), returned as a list of their values in
// that order; null: the whole node.
UNWIND $batch.forward AS key
CALL (key) {
  MATCH (c:City)
  WHERE c.provinceOrder >= key.province + '|' + coalesce(key.after.s, '')
    AND c.provinceOrder <= key.province + '|' + coalesce(key.before.s, '~')
    AND (key.after IS NULL OR c.adcode > key.after.s OR c.id > key.after.id)
    AND (key.before IS NULL OR c.adcode < key.before.s OR c.id < key.before.id)
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  WITH c ORDER BY c.provinceOrder, c.id LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, CASE WHEN key.props IS NULL THEN c {.*, searchText: null} ELSE [prop IN key.props | c[prop]] END AS props
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  MATCH (c:City)
  WHERE c.provinceOrder >= key.province + '|' + coalesce(key.after.s, '')
    AND c.provinceOrder <= key.province + '|' + coalesce(key.before.s, '~')
    AND (key.after IS NULL OR c.adcode > key.after.s OR c.id > key.after.id)
    AND (key.before IS NULL OR c.adcode < key.before.s OR c.id < key.before.id)
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  WITH c ORDER BY c.provinceOrder DESC, c.id DESC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, CASE WHEN key.props IS NULL THEN c {.*, searchText: null} ELSE [prop IN key.props | c[prop]] END AS props
