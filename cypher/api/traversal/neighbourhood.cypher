// neighbourhood(id, depth, relationshipTypes, limit): the nodes within $depth hops (1..3, checked by the
// resolver) of the start node, nearest first, at most $limit, and every relationship among them.
// Breadth-first through ANY SHORTEST, so each node comes with its distance.
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
// One row per node (start node first, then nearest first), then one row per relationship: many small
// records instead of one that holds the whole subgraph. The driver decodes every string of a record
// that spans several Bolt chunks through a slow path (a StringDecoder over all of the record's chunks),
// which was the largest single cost of this query in the server's profile.
// A node is returned with only the properties a GraphNode shows (its display name and nameEn, see
// displayName in src/graph/materialize.ts), not all of them: an article's text is kilobytes.
UNWIND [n IN ns | {node: {id: n.id, labels: labels(n), props: n {.name, .title, .nameEn, .label, .metric, .value}}, edge: null}]
     + [r IN rs | {node: null, edge: {elementId: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}}] AS item
RETURN item.node AS node, item.edge AS edge, truncated
