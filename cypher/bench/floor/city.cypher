// Benchmark floor for `node(id) { ... on City { designations { … sources } observations { … sources } } }`:
// one query through the City id constraint, shaped as the API's JSON (`data.node`). Observations are
// ordered by metric, period, id; their sources are the REPORTS that point at them (an evidence list is
// joined with ' … ', as the API does).
MATCH (c:City {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
  WITH d, g ORDER BY coalesce(d.year, 0), g.id, coalesce(d.key, '')
  CALL (d) {
    UNWIND range(0, size(coalesce(d.sourceIds, [])) - 1) AS i
    OPTIONAL MATCH (s:Source {id: d.sourceIds[i]})
    WITH i, s WHERE s IS NOT NULL
    RETURN collect({evidence: coalesce(d.evidence[i], d.evidence[0], ''), confidence: CASE WHEN s:ReferenceList THEN d.confidence END, source: {graphId: s.id}}) AS sources
  }
  RETURN [x IN collect(CASE WHEN d IS NOT NULL THEN {year: d.year, batch: d.batch, programme: {graphId: g.id, name: g.name}, sources: sources} END) WHERE x IS NOT NULL] AS designations
}
CALL (c) {
  OPTIONAL MATCH (o:Observation)-[:OBSERVED_IN]->(c)
  WITH o ORDER BY o.metric, o.period, o.id
  CALL (o) {
    OPTIONAL MATCH (s)-[r:REPORTS]->(o)
    WITH s, r ORDER BY coalesce(r.year, 0), coalesce(s.name, s.title, s.id), s.id
    RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {
              evidence: CASE WHEN valueType(r.evidence) STARTS WITH 'LIST' THEN reduce(t = '', e IN r.evidence | t + CASE t WHEN '' THEN '' ELSE ' … ' END + e) ELSE coalesce(r.evidence, '') END,
              source: {graphId: s.id}} END) WHERE x IS NOT NULL] AS sources
  }
  RETURN [x IN collect(CASE WHEN o IS NOT NULL THEN {graphId: o.id, metric: o.metric, value: toFloat(o.value), unit: o.unit, period: o.period, sources: sources} END) WHERE x IS NOT NULL] AS observations
}
RETURN {graphId: c.id, name: c.name, adcode: c.adcode, level: c.level, designations: designations, observations: observations} AS node
