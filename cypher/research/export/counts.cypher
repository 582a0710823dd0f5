// Export: how many nodes and relationships an export with these filters writes (tests, the report).
CALL () {
  MATCH (n)
  WHERE NOT n:SeedState AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND NOT a:SeedState AND NOT b:SeedState
    AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
