// CityConnection.totalCount, run only when a client asks for it: the cities matching the filters of
// Query.cities / Province.cities. $batch.keys: [{k, province, programme, year, level}]
// A province's count reads that province's cities only: the range of their stored `provinceOrder`
// ('<province id>|<adcode>', the key Province.cities pages seek on), not every city with a
// LOCATED_IN check each (at a million nodes 500,000 cities per key, and a page of 34 provinces asks 34).
// UNION ALL: the branches exclude each other, and UNION would hold every city of the graph to drop duplicates.
UNWIND $batch.keys AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.province IS NOT NULL
    MATCH (c:City)
    WHERE c.provinceOrder >= key.province + '|' AND c.provinceOrder <= key.province + '|~'
    RETURN c
    UNION ALL
    WITH key WHERE key.province IS NULL
    MATCH (c:City)
    RETURN c
  }
  WITH key, c
  WHERE (key.province IS NULL OR EXISTS { (c)-[:LOCATED_IN*1..2]->(:Province {id: key.province}) })
    AND (key.level IS NULL OR c.level = key.level)
    AND (key.programme IS NULL AND key.year IS NULL
         OR EXISTS { MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
                     WHERE (key.programme IS NULL OR g.id = key.programme) AND (key.year IS NULL OR d.year = key.year) })
  RETURN count(c) AS total
}
RETURN key.k AS k, total
