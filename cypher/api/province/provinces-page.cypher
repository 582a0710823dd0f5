// Query.provinces: provincial-level divisions in adcode order, keyset-paged as a seek on the
// province_adcode index. `key.props`: the properties the operation reads of a province
// (src/graph/projection.ts), returned as a list of their values in that order; null: the whole node.
// $batch.forward / $batch.backward: [{k, props, after {s, id}, before {s, id}}]; $limit: page size + 1.
UNWIND $batch.forward AS key
CALL (key) {
  MATCH (p:Province)
  WHERE p.adcode >= coalesce(key.after.s, '') AND p.adcode <= coalesce(key.before.s, '~')
    AND (key.after IS NULL OR p.adcode > key.after.s OR p.id > key.after.id)
    AND (key.before IS NULL OR p.adcode < key.before.s OR p.id < key.before.id)
  WITH p ORDER BY p.adcode ASC, p.id ASC LIMIT $limit
  RETURN p
}
RETURN key.k AS k, p.adcode AS s, p.id AS id, labels(p) AS labels, CASE WHEN key.props IS NULL THEN properties(p) ELSE [prop IN key.props | p[prop]] END AS props
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  MATCH (p:Province)
  WHERE p.adcode >= coalesce(key.after.s, '') AND p.adcode <= coalesce(key.before.s, '~')
    AND (key.after IS NULL OR p.adcode > key.after.s OR p.id > key.after.id)
    AND (key.before IS NULL OR p.adcode < key.before.s OR p.id < key.before.id)
  WITH p ORDER BY p.adcode DESC, p.id DESC LIMIT $limit
  RETURN p
}
RETURN key.k AS k, p.adcode AS s, p.id AS id, labels(p) AS labels, CASE WHEN key.props IS NULL THEN properties(p) ELSE [prop IN key.props | p[prop]] END AS props
