// AssessmentEventConnection.totalCount, run only when a client asks for it.
// $batch.keys: [{k, city, agency, role, programme, kind, from, to}]
// A city's count reads that city's assessments only (as assessments-page.cypher does), not every
// assessment with an ASSESSES check each: at a million nodes that scan, once per city of a batch, made
// `cities { assessments { totalCount } }` for a page of cities run past the transaction timeout.
// UNION ALL: the branches exclude each other, and UNION would hold every assessment of the graph to drop duplicates.
UNWIND $batch.keys AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.city IS NOT NULL
    MATCH (:City {id: key.city})<-[:ASSESSES]-(a:AssessmentEvent)
    RETURN DISTINCT a
    UNION ALL
    WITH key WHERE key.city IS NULL
    MATCH (a:AssessmentEvent)
    RETURN a
  }
  WITH key, a
  WHERE (key.agency IS NULL OR EXISTS { MATCH (a)-[r:ASSESSED_BY]->(:Agency {id: key.agency}) WHERE key.role IS NULL OR r.role = key.role })
    AND (key.programme IS NULL OR EXISTS { (a)-[:FOR_PROGRAMME]->(:Programme {id: key.programme}) })
    AND (key.kind IS NULL OR a.kind = key.kind)
    AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
    AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
  RETURN count(a) AS total
}
RETURN key.k AS k, total
