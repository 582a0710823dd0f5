// Provenance audit: designations known from low-confidence roster rows only — no article states them
// and no better-graded row lists them. Candidates to check against the official notice.
//
// $confidence: the grades that count as weak ('low' by default; ['low', 'medium'] for a wider net).
//
// :param confidence => ['low']
MATCH (c:City)-[d:DESIGNATED_IN]->(p:Programme)
WHERE d.confidence IN $confidence
  AND all(id IN d.sourceIds WHERE EXISTS { MATCH (:ReferenceList {id: id}) })
RETURN c.name AS city,
       p.name AS programme,
       toInteger(d.year) AS year,
       d.confidence AS confidence,
       d.note AS note,
       COLLECT { MATCH (r:ReferenceList) WHERE r.id IN d.sourceIds RETURN r.url ORDER BY r.url } AS sourceUrls
ORDER BY programme, year, city
