// Loader: upserts one batch of nodes, of any labels. Every API node carries the shared :Node label
// (one uniqueness constraint on Node.id serves every lookup by id), so one index seek finds a node
// whatever its kind; `row.labels` are its labels from the fixed list in src/ingest/bundle.ts
// (NODE_LABELS, plus Node, plus Source for articles and reference lists: graph-model contract).
// Labels are a parameter, so this one query text (planned once) serves every kind. `SET n = row.props`
// replaces every property, so a second run leaves the node exactly as the first did.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n.id = row.id, n:$(row.labels)
RETURN count(n) AS written
