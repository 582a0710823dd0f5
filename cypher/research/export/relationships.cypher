// Export: the relationships between exported nodes, one row each; ends given by their node keys.
MATCH (a)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND NOT a:SeedState AND NOT b:SeedState
  AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS start, coalesce(b.id, elementId(b)) AS end, properties(r) AS props
ORDER BY type, start, end, elementId(r)
