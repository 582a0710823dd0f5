// Designations (City)-[:DESIGNATED_IN]->(Programme), filtered and keyset-paged; serves City.designations,
// Programme.members and Query.designations. Ordered by year, then city adcode, then programme.
// $keys: [{k, city, programme, province, yearFrom, yearTo, first, last, after, before}]
UNWIND $keys AS key
CALL (key) {
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.city IS NULL OR c.id = key.city)
    AND (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  WITH c, d, g,
       right('0000' + toString(coalesce(d.year, 0)), 4) + '|' + coalesce(c.adcode, '999999') + '|' + g.id AS s,
       c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id
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
