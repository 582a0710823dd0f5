// Loader: removes the relationships of the seed's types ($types, from REL_TYPES) that the current seed
// data no longer has; `keep` holds `fromId|key|toId|type` of every relationship it has. In batches of
// $batch, each committed on its own, like prune-nodes (which runs first).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND NOT (a.id + '|' + coalesce(r.key, '') + '|' + b.id + '|' + type(r)) IN $keep
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS deleted
