// neighbourhood(id, depth, relationshipTypes, limit) { truncated } when the selection asks for neither
// nodes nor edges: only whether more than $limit nodes lie within $depth hops. The search stops at the
// ($limit + 1)-th node found (no ordering, no collecting, no relationships among them), so the answer is
// the full query's `truncated` for a fraction of its work. No row: no start node.
MATCH (a:Node {id: $args.id})
CALL (a) {
  OPTIONAL MATCH p = ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,3}(b)
  WHERE length(p) <= $depth AND b <> a AND b.id IS NOT NULL
  WITH b LIMIT $limit + 1
  RETURN count(b) AS found
}
RETURN null AS id, found > $limit AS truncated
