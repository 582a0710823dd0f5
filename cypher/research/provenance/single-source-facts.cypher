// Provenance audit: facts that rest on a single source. A fact on a relationship counts when its
// `sourceIds` has one entry; a fact node (assessment, observation, event) when one source REPORTS it.
// Gazetteer containment (LOCATED_IN) is left out: it is the reference by design.
//
// $fact: a relationship type (e.g. 'DESIGNATED_IN') or a fact label ('AssessmentEvent',
// 'Observation', 'Event'), or null for all.
//
// :param fact => 'DESIGNATED_IN'
CALL () {
  MATCH (a)-[r]->(b)
  WHERE r.sourceIds IS NOT NULL AND size(r.sourceIds) = 1 AND type(r) <> 'LOCATED_IN'
    AND ($fact IS NULL OR type(r) = $fact)
  MATCH (s:Source {id: r.sourceIds[0]})
  RETURN type(r) AS fact, coalesce(a.name, a.nameEn) AS subject, coalesce(b.name, b.nameEn) AS object,
         toInteger(r.year) AS year, r.confidence AS confidence, s.id AS sourceId, s.title AS source
  UNION ALL
  MATCH (f)
  WHERE (f:AssessmentEvent OR f:Observation OR f:Event) AND ($fact IS NULL OR $fact IN labels(f))
  WITH f, [(s:Source)-[:REPORTS]->(f) | s] AS sources
  WHERE size(sources) = 1
  RETURN labels(f)[0] AS fact, coalesce(f.nameEn, f.name) AS subject, null AS object,
         toInteger(f.year) AS year, null AS confidence, sources[0].id AS sourceId, sources[0].title AS source
}
RETURN fact, subject, object, year, confidence, sourceId, source
ORDER BY fact, object, year, subject
