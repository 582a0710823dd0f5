// AssessmentEventConnection.totalCount, run only when a client asks for it.
// $batch.keys: [{k, city, agency, role, programme, kind, from, to}]
UNWIND $batch.keys AS key
CALL (key) {
  MATCH (a:AssessmentEvent)
  WHERE (key.city IS NULL OR EXISTS { (a)-[:ASSESSES]->(:City {id: key.city}) })
    AND (key.agency IS NULL OR EXISTS { MATCH (a)-[r:ASSESSED_BY]->(:Agency {id: key.agency}) WHERE key.role IS NULL OR r.role = key.role })
    AND (key.programme IS NULL OR EXISTS { (a)-[:FOR_PROGRAMME]->(:Programme {id: key.programme}) })
    AND (key.kind IS NULL OR a.kind = key.kind)
    AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
    AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
  RETURN count(a) AS total
}
RETURN key.k AS k, total
