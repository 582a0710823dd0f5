// Loader: removes the relationships of the seed's types ($types, from REL_TYPES) that the current seed
// data no longer has; `keep` holds `fromId|key|toId|type` of every relationship it has.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND NOT (a.id + '|' + coalesce(r.key, '') + '|' + b.id + '|' + type(r)) IN $keep
DELETE r
RETURN count(*) AS deleted
