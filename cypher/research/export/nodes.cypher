// Export: the nodes, one row each, ordered by id for stable files. `key` is the stable `id` property
// (elementId only for a node without one). $labels: null for all, or a list of labels to keep.
MATCH (n)
WHERE NOT n:SeedState AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS props
ORDER BY key
