// Query.sources: articles and reference lists, articles first (by date), then reference lists (by
// title), keyset-paged as a seek on the source_order index (`sourceOrder` is '0|<publishedAt>' or
// '1|<title>', written by the loader), so a page reads about `limit` rows after its cursor however many
// sources there are. A kind narrows the seek to its half of the order.
// $batch.forward / $batch.backward: [{k, kind: 'Article' | 'ReferenceList' | null, after, before}]; $limit: page size + 1.
UNWIND $batch.forward AS key
CALL (key) {
  MATCH (n:Source)
  WHERE n.sourceOrder >= coalesce(key.after.s, CASE key.kind WHEN 'ReferenceList' THEN '1|' ELSE '' END)
    AND (key.before IS NULL OR n.sourceOrder <= key.before.s)
    AND (key.after IS NULL OR n.sourceOrder > key.after.s OR n.id > key.after.id)
    AND (key.before IS NULL OR n.sourceOrder < key.before.s OR n.id < key.before.id)
    AND (key.kind IS NULL OR key.kind IN labels(n))
  WITH n ORDER BY n.sourceOrder ASC, n.id ASC LIMIT $limit
  RETURN n
}
RETURN key.k AS k, n.sourceOrder AS s, n.id AS id, labels(n) AS labels, n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} AS props
UNION ALL
UNWIND $batch.backward AS key
CALL (key) {
  MATCH (n:Source)
  WHERE n.sourceOrder >= coalesce(key.after.s, CASE key.kind WHEN 'ReferenceList' THEN '1|' ELSE '' END)
    AND (key.before IS NULL OR n.sourceOrder <= key.before.s)
    AND (key.after IS NULL OR n.sourceOrder > key.after.s OR n.id > key.after.id)
    AND (key.before IS NULL OR n.sourceOrder < key.before.s OR n.id < key.before.id)
    AND (key.kind IS NULL OR key.kind IN labels(n))
  WITH n ORDER BY n.sourceOrder DESC, n.id DESC LIMIT $limit
  RETURN n
}
RETURN key.k AS k, n.sourceOrder AS s, n.id AS id, labels(n) AS labels, n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} AS props
