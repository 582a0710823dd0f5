// Round.members: the designations tied to one round, ordered by city adcode (s), then city|programme|key
// (id); keyset-paged as a range seek on the stored sort key `roundOrder` ('<round id>|<s>|<id>'; index
// designated_in_round_order, written by the loader, cypher/seed/designation-order.cypher) within the
// round's prefix, from the cursor, in index order, stopped after $limit rows: a page reads about the
// page's rows, however many members the round's programme has. A member counts when its programme has
// the round (HAS_ROUND), as before.
// $forward / $backward: [{k, round, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  WITH key, key.round + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.round + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(roundOrder)
  WHERE d.roundOrder > low AND d.roundOrder < high
    AND EXISTS { (g)-[:HAS_ROUND]->(:Round {id: key.round}) }
  WITH c, d, g ORDER BY d.roundOrder ASC LIMIT $limit
  RETURN c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
UNION ALL
UNWIND $backward AS key
CALL (key) {
  WITH key, key.round + '|' + coalesce(key.after.s + '|' + key.after.id, '') AS low, key.round + '|' + coalesce(key.before.s + '|' + key.before.id, '~') AS high
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  USING INDEX d:DESIGNATED_IN(roundOrder)
  WHERE d.roundOrder > low AND d.roundOrder < high
    AND EXISTS { (g)-[:HAS_ROUND]->(:Round {id: key.round}) }
  WITH c, d, g ORDER BY d.roundOrder DESC LIMIT $limit
  RETURN c, d, g, coalesce(c.adcode, '999999') AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
