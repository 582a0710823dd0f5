// Query.programmes: every programme (a short, fixed list), by name.
MATCH (g:Programme)
RETURN g.id AS id, labels(g) AS labels, properties(g) AS props
ORDER BY g.name
