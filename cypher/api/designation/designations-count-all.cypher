// DesignationConnection.totalCount of Query.designations with no filter, run only when a client asks for it:
// Neo4j answers it from its count store (one db hit at any size), where designations-count.cypher, which any
// filter needs, reads every item it counts. Every DESIGNATED_IN goes from a City to a Programme
// (docs/graph-model.md), so one end's label counts them all. $batch.keys: [{k}]
CALL () {
  MATCH (:City)-[d:DESIGNATED_IN]->() RETURN count(d) AS total
}
UNWIND $batch.keys AS key
RETURN key.k AS k, total
