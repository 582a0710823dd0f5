// Source.facts: every fact the source states — relationships whose sourceIds include it, and the fact
// nodes it REPORTS — for many sources at once. $keys: [{k, id}]
UNWIND $keys AS key
CALL (key) {
  MATCH (a)-[r]->(b)
  WHERE key.id IN r.sourceIds
  RETURN 'rel' AS kind, type(r) AS type, properties(r) AS rel,
         {id: a.id, labels: labels(a), props: properties(a)} AS from,
         {id: b.id, labels: labels(b), props: properties(b)} AS to
  UNION ALL
  MATCH (s:Source {id: key.id})-[r:REPORTS]->(f)
  RETURN 'node' AS kind, type(r) AS type, properties(r) AS rel,
         {id: s.id, labels: labels(s), props: properties(s)} AS from,
         {id: f.id, labels: labels(f), props: properties(f)} AS to
}
RETURN key.k AS k, kind, type, rel, from, to
ORDER BY k, kind, type, to.id, from.id
