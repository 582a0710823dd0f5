// Loader, after the relationships: gives every relationship fact of the types in $types (FACT_REL_TYPES:
// those that carry sourceIds) its `sourceKey`, its sourceIds as one string, '|' + the ids joined by '|' + '|'
// (e.g. '|article:002_…|ref:56f062e2b250|'), indexed per type by the TEXT indexes <type>_source_key, so that
// Source.facts finds a source's facts by `sourceKey CONTAINS '|<id>|'` instead of reading every
// relationship (docs/graph-model.md). No source id contains '|' (the loader checks).
// In batches of $batch, each committed on its own (Executor.writeInBatches), like the prune: the seed's
// thousands of facts written in one transaction do not fit under a small db.memory.transaction.max.
MATCH ()-[r]->()
WHERE type(r) IN $types AND r.sourceIds IS NOT NULL
CALL (r) {
  SET r.sourceKey = reduce(k = '|', id IN r.sourceIds | k + id + '|')
} IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS keyed
