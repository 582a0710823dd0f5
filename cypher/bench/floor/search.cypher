// Benchmark floor for `search(text)`: the full-text index once, shaped as the API's JSON
// (`data.search`). $query is the Lucene phrase query for the text, $exact its exact forms.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit * 4})
YIELD node, score
WITH node, score
ORDER BY score DESC, CASE WHEN node.name IN $exact OR node.nameEn IN $exact THEN 0 ELSE 1 END, node.id
LIMIT $limit
RETURN collect({score: score, node: {graphId: node.id, name: node.name}}) AS search
