// paths(from, to, maxHops, relationshipTypes, first): the shortest paths between two nodes (at most
// 6 hops; $maxHops, checked by the resolver, narrows it), every edge with its properties.
// Paths of one and two hops are matched as fixed patterns first, from `from`'s side, the last hop an
// Expand(Into) onto `to`: a breadth-first shortest-path search expands every neighbour of the hubs on
// the way (a province's 15,000 cities, a programme's 100,000 designations), which at a million nodes
// ran past the 128 MiB transaction memory cap even when the answer is two hops long. Only when neither
// finds a path does the general ALL SHORTEST search run. Same answer: every path of the shortest length.
MATCH (a:Node {id: $args.from})
MATCH (b:Node {id: $args.to})
OPTIONAL MATCH p1 = (a)-[r1]-(b)
WHERE $args.types IS NULL OR type(r1) IN $args.types
WITH a, b, collect(p1) AS ones
CALL (a, b, ones) {
  WITH a, b WHERE size(ones) = 0 AND $maxHops >= 2
  MATCH (a)-[r1]-(m)
  WHERE $args.types IS NULL OR type(r1) IN $args.types
  CALL (a, b, r1, m) {
    MATCH p2 = (a)-[r1]-(m)-[r2]-(b)
    WHERE $args.types IS NULL OR type(r2) IN $args.types
    RETURN p2
  }
  RETURN collect(p2) AS twos
}
CALL (a, b, ones, twos) {
  UNWIND ones + twos AS p
  RETURN p
  UNION
  WITH a, b WHERE size(ones) = 0 AND size(twos) = 0
  MATCH p = ALL SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,6}(b)
  WHERE length(p) <= $maxHops
  RETURN p
}
WITH p
LIMIT $first
// A node is returned with only the properties a GraphNode shows (its display name and nameEn, see
// displayName in src/graph/materialize.ts), not all of them: an article's text is kilobytes.
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: n {.name, .title, .nameEn, .label, .metric, .value}}] AS nodes,
       [r IN relationships(p) | {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
