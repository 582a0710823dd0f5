// timeline(id): the dated designations, assessments and events of a city, province, agency or programme,
// oldest first. Designations are relationship facts (their sources are on the relationship); assessments
// and events are fact nodes (their sources REPORT them).
// The resolver accepts only City, Province, Agency and Programme ids.
// Every branch expands from the node (one seek on :Node); a branch whose label test fails reads nothing,
// so the cost is the node's own facts (a province's: its cities'), never every designation or event.
// Each row carries the display names of its subject, object and fact (name, else nameEn, else id: what
// the GraphQL objects show as `name`), so the entry's title needs no further lookup; the nodes themselves
// are looked up by id only when a selection asks for them.
// $withSources (the selection asks for `sources`, src/traversal/traversal.repository.ts): what those are
// read from comes in this query too, so they cost no second round trip — every node a designation names
// in `sourceIds` and every node that REPORTS an assessment or event (`source` rows, each once: the
// properties the operation reads of its label, $args.ends as in neighbourhood.cypher, else whole but its
// texts), and each fact node's REPORTS in edges/by-node.cypher's order (`reports` rows, the source by id).
// The repository primes the node and edge loaders with them.
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
         g.id AS objectId, coalesce(g.name, g.nameEn, g.id) AS objectName, null AS fact, null AS factName, d AS rel
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
         null AS objectId, null AS objectName, e AS fact, coalesce(e.name, e.nameEn, e.id) AS factName, null AS rel
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
         null AS objectId, null AS objectName, ev AS fact, coalesce(ev.name, ev.nameEn, ev.id) AS factName, null AS rel
}
// The relationship's properties are read after the sort, as the rows stream out: a hub's timeline sorts
// every designation (CNIPA at a million nodes: 100,000), and holding each one's property map until the
// sort ended went over the 128 MiB transaction cap once DESIGNATED_IN carried its page keys. The sorted
// entries are collected with their relationship and fact node as references, not property maps.
WITH kind, year, date, subjectId, subjectName, objectId, objectName, fact, factName, rel
ORDER BY coalesce(toString(date), toString(year) + '-99'), kind, subjectId, objectId, fact.id
WITH collect({kind: kind, year: year, date: date, subjectId: subjectId, subjectName: subjectName, objectId: objectId, objectName: objectName, fact: fact, factName: factName, rel: rel}) AS entries
CALL (entries) {
  CALL (entries) {
    UNWIND CASE WHEN $withSources = true THEN entries ELSE [] END AS e
    WITH e.rel AS r WHERE r IS NOT NULL
    UNWIND coalesce(r.sourceIds, []) AS sourceId
    MATCH (s:Node {id: sourceId})
    RETURN s
    UNION
    UNWIND CASE WHEN $withSources = true THEN entries ELSE [] END AS e
    WITH e.fact AS f WHERE f IS NOT NULL
    MATCH (f)<-[:REPORTS]-(s)
    RETURN s
  }
  RETURN collect(s) AS sources
}
CALL (entries) {
  UNWIND CASE WHEN $withSources = true THEN entries ELSE [] END AS e
  WITH DISTINCT e.fact AS f WHERE f IS NOT NULL
  CALL (f) {
    OPTIONAL MATCH (f)<-[q:REPORTS]-(b)
    WITH q, b ORDER BY coalesce(q.year, 0), coalesce(b.name, b.title, b.id), b.id
    RETURN collect(CASE WHEN q IS NOT NULL THEN {type: type(q), rel: properties(q), otherId: b.id, otherLabels: labels(b)} END) AS edges
  }
  RETURN collect({of: f.id, edges: edges}) AS reports
}
// One row per entry, oldest first, then one per source node and one per fact node's REPORTS. Of a
// designation only what the entry reads: its batch (the title) and its provenance (`sources`).
UNWIND [e IN entries | {entry: e}]
     + [s IN sources | {source: {id: s.id, labels: labels(s), props: CASE WHEN any(l IN labels(s) WHERE $args.ends[l] IS NOT NULL) THEN [prop IN [l IN labels(s) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | s[prop]]
                                                      ELSE s {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} END}}]
     + [x IN reports | {reports: x}] AS item
WITH item.entry AS e, item.entry.rel AS d, item.source AS source, item.reports AS reports
RETURN e.kind AS kind, e.year AS year, e.date AS date, e.subjectId AS subjectId, e.subjectName AS subjectName, e.objectId AS objectId, e.objectName AS objectName,
       e.fact.id AS factId, e.factName AS factName, d {.batch, .sourceIds, .evidence, .confidence, .extractionMethods, .extractionConfidence, .extractionReviewed} AS rel, source, reports
