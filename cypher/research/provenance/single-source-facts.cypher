// Provenance audit: facts that rest on a single report. Sources that are copies of one report (the
// same outlet's text on several sites, or a roster address that mirrors a seed article: `report` /
// `sameReportAs` on the Source) count once, so 黄石, 襄阳, 孝感 (article 002 and its mirror), 达州
// (003 and its mirror), 遂宁 (000 and its mirror) and 株洲 (two mirrors of one outlet) are here
// although each cites two addresses. A fact on a relationship counts when its `sourceIds` make one
// report; a fact node (assessment, observation, event) when one source REPORTS it. Gazetteer
// containment (LOCATED_IN) is left out: it is the reference by design. `sourceCount` is how many
// addresses state the fact, `reports` the one report they come down to.
//
// $fact: a relationship type (e.g. 'DESIGNATED_IN') or a fact label ('AssessmentEvent',
// 'Observation', 'Event'), or null for all.
//
// :param fact => 'DESIGNATED_IN'
CALL () {
  MATCH (a)-[r]->(b)
  WHERE r.sourceIds IS NOT NULL AND type(r) <> 'LOCATED_IN'
    AND ($fact IS NULL OR type(r) = $fact)
  WITH a, r, b, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN DISTINCT coalesce(s.report, s.id) } AS reports
  WHERE size(reports) = 1
  MATCH (s:Source {id: r.sourceIds[0]})
  RETURN type(r) AS fact, coalesce(a.name, a.nameEn) AS subject, coalesce(b.name, b.nameEn) AS object,
         toInteger(r.year) AS year, r.confidence AS confidence, s.id AS sourceId, s.title AS source,
         size(r.sourceIds) AS sourceCount, reports
  UNION ALL
  MATCH (f)
  WHERE (f:AssessmentEvent OR f:Observation OR f:Event) AND ($fact IS NULL OR $fact IN labels(f))
  WITH f, [(s:Source)-[:REPORTS]->(f) | s] AS sources
  WITH f, sources, reduce(acc = [], s IN sources | CASE WHEN coalesce(s.report, s.id) IN acc THEN acc ELSE acc + coalesce(s.report, s.id) END) AS reports
  WHERE size(reports) = 1
  RETURN labels(f)[0] AS fact, coalesce(f.nameEn, f.name) AS subject, null AS object,
         toInteger(f.year) AS year, null AS confidence, sources[0].id AS sourceId, sources[0].title AS source,
         size(sources) AS sourceCount, reports
}
RETURN fact, subject, object, year, confidence, sourceId, source, sourceCount, reports
ORDER BY fact, object, year, subject
