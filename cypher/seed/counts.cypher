// Loader report: the totals (each node once, whatever its labels), nodes by label and relationships by type.
CALL () {
  MATCH (n) WHERE NOT n:SeedState
  RETURN 'nodes' AS kind, null AS name, count(n) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationships' AS kind, null AS name, count(r) AS count
  UNION ALL
  MATCH (n) WHERE NOT n:SeedState
  UNWIND labels(n) AS label
  RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
