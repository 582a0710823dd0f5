// Benchmark floor for `assessments(agency, first)`: a range seek on the ASSESSED_BY relationship index
// `agencyOrder` ('<agency id>|<date>|<event id>', docs/graph-model.md) within the agency's prefix, the
// first $first + 1 events (one row per event whatever its roles), shaped as the API's JSON (`data.assessments`).
MATCH (a:AssessmentEvent)-[r:ASSESSED_BY]->()
WHERE r.agencyOrder > $agency + '|' AND r.agencyOrder < $agency + '}'
WITH DISTINCT r.agencyOrder AS o, a
WITH a ORDER BY o LIMIT $first + 1
WITH collect({graphId: a.id, name: a.name, kind: a.kind, date: toString(a.date)}) AS rows
RETURN {edges: [r IN rows[0..$first] | {node: r}], pageInfo: {hasNextPage: size(rows) > $first}} AS assessments
