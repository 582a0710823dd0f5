// SourceConnection.totalCount of Query.sources with no kind, run only when a client asks for it: Neo4j answers
// it from its count store (one db hit at any size), where sources-count.cypher, which any filter needs, reads
// every item it counts. $batch.keys: [{k}]
CALL () {
  MATCH (n:Source) RETURN count(n) AS total
}
UNWIND $batch.keys AS key
RETURN key.k AS k, total
