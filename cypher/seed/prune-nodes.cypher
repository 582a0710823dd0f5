// Loader: removes the nodes of the seed's labels ($labels, from NODE_LABELS) that the current seed data
// no longer has (renamed ids, removed facts), so the graph always equals the data files.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels) AND NOT n.id IN $keep
DETACH DELETE n
RETURN count(*) AS deleted
