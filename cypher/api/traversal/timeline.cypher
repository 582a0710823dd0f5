// timeline(id): the dated designations, assessments and events of a city, province, agency or programme,
// oldest first. Designations are relationship facts (their sources are on the relationship); assessments
// and events are fact nodes (their sources REPORT them).
// The resolver accepts only City, Province, Agency and Programme ids.
// Every branch expands from the node (one seek on :Node); a branch whose label test fails reads nothing,
// so the cost is the node's own facts (a province's: its cities'), never every designation or event.
// Each row carries the display names of its subject, object and fact (name, else nameEn, else id: what
// the GraphQL objects show as `name`), so the entry's title needs no further lookup; the nodes themselves
// are looked up by id only when a selection asks for them.
MATCH (a:Node {id: $args.id})
CALL (a) {
  // designations of the city; of the province's cities; in the programme; in programmes the agency runs
  CALL (a) {
    MATCH (a:City)-[d:DESIGNATED_IN]->(g:Programme)
    RETURN a AS c, d, g
    UNION
    MATCH (c:City)-[d:DESIGNATED_IN]->(a:Programme)
    RETURN c, d, a AS g
    UNION
    WITH a WHERE a:Province
    MATCH (a)<-[:LOCATED_IN*1..2]-(c:City)
    WITH DISTINCT c
    MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
    RETURN c, d, g
    UNION
    WITH a WHERE a:Agency
    MATCH (a)<-[:ADMINISTERED_BY]-(g:Programme)
    WITH DISTINCT g
    MATCH (c:City)-[d:DESIGNATED_IN]->(g)
    RETURN c, d, g
  }
  RETURN 'DESIGNATION' AS kind, d.year AS year, null AS date, c.id AS subjectId, coalesce(c.name, c.nameEn, c.id) AS subjectName,
         g.id AS objectId, coalesce(g.name, g.nameEn, g.id) AS objectName, null AS factId, null AS factName, d AS rel
  UNION ALL
  CALL (a) {
    MATCH (a)<-[:ASSESSES|ASSESSED_BY|FOR_PROGRAMME]-(e:AssessmentEvent)
    RETURN e
    UNION
    WITH a WHERE a:Province
    MATCH (a)<-[:LOCATED_IN*1..2]-(:City)<-[:ASSESSES]-(e:AssessmentEvent)
    RETURN e
  }
  OPTIONAL MATCH (e)-[:ASSESSES]->(c:City)
  WITH e, head(collect(c)) AS s
  RETURN 'ASSESSMENT' AS kind, e.year AS year, e.date AS date, s.id AS subjectId, coalesce(s.name, s.nameEn, s.id) AS subjectName,
         null AS objectId, null AS objectName, e.id AS factId, coalesce(e.name, e.nameEn, e.id) AS factName, null AS rel
  UNION ALL
  CALL (a) {
    MATCH (a)<-[:HELD_IN]-(ev:Event)
    RETURN ev
    UNION
    MATCH (a)-[:PARTICIPATED_IN]->(ev:Event)
    RETURN ev
    UNION
    WITH a WHERE a:Province
    MATCH (a)<-[:LOCATED_IN*1..2]-(:City)<-[:HELD_IN]-(ev:Event)
    RETURN ev
  }
  OPTIONAL MATCH (ev)-[:HELD_IN]->(place)
  WITH ev, head(collect(place)) AS s
  RETURN 'EVENT' AS kind, coalesce(ev.year, ev.date.year) AS year, ev.date AS date, s.id AS subjectId, coalesce(s.name, s.nameEn, s.id) AS subjectName,
         null AS objectId, null AS objectName, ev.id AS factId, coalesce(ev.name, ev.nameEn, ev.id) AS factName, null AS rel
}
// The relationship's properties are read after the sort, as the rows stream out: a hub's timeline sorts
// every designation (CNIPA at a million nodes: 100,000), and holding each one's property map until the
// sort ended went over the 128 MiB transaction cap once DESIGNATED_IN carried its page keys.
WITH kind, year, date, subjectId, subjectName, objectId, objectName, factId, factName, rel
ORDER BY coalesce(toString(date), toString(year) + '-99'), kind, subjectId, objectId, factId
RETURN kind, year, date, subjectId, subjectName, objectId, objectName, factId, factName, properties(rel) AS rel
