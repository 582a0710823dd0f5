// Relationships of one type and direction around many nodes, with the node at the other end:
// the per-request edge DataLoader behind most relationship fields (City.province, Programme.administeredBy,
// AssessmentEvent.assessedBy, Source.mentions, ...). $keys: [{k, id, type, dir: 'OUT'|'IN'}].
// `type` is checked against the RelationshipType enum before it gets here.
UNWIND $keys AS key
CALL (key) {
  MATCH (a:Province) WHERE a.id = key.id RETURN a
  UNION MATCH (a:City) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Agency) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Programme) WHERE a.id = key.id RETURN a
  UNION MATCH (a:AssessmentEvent) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Observation) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Organisation) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Person) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Event) WHERE a.id = key.id RETURN a
  UNION MATCH (a:Source) WHERE a.id = key.id RETURN a
}
CALL (key, a) {
  MATCH (a)-[r]->(b) WHERE key.dir = 'OUT' AND type(r) = key.type RETURN r, b
  UNION
  MATCH (a)<-[r]-(b) WHERE key.dir = 'IN' AND type(r) = key.type RETURN r, b
}
RETURN key.k AS k, type(r) AS type, properties(r) AS rel, b.id AS otherId, labels(b) AS otherLabels, properties(b) AS other
ORDER BY k, coalesce(r.year, 0), coalesce(b.name, b.title, b.id), b.id
