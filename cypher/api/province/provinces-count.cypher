// ProvinceConnection.totalCount, run only when a client asks for it. $batch.keys: [{k}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (p:Province)
  RETURN count(p) AS total
}
RETURN key.k AS k, total
