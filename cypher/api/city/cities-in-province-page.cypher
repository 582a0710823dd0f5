// Province.cities (and Query.cities with a province): the cities of one province, found from the
// province (directly, or through their prefecture), in adcode order, keyset-paged. A page costs the
// province's cities, never the graph's; programme, year and level filters are checked on them.
// $forward / $backward: [{k, province, level, programme, year, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  MATCH (:Province {id: key.province})<-[:LOCATED_IN*1..2]-(c:City)
  WITH DISTINCT key, c
  WHERE true
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  WITH key, c, c.adcode AS s, c.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c ORDER BY c.adcode ASC, c.id ASC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, properties(c) AS props
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (:Province {id: key.province})<-[:LOCATED_IN*1..2]-(c:City)
  WITH DISTINCT key, c
  WHERE true
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  WITH key, c, c.adcode AS s, c.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c ORDER BY c.adcode DESC, c.id DESC LIMIT $limit
  RETURN c
}
RETURN key.k AS k, c.adcode AS s, c.id AS id, labels(c) AS labels, properties(c) AS props
