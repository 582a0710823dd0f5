// search(text, kinds, first): the full-text index over every name form (CJK analyzer), best first.
// $args.query is a Lucene query built by src/search/search.service.ts from the user's words (escaped);
// $args.kinds is a list of labels from the EntityKind enum, or null for all.
CALL db.index.fulltext.queryNodes('entity_names', $args.query, {limit: $limit * 4})
YIELD node, score
WITH node, score
WHERE $args.kinds IS NULL OR any(l IN labels(node) WHERE l IN $args.kinds)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, CASE WHEN node.name IN $args.exact OR node.nameEn IN $args.exact THEN 0 ELSE 1 END, node.id
LIMIT $limit
