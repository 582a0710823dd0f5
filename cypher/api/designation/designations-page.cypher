// Query.designations without a programme: every designation, keyset-paged as a seek on the
// designation_year relationship index (a page starts at its cursor's year), filtered by province and years.
// Ordered by year, then city adcode, then programme (s), then city|programme|key (id).
// $forward / $backward: [{k, city, programme, province, yearFrom, yearTo, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE d.year >= coalesce(toInteger(left(key.after.s, 4)), 0) AND d.year <= coalesce(toInteger(left(key.before.s, 4)), 9999)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY d.year ASC, s ASC, id ASC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE d.year >= coalesce(toInteger(left(key.after.s, 4)), 0) AND d.year <= coalesce(toInteger(left(key.before.s, 4)), 9999)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH key, c, d, g, right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH c, d, g, s, id ORDER BY d.year DESC, s DESC, id DESC LIMIT $limit
  RETURN c, d, g, s, id
}
RETURN key.k AS k, s, id, properties(d) AS rel,
       {id: c.id, labels: labels(c), props: properties(c)} AS city,
       {id: g.id, labels: labels(g), props: properties(g)} AS programme
