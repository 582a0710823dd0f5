// neighbourhood(id, depth, relationshipTypes, limit) when the selection asks for nodes (and perhaps
// truncated) but not edges: neighbourhood.cypher without the relationships among the nodes found. One
// row per node (neighbourhood.cypher's node columns), start node first, then nearest first. No row: no start node.
MATCH (a:Node {id: $args.id})
OPTIONAL MATCH p = ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,3}(b)
WHERE length(p) <= $depth AND b <> a AND b.id IS NOT NULL
WITH a, b, length(p) AS distance
ORDER BY distance, b.id
WITH a, collect(b) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
UNWIND [a] + kept AS n
RETURN n.id AS id, labels(n) AS labels, [n.name, n.title, n.nameEn, n.label, n.metric, n.value] AS props, truncated
