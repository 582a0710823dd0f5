// Loader: removes relationships of one type that the current seed data no longer has.
MATCH (a)-[r:__TYPE__]->(b)
WHERE NOT (a.id + '|' + coalesce(r.key, '') + '|' + b.id) IN $keep
DELETE r
RETURN count(*) AS deleted
