// Benchmark floor for `provinces(first) → cities(first) → designations (evidence) → programme → agency`:
// the whole answer in one hand-written query, shaped as the API's JSON (`data.provinces`).
// Orders are the API's: provinces by adcode then id, cities by provinceOrder (adcode within the province) then id; designations by year, programme, key;
// agencies by name. A designation's sources follow `sourceIds`/`evidence` (aligned), skipping ids that
// name no source; `confidence` is shown for reference lists only.
MATCH (p:Province)
WITH p ORDER BY p.adcode, p.id LIMIT $provinces
CALL (p) {
  // The province's cities by the stored sort key `provinceOrder` ('<province id>|<adcode>',
  // docs/graph-model.md): a range seek on city_province_order in index order, as fast as a hand-written
  // query gets. (Walking LOCATED_IN{1,2} and sorting read every city of the province: ~15,000 at 1M, a
  // floor 9× slower than the API it was meant to bound.)
  MATCH (c:City) WHERE c.provinceOrder STARTS WITH p.id + '|'
  WITH c ORDER BY c.provinceOrder, c.id LIMIT $cities
  CALL (c) {
    OPTIONAL MATCH (c)-[d:DESIGNATED_IN]->(g:Programme)
    WITH d, g ORDER BY coalesce(d.year, 0), g.id, coalesce(d.key, '')
    CALL (g) {
      OPTIONAL MATCH (g)-[r:ADMINISTERED_BY]->(a)
      WITH r, a ORDER BY coalesce(r.year, 0), coalesce(a.name, a.title, a.id), a.id
      RETURN [x IN collect({graphId: a.id, name: a.name}) WHERE x.graphId IS NOT NULL] AS agencies
    }
    CALL (d) {
      UNWIND range(0, size(coalesce(d.sourceIds, [])) - 1) AS i
      OPTIONAL MATCH (s:Source {id: d.sourceIds[i]})
      WITH i, s WHERE s IS NOT NULL
      RETURN collect({evidence: coalesce(d.evidence[i], d.evidence[0], ''), confidence: CASE WHEN s:ReferenceList THEN d.confidence END, source: {graphId: s.id}}) AS sources
    }
    RETURN [x IN collect(CASE WHEN d IS NOT NULL THEN {year: d.year, batch: d.batch, programme: {graphId: g.id, name: g.name, administeredBy: agencies}, sources: sources} END) WHERE x IS NOT NULL] AS designations
  }
  RETURN collect({node: {graphId: c.id, name: c.name, designations: designations}}) AS cityEdges
}
RETURN {edges: collect({node: {graphId: p.id, name: p.name, cities: {edges: cityEdges}}})} AS provinces
