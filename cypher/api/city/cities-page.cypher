// Query.cities and Province.cities: cities filtered by province (directly or through their prefecture),
// programme and designation year, level; ordered by adcode; keyset-paged. One row per key, so many
// provinces' pages cost one round trip.
// $keys: [{k, province, programme, year, level, first, last, after {s,id}, before {s,id}}]
UNWIND $keys AS key
CALL (key) {
  MATCH (c:City)
  WHERE (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  WITH c, coalesce(c.adcode, '999999') AS s
  ORDER BY s, c.id
  WITH collect({s: s, id: c.id, node: c}) AS matched
  WITH matched, [x IN matched WHERE (key.after IS NULL OR x.s > key.after.s OR (x.s = key.after.s AND x.id > key.after.id))
                        AND (key.before IS NULL OR x.s < key.before.s OR (x.s = key.before.s AND x.id < key.before.id))] AS window
  RETURN size(matched) AS total,
         [x IN CASE WHEN key.last IS NULL THEN window[0..key.first + 1] ELSE window[-(key.last + 1)..] END
          | {s: x.s, id: x.id, labels: labels(x.node), props: properties(x.node)}] AS page
}
RETURN key.k AS k, total, page
