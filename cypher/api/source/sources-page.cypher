// Query.sources: articles and reference lists, articles first (by date), keyset-paged (top `limit`
// after the cursor). $forward / $backward: [{k, kind: 'Article' | 'ReferenceList' | null, after, before}]; $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  MATCH (n:Source)
  WHERE key.kind IS NULL OR key.kind IN labels(n)
  WITH key, n, (CASE WHEN n:Article THEN '0|' + toString(n.publishedAt) ELSE '1|' + coalesce(n.title, '') END) AS s, n.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH n, s ORDER BY s ASC, n.id ASC LIMIT $limit
  RETURN n, s
}
RETURN key.k AS k, s, n.id AS id, labels(n) AS labels, properties(n) AS props
UNION ALL
UNWIND $backward AS key
CALL (key) {
  MATCH (n:Source)
  WHERE key.kind IS NULL OR key.kind IN labels(n)
  WITH key, n, (CASE WHEN n:Article THEN '0|' + toString(n.publishedAt) ELSE '1|' + coalesce(n.title, '') END) AS s, n.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH n, s ORDER BY s DESC, n.id DESC LIMIT $limit
  RETURN n, s
}
RETURN key.k AS k, s, n.id AS id, labels(n) AS labels, properties(n) AS props
