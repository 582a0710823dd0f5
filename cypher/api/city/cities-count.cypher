// CityConnection.totalCount, run only when a client asks for it: the cities matching the filters of
// Query.cities / Province.cities. $batch.keys: [{k, province, programme, year, level}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (c:City)
  WHERE (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  RETURN count(c) AS total
}
RETURN key.k AS k, total
