// timeline(id): the dated designations, assessments and events of a city, province, agency or programme,
// oldest first. Designations are relationship facts (their sources are on the relationship); assessments
// and events are fact nodes (their sources REPORT them).
// The resolver accepts only City, Province, Agency and Programme ids.
MATCH (a:Node {id: $id})
CALL (a) {
  // designations of the city; of the province's cities; in the programme; in programmes the agency runs
  MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
  WHERE c = a OR g = a
     OR (a:Province AND EXISTS { (c)-[:LOCATED_IN*1..2]->(a) })
     OR (a:Agency AND EXISTS { (g)-[:ADMINISTERED_BY]->(a) })
  RETURN 'DESIGNATION' AS kind, d.year AS year, null AS date, c.id AS subjectId, g.id AS objectId, null AS factId, properties(d) AS rel
  UNION ALL
  MATCH (e:AssessmentEvent)
  WHERE EXISTS { (e)-[:ASSESSES]->(a) } OR EXISTS { (e)-[:ASSESSED_BY]->(a) } OR EXISTS { (e)-[:FOR_PROGRAMME]->(a) }
     OR (a:Province AND EXISTS { (e)-[:ASSESSES]->(:City)-[:LOCATED_IN*1..2]->(a) })
  OPTIONAL MATCH (e)-[:ASSESSES]->(c:City)
  WITH e, head(collect(c.id)) AS subjectId
  RETURN 'ASSESSMENT' AS kind, e.year AS year, e.date AS date, subjectId, null AS objectId, e.id AS factId, null AS rel
  UNION ALL
  MATCH (ev:Event)
  WHERE EXISTS { (ev)-[:HELD_IN]->(a) } OR EXISTS { (a)-[:PARTICIPATED_IN]->(ev) }
     OR (a:Province AND EXISTS { (ev)-[:HELD_IN]->(:City)-[:LOCATED_IN*1..2]->(a) })
  OPTIONAL MATCH (ev)-[:HELD_IN]->(place)
  WITH ev, head(collect(place.id)) AS subjectId
  RETURN 'EVENT' AS kind, coalesce(ev.year, ev.date.year) AS year, ev.date AS date, subjectId, null AS objectId, ev.id AS factId, null AS rel
}
RETURN kind, year, date, subjectId, objectId, factId, rel
ORDER BY coalesce(toString(date), toString(year) + '-99'), kind, subjectId, objectId, factId
