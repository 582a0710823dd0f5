// Relationships of one type and direction around many nodes, with the node at the other end:
// the per-request edge DataLoader behind most relationship fields (City.province, Programme.administeredBy,
// AssessmentEvent.assessedBy, Source.mentions, ...). $batch.keys: [{k, id, type, dir: 'OUT'|'IN'}].
// The node is one seek on :Node. A relationship type cannot be a parameter of a pattern (a dynamic type
// is planned as "expand everything, then filter"), so there is one branch per type and direction: the
// guard on `key` is checked before the branch expands, and only relationships of the asked type are
// read, however many others the node has. A unit test checks there is a branch for every type of the
// RelationshipType enum in both directions.
// $batch.ids: nodes by graph id wanted in the same batch (the node DataLoader's keys when both loaders dispatch
// at one level, e.g. a designation's sources by id next to an observation's REPORTS), so one level costs
// one round trip. They come back as rows with k = -1 and no relationship (`type` null).
CALL () {
  UNWIND $batch.ids AS id
  MATCH (n:Node {id: id})
  RETURN -1 AS k, null AS type, null AS rel, n.id AS otherId, labels(n) AS otherLabels, n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} AS other, 0 AS year, '' AS otherName
  UNION ALL
  UNWIND $batch.keys AS key
  MATCH (a:Node {id: key.id})
  CALL (key, a) {
    WITH key, a WHERE key.type = 'LOCATED_IN' AND key.dir = 'OUT' MATCH (a)-[r:LOCATED_IN]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'LOCATED_IN' AND key.dir = 'IN' MATCH (a)<-[r:LOCATED_IN]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'DESIGNATED_IN' AND key.dir = 'OUT' MATCH (a)-[r:DESIGNATED_IN]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'DESIGNATED_IN' AND key.dir = 'IN' MATCH (a)<-[r:DESIGNATED_IN]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ASSESSES' AND key.dir = 'OUT' MATCH (a)-[r:ASSESSES]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ASSESSES' AND key.dir = 'IN' MATCH (a)<-[r:ASSESSES]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ASSESSED_BY' AND key.dir = 'OUT' MATCH (a)-[r:ASSESSED_BY]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ASSESSED_BY' AND key.dir = 'IN' MATCH (a)<-[r:ASSESSED_BY]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'FOR_PROGRAMME' AND key.dir = 'OUT' MATCH (a)-[r:FOR_PROGRAMME]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'FOR_PROGRAMME' AND key.dir = 'IN' MATCH (a)<-[r:FOR_PROGRAMME]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ADMINISTERED_BY' AND key.dir = 'OUT' MATCH (a)-[r:ADMINISTERED_BY]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'ADMINISTERED_BY' AND key.dir = 'IN' MATCH (a)<-[r:ADMINISTERED_BY]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'JURISDICTION_OVER' AND key.dir = 'OUT' MATCH (a)-[r:JURISDICTION_OVER]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'JURISDICTION_OVER' AND key.dir = 'IN' MATCH (a)<-[r:JURISDICTION_OVER]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'REPORTS' AND key.dir = 'OUT' MATCH (a)-[r:REPORTS]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'REPORTS' AND key.dir = 'IN' MATCH (a)<-[r:REPORTS]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HAS_ROUND' AND key.dir = 'OUT' MATCH (a)-[r:HAS_ROUND]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HAS_ROUND' AND key.dir = 'IN' MATCH (a)<-[r:HAS_ROUND]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'STATES_COUNT' AND key.dir = 'OUT' MATCH (a)-[r:STATES_COUNT]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'STATES_COUNT' AND key.dir = 'IN' MATCH (a)<-[r:STATES_COUNT]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'MENTIONS' AND key.dir = 'OUT' MATCH (a)-[r:MENTIONS]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'MENTIONS' AND key.dir = 'IN' MATCH (a)<-[r:MENTIONS]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'OBSERVED_IN' AND key.dir = 'OUT' MATCH (a)-[r:OBSERVED_IN]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'OBSERVED_IN' AND key.dir = 'IN' MATCH (a)<-[r:OBSERVED_IN]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HELD_IN' AND key.dir = 'OUT' MATCH (a)-[r:HELD_IN]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HELD_IN' AND key.dir = 'IN' MATCH (a)<-[r:HELD_IN]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'PARTICIPATED_IN' AND key.dir = 'OUT' MATCH (a)-[r:PARTICIPATED_IN]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'PARTICIPATED_IN' AND key.dir = 'IN' MATCH (a)<-[r:PARTICIPATED_IN]-(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HOLDS_POSITION' AND key.dir = 'OUT' MATCH (a)-[r:HOLDS_POSITION]->(b) RETURN r, b
    UNION ALL
    WITH key, a WHERE key.type = 'HOLDS_POSITION' AND key.dir = 'IN' MATCH (a)<-[r:HOLDS_POSITION]-(b) RETURN r, b
  }
  RETURN key.k AS k, type(r) AS type, properties(r) AS rel, b.id AS otherId, labels(b) AS otherLabels, b {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} AS other, coalesce(r.year, 0) AS year, coalesce(b.name, b.title, b.id) AS otherName
}
RETURN k, type, rel, otherId, otherLabels, other
ORDER BY k, year, otherName, otherId
