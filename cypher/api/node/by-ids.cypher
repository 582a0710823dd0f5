// Nodes by graph id, any kind: one seek per id on the shared :Node label's uniqueness constraint.
// Feeds the per-request node DataLoader (one round trip for any number of ids).
// $batch.ends (label → property list, src/graph/projection.ts `nodeProjectionsFor`): a node whose primary
// label (the first of its labels in $batch.labels, as the server names it) has a list is returned as the
// values of those properties, in that order; any other node, and every node when $batch.ends is null (no
// projection given: the whole read any request can fall back on), whole but for the full-text input and
// the article texts (`searchText`, `text`, …: read only when selected, api/source/texts.cypher).
MATCH (n:Node)
WHERE n.id IN $batch.ids
WITH n, $batch.ends[coalesce(head([l IN labels(n) WHERE l IN $batch.labels]), '')] AS props
RETURN n.id AS id, labels(n) AS labels,
       CASE WHEN props IS NULL THEN n {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} ELSE [p IN props | n[p]] END AS props
