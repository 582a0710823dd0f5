// `npm run bench`: the graph id of the anchor an operation starts from (黄石, 遂宁, CNIPA), found as the
// API's search finds it (the full-text index over every name form), best score first. Read through the
// driver, not the API, so the bench's set-up is not bound by the server's REQUEST_DEADLINE_MS (at a
// million nodes on a cold page cache a set-up request ran past it). Not timed.
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
WHERE $label IN labels(node)
WITH node ORDER BY score DESC, node.id LIMIT 1
RETURN node.id AS id
