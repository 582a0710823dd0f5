// paths(from, to, maxHops, relationshipTypes, first): the shortest paths between two nodes (at most
// 6 hops; $maxHops, checked by the resolver, narrows it), every edge with its properties.
CALL () {
  MATCH (a:Province) WHERE a.id = $from RETURN a
  UNION MATCH (a:City) WHERE a.id = $from RETURN a
  UNION MATCH (a:Agency) WHERE a.id = $from RETURN a
  UNION MATCH (a:Programme) WHERE a.id = $from RETURN a
  UNION MATCH (a:AssessmentEvent) WHERE a.id = $from RETURN a
  UNION MATCH (a:Observation) WHERE a.id = $from RETURN a
  UNION MATCH (a:Organisation) WHERE a.id = $from RETURN a
  UNION MATCH (a:Person) WHERE a.id = $from RETURN a
  UNION MATCH (a:Event) WHERE a.id = $from RETURN a
  UNION MATCH (a:Source) WHERE a.id = $from RETURN a
}
CALL () {
  MATCH (b:Province) WHERE b.id = $to RETURN b
  UNION MATCH (b:City) WHERE b.id = $to RETURN b
  UNION MATCH (b:Agency) WHERE b.id = $to RETURN b
  UNION MATCH (b:Programme) WHERE b.id = $to RETURN b
  UNION MATCH (b:AssessmentEvent) WHERE b.id = $to RETURN b
  UNION MATCH (b:Observation) WHERE b.id = $to RETURN b
  UNION MATCH (b:Organisation) WHERE b.id = $to RETURN b
  UNION MATCH (b:Person) WHERE b.id = $to RETURN b
  UNION MATCH (b:Event) WHERE b.id = $to RETURN b
  UNION MATCH (b:Source) WHERE b.id = $to RETURN b
}
MATCH p = ALL SHORTEST (a)(()-[r WHERE $types IS NULL OR type(r) IN $types]-()){1,6}(b)
WHERE length(p) <= $maxHops
WITH p
LIMIT $first
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes,
       [r IN relationships(p) | {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
