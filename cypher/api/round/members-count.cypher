// Round.members.totalCount, run only when a client asks for it.
// $batch.keys: [{k, round}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (:Round {id: key.round})<-[:HAS_ROUND]-(:Programme)<-[d:DESIGNATED_IN]-(:City)
  WHERE d.round = key.round
  RETURN count(d) AS total
}
RETURN key.k AS k, total
