// Query.cities with a programme (and no province): the cities designated in it (that year, when
// given), found from the programme, in adcode order, keyset-paged. A page costs the programme's
// members, never the graph's.
// $forward / $backward: [{k, programme, year, level, after {s, id}, before {s, id}}]; $limit: page size + 1.
// `searchText` (the full-text index's input, no field shows it) is left out of the rows.
UNWIND $forward AS key
CALL (key) {
  MATCH (:Programme {id: key.programme})<-[d:DESIGNATED_IN]-(c:City)
  WHERE key.year IS NULL OR d.year = key.year
  WITH DISTINCT key, c
  WHERE (key.level IS NULL OR c.level = key.level)
  WITH key, c, c.adcode AS s, c.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c ORDER BY c.adcode ASC, c.id ASC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, c {.*, searchText: null} AS props
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (:Programme {id: key.programme})<-[d:DESIGNATED_IN]-(c:City)
  WHERE key.year IS NULL OR d.year = key.year
  WITH DISTINCT key, c
  WHERE (key.level IS NULL OR c.level = key.level)
  WITH key, c, c.adcode AS s, c.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c ORDER BY c.adcode DESC, c.id DESC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, c {.*, searchText: null} AS props
