// Loader: removes nodes of one label that the current seed data no longer has (renamed ids, removed
// facts), so the graph always equals the data files.
MATCH (n:__LABEL__)
WHERE NOT n.id IN $keep
DETACH DELETE n
RETURN count(*) AS deleted
