// DesignationConnection.totalCount, run only when a client asks for it: the designations matching the
// filters of City.designations, Programme.members or Query.designations.
// $batch.keys: [{k, city, programme, province, yearFrom, yearTo}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE (key.city IS NULL OR c.id = key.city)
    AND (key.programme IS NULL OR g.id = key.programme)
    AND (key.yearFrom IS NULL OR d.year >= key.yearFrom)
    AND (key.yearTo IS NULL OR d.year <= key.yearTo)
    AND (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
  RETURN count(d) AS total
}
RETURN key.k AS k, total
