// SourceConnection.totalCount, run only when a client asks for it. $batch.keys: [{k, kind}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (n:Source)
  WHERE key.kind IS NULL OR key.kind IN labels(n)
  RETURN count(n) AS total
}
RETURN key.k AS k, total
