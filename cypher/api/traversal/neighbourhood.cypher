// neighbourhood(id, depth, relationshipTypes, limit): the nodes within $depth hops (1..3, checked by the
// resolver) of the start node, nearest first, at most $limit, and every relationship among them.
// Breadth-first through ANY SHORTEST, so each node comes with its distance. Nodes come with the
// properties a GraphNode shows (its name) only: their other properties (texts, lists) were most of
// what the server decoded for a deep neighbourhood (docs/operations.md, "Under abuse").
MATCH (a:Node {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (a)(()-[r WHERE $types IS NULL OR type(r) IN $types]-()){1,3}(b)
WHERE length(p) <= $depth AND b <> a AND b.id IS NOT NULL
WITH a, b, length(p) AS distance
ORDER BY distance, b.id
WITH a, collect(b) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH [a] + kept AS ns, truncated
UNWIND ns AS x
OPTIONAL MATCH (x)-[r]->(y)
WHERE y IN ns AND ($types IS NULL OR type(r) IN $types)
WITH ns, truncated, collect(DISTINCT r) AS rs
RETURN [n IN ns | {id: n.id, labels: labels(n), props: n {.name, .title, .nameEn, .label, .metric, .value}}] AS nodes,
       [r IN rs | {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
       truncated
