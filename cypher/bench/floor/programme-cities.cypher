// Benchmark floor for `cities(programme, first)`: a range seek on the DESIGNATED_IN relationship index
// `programmeCityOrder` ('<programme id>|<adcode>|<city id>', docs/graph-model.md) within the programme's
// prefix, one row per city, the first $first + 1, shaped as the API's JSON (`data.cities`).
MATCH (c:City)-[d:DESIGNATED_IN]->(:Programme)
WHERE d.programmeCityOrder > $programme + '|' AND d.programmeCityOrder < $programme + '}'
WITH DISTINCT d.programmeCityOrder AS o, c
WITH c ORDER BY o LIMIT $first + 1
WITH collect({graphId: c.id, name: c.name, adcode: c.adcode}) AS rows
RETURN {edges: [r IN rows[0..$first] | {node: r}], pageInfo: {hasNextPage: size(rows) > $first}} AS cities
