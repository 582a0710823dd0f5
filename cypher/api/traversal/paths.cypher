// paths(from, to, maxHops, relationshipTypes, first): the shortest paths between two nodes (at most
// 6 hops; $maxHops, checked by the resolver, narrows it), every edge with its properties.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE $types IS NULL OR type(r) IN $types]-()){1,6}(b)
WHERE length(p) <= $maxHops
WITH p
LIMIT $first
// A node is returned with only the properties a GraphNode shows (its display name and nameEn, see
// displayName in src/graph/materialize.ts), not all of them: an article's text is kilobytes.
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: n {.name, .title, .nameEn, .label, .metric, .value}}] AS nodes,
       [r IN relationships(p) | {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
