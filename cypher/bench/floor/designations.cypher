// Benchmark floor for `designations(first)`: a seek on the DESIGNATED_IN relationship index
// `designationOrder` (the page's order as one string, docs/graph-model.md), the first $first + 1
// designations, shaped as the API's JSON (`data.designations`).
MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
WHERE d.designationOrder > ''
WITH c, d, g ORDER BY d.designationOrder LIMIT $first + 1
WITH collect({year: d.year, batch: d.batch, city: {graphId: c.id, name: c.name}, programme: {graphId: g.id, name: g.name}}) AS rows
RETURN {edges: [r IN rows[0..$first] | {node: r}], pageInfo: {hasNextPage: size(rows) > $first}} AS designations
