// Round.members: the designations tied to one round ((City)-[:DESIGNATED_IN {round}]->(Programme)),
// keyset-paged like api/designation/designations-page, ordered by city adcode.
// $keys: [{k, round, first, last, after, before}]
UNWIND $keys AS key
CALL (key) {
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE d.round = key.round
  WITH c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  ORDER BY s, id
  WITH collect({s: s, id: id, c: c, d: d, g: g}) AS matched
  WITH matched, [x IN matched WHERE (key.after IS NULL OR x.s > key.after.s OR (x.s = key.after.s AND x.id > key.after.id))
                        AND (key.before IS NULL OR x.s < key.before.s OR (x.s = key.before.s AND x.id < key.before.id))] AS window
  RETURN size(matched) AS total,
         [x IN CASE WHEN key.last IS NULL THEN window[0..key.first + 1] ELSE window[-(key.last + 1)..] END
          | {s: x.s, id: x.id, rel: properties(x.d),
             city: {id: x.c.id, labels: labels(x.c), props: properties(x.c)},
             programme: {id: x.g.id, labels: labels(x.g), props: properties(x.g)}}] AS page
}
RETURN key.k AS k, total, page
