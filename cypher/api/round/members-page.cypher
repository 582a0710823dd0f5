// Round.members: the designations tied to one round, reached from its programme (one seek on the round,
// one expand to the programme's members), keyset-paged by city adcode (s), then city|programme|key (id).
// $forward / $backward: [{k, round, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  MATCH (:Round {id: key.round})<-[:HAS_ROUND]-(g:Programme)<-[d:DESIGNATED_IN]-(c:City)
  WHERE d.round = key.round
  WITH key, c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY s ASC, id ASC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (:Round {id: key.round})<-[:HAS_ROUND]-(g:Programme)<-[d:DESIGNATED_IN]-(c:City)
  WHERE d.round = key.round
  WITH key, c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY s DESC, id DESC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
