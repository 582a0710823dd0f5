// Benchmark floor for `timeline(id)` of a city: its designations, the assessments of it and its events,
// oldest first, each with its sources, shaped as the API's JSON (`data.timeline`). The city is found
// through its id constraint and every branch expands from it.
MATCH (a:City {id: $id})
CALL (a) {
  MATCH (a)-[d:DESIGNATED_IN]->(g:Programme)
  RETURN 'DESIGNATION' AS kind, d.year AS year, null AS date, a AS subject, g AS object, null AS fact, d AS rel
  UNION ALL
  MATCH (e:AssessmentEvent)-[:ASSESSES]->(a)
  WITH DISTINCT e
  OPTIONAL MATCH (e)-[:ASSESSES]->(c:City)
  WITH e, head(collect(c)) AS subject
  RETURN 'ASSESSMENT' AS kind, e.year AS year, e.date AS date, subject, null AS object, e AS fact, null AS rel
  UNION ALL
  MATCH (ev:Event)
  WHERE EXISTS { (ev)-[:HELD_IN]->(a) } OR EXISTS { (a)-[:PARTICIPATED_IN]->(ev) }
  OPTIONAL MATCH (ev)-[:HELD_IN]->(place)
  WITH ev, head(collect(place)) AS subject
  RETURN 'EVENT' AS kind, coalesce(ev.year, ev.date.year) AS year, ev.date AS date, subject, null AS object, ev AS fact, null AS rel
}
WITH kind, year, date, subject, object, fact, rel
ORDER BY coalesce(toString(date), toString(year) + '-99'), kind, subject.id, object.id, fact.id
CALL (rel) {
  UNWIND CASE WHEN rel IS NULL THEN [] ELSE range(0, size(coalesce(rel.sourceIds, [])) - 1) END AS i
  OPTIONAL MATCH (s:Source {id: rel.sourceIds[i]})
  WITH i, s WHERE s IS NOT NULL
  RETURN collect({evidence: coalesce(rel.evidence[i], rel.evidence[0], '')}) AS own
}
CALL (fact) {
  OPTIONAL MATCH (s)-[r:REPORTS]->(fact)
  WITH s, r ORDER BY coalesce(r.year, 0), coalesce(s.name, s.title, s.id), s.id
  RETURN [e IN collect(r.evidence) | {evidence: CASE WHEN valueType(e) STARTS WITH 'LIST' THEN reduce(t = '', v IN e | t + CASE t WHEN '' THEN '' ELSE ' … ' END + v) ELSE e END}] AS reported
}
WITH kind, year, date, rel, CASE kind
  WHEN 'DESIGNATION' THEN coalesce(subject.name, subject.id) + ' designated in ' + coalesce(object.name, object.id) + CASE WHEN rel.batch IS NOT NULL THEN ' (batch ' + toString(rel.batch) + ')' ELSE '' END
  ELSE coalesce(fact.name, fact.id) + CASE WHEN subject IS NULL THEN '' ELSE ' — ' + coalesce(subject.name, subject.id) END
END AS title, CASE WHEN rel IS NULL THEN reported ELSE own END AS sources
RETURN collect({kind: kind, date: toString(date), year: year, title: title, sources: sources}) AS timeline
