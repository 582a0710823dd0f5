// neighbourhood(id, depth, relationshipTypes, limit) { truncated } when the selection asks for neither
// nodes nor edges: only whether more than $limit nodes lie within $depth hops. The search stops at the
// ($limit + 1)-th node found (no ordering, no collecting, no relationships among them), so the answer is
// the full query's `truncated` for a fraction of its work. One search per depth, guarded by `$depth = k`,
// as in neighbourhood.cypher: a search bounded by 3 and filtered afterwards walked the third hop whenever
// fewer than $limit + 1 nodes lay within $depth. No row: no start node.
MATCH (a:Node {id: $args.id})
CALL (a) {
  OPTIONAL CALL (a) {
    MATCH ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,1}(b)
    WHERE $depth = 1 AND b <> a AND b.id IS NOT NULL
    RETURN b
    UNION ALL
    MATCH ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,2}(b)
    WHERE $depth = 2 AND b <> a AND b.id IS NOT NULL
    RETURN b
    UNION ALL
    MATCH ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,3}(b)
    WHERE $depth = 3 AND b <> a AND b.id IS NOT NULL
    RETURN b
  }
  WITH b LIMIT $limit + 1
  RETURN count(b) AS found
}
RETURN null AS id, found > $limit AS truncated
