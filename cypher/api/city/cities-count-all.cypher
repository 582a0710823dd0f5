// CityConnection.totalCount of Query.cities with no filter, run only when a client asks for it: Neo4j answers it
// from its count store (one db hit at any size), where cities-count.cypher, which any filter needs, reads every
// item it counts. $batch.keys: [{k}]
CALL () {
  MATCH (c:City) RETURN count(c) AS total
}
UNWIND $batch.keys AS key
RETURN key.k AS k, total
