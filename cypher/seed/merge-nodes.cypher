// Loader: upserts one batch of nodes of one label. `__LABEL__` is replaced by a label from the fixed
// list in src/ingest/bundle.ts (NODE_LABELS), never by input. `SET n = row.props` replaces every
// property, so a second run leaves the node exactly as the first did. Every API node also gets the
// shared :Node label (one uniqueness constraint on Node.id serves every lookup by id).
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n = row.props, n.id = row.id, n:Node
RETURN count(n) AS written
