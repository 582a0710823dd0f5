// Export: every node property key with the value types it holds, for the exports' headers (GraphML
// keys, CSV columns). $labels: null for every label, or a list of labels to keep.
MATCH (n)
WHERE NOT n:SeedState AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types
ORDER BY key
