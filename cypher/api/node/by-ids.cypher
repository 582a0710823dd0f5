// Nodes by graph id, any label: one branch per label so each is an index seek on its id constraint.
// Feeds the per-request node DataLoader (one round trip for any number of ids).
CALL () {
  MATCH (n:Province) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:City) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Agency) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Programme) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:AssessmentEvent) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Observation) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Organisation) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Person) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Event) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Source) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Round) WHERE n.id IN $ids RETURN n
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
