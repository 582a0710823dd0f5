// Source.facts: every fact the source states — relationships whose sourceIds include it, and the fact
// nodes it REPORTS — for many sources at once. $batch.keys: [{k, id}]
// A relationship fact is found through its `sourceKey` ('|' + its sourceIds joined by '|' + '|', written
// by the loader and by `npm run bench:data`, docs/graph-model.md), one TEXT index per fact type
// (`<type>_source_key`, cypher/schema/02-indexes.cypher): `CONTAINS '|<id>|'` is an index seek that reads
// only the source's facts. Neo4j does not index the elements of a list, so `key.id IN r.sourceIds` read
// every relationship of the graph (4.3M db hits for one article at a million nodes). An index serves one
// relationship type, hence one branch per type that carries sourceIds (FACT_REL_TYPES; a unit test
// checks the list); the sourceKey match is exact because ids contain no '|'.
UNWIND $batch.keys AS key
CALL (key) {
  WITH key, '|' + key.id + '|' AS needle
  CALL (needle) {
    MATCH (a)-[r:LOCATED_IN]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:DESIGNATED_IN]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:ASSESSES]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:ASSESSED_BY]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:FOR_PROGRAMME]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:ADMINISTERED_BY]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:JURISDICTION_OVER]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:OBSERVED_IN]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:HELD_IN]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:PARTICIPATED_IN]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:HOLDS_POSITION]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:HAS_ROUND]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
    UNION ALL
    MATCH (a)-[r:STATES_COUNT]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b
  }
  RETURN 'rel' AS kind, type(r) AS type, properties(r) AS rel,
         {id: a.id, labels: labels(a), props: a {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} AS from,
         {id: b.id, labels: labels(b), props: b {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} AS to
  UNION ALL
  MATCH (s:Source {id: key.id})-[r:REPORTS]->(f)
  RETURN 'node' AS kind, type(r) AS type, properties(r) AS rel,
         {id: s.id, labels: labels(s), props: s {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} AS from,
         {id: f.id, labels: labels(f), props: properties(f)} AS to
}
RETURN key.k AS k, kind, type, rel, from, to
ORDER BY k, kind, type, to.id, from.id
