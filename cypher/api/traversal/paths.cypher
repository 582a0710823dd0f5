// paths(from, to, maxHops, relationshipTypes, first): the shortest paths between two nodes (at most
// 6 hops; $maxHops, checked by the resolver, narrows it), every edge with its properties.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE $types IS NULL OR type(r) IN $types]-()){1,6}(b)
WHERE length(p) <= $maxHops
WITH p
LIMIT $first
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes,
       [r IN relationships(p) | {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
