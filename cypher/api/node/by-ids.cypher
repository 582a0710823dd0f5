// Nodes by graph id, any kind: one seek per id on the shared :Node label's uniqueness constraint.
// Feeds the per-request node DataLoader (one round trip for any number of ids).
// `searchText` (the full-text index's input, no field shows it) is left out of the rows.
MATCH (n:Node)
WHERE n.id IN $batch.ids
RETURN n.id AS id, labels(n) AS labels, n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} AS props
