// Export: every relationship property key with the value types it holds. Relationships count when
// their type is in $types (null: all) and both ends carry a label in $labels (null: all).
MATCH (a)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND NOT a:SeedState AND NOT b:SeedState
  AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types
ORDER BY key
