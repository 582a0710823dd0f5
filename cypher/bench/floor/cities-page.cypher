// Benchmark floor for `cities(first, after)`: a keyset seek on the City adcode index from the cursor
// (adcode, id), the next $first + 1 rows, shaped as the API's JSON (`data.cities`).
MATCH (c:City)
WHERE c.adcode >= $afterAdcode AND (c.adcode > $afterAdcode OR c.id > $afterId)
WITH c ORDER BY c.adcode, c.id LIMIT $first + 1
WITH collect({graphId: c.id, name: c.name, adcode: c.adcode}) AS rows
RETURN {edges: [r IN rows[0..$first] | {node: r}], pageInfo: {hasNextPage: size(rows) > $first}} AS cities
