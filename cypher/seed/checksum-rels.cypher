// Content checksum, relationships: type, endpoints (by id) and properties.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
