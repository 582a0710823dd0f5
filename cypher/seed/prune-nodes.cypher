// Loader: removes the nodes of the seed's labels ($labels, from NODE_LABELS) that the current seed data
// no longer has (renamed ids, removed facts, synthetic data from `npm run bench:data`), so the graph
// always equals the data files. Deletes in batches of $batch nodes, each committed on its own
// (CALL … IN TRANSACTIONS, so it runs in an auto-commit transaction: Executor.writeInBatches): a million
// synthetic nodes deleted in one transaction exceed db.memory.transaction.max (128 MiB by default).
// A run stopped part-way leaves some nodes deleted and SeedState.complete false: the next load repeats
// the prune and finishes it (docs/operations.md).
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels) AND NOT n.id IN $keep
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS deleted
