// Programme.members and Query.designations with a programme: the designations of one programme, found
// from the programme, keyset-paged; a page costs the programme's members, never the graph's.
// Ordered by year, then city adcode, then programme (s), then city|programme|key (id).
// $forward / $backward: [{k, city, programme, province, yearFrom, yearTo, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  MATCH (g:Programme {id: key.programme})<-[d:DESIGNATED_IN]-(c:City)
  WHERE true
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
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
  MATCH (g:Programme {id: key.programme})<-[d:DESIGNATED_IN]-(c:City)
  WHERE true
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY s DESC, id DESC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
