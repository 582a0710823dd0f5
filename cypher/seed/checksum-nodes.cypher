// Content checksum, nodes: every node but loader bookkeeping, with its labels and properties.
MATCH (n)
WHERE NOT n:SeedState
RETURN labels(n) AS labels, properties(n) AS props
