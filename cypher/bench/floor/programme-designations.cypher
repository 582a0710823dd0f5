// Benchmark floor for `designations(programme, first)`: a range seek on the DESIGNATED_IN relationship
// index `programmeDesignationOrder` ('<programme id>|…', docs/graph-model.md) within the programme's
// prefix, the first $first + 1 designations, shaped as the API's JSON (`data.designations`).
MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
WHERE d.programmeDesignationOrder > $programme + '|' AND d.programmeDesignationOrder < $programme + '}'
WITH c, d, g ORDER BY d.programmeDesignationOrder LIMIT $first + 1
WITH collect({year: d.year, batch: d.batch, city: {graphId: c.id, name: c.name}, programme: {graphId: g.id, name: g.name}}) AS rows
RETURN {edges: [r IN rows[0..$first] | {node: r}], pageInfo: {hasNextPage: size(rows) > $first}} AS designations
