// Benchmark floor for `neighbourhood(id, depth: 2)`: the start city through its id constraint, the nodes
// within two hops nearest first (at most $limit), and the relationships among them, shaped as the
// API's JSON (`data.neighbourhood`). The hop bound is written into the pattern (a quantifier cannot be a
// parameter), so the search never looks three hops out. $labels are the graph model's node labels (a node's `label` is its
// first one that is not Source). Edge sources as in floor/paths.cypher.
MATCH (a:City {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (a)-[]-{1,2}(b)
WHERE length(p) <= $depth AND b <> a AND b.id IS NOT NULL
WITH a, b, length(p) AS distance
ORDER BY distance, b.id
WITH a, collect(b) AS found
WITH [a] + found[0..$limit] AS ns, size(found) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y)
  WHERE y IN ns
  WITH DISTINCT r, x, y
  CALL (r, x, y) {
    UNWIND CASE WHEN size(coalesce(r.sourceIds, [])) > 0 THEN range(0, size(r.sourceIds) - 1) ELSE [] END AS i
    OPTIONAL MATCH (s:Source {id: r.sourceIds[i]})
    WITH i, s WHERE s IS NOT NULL
    RETURN collect({evidence: coalesce(r.evidence[i], r.evidence[0], '')}) AS own
  }
  CALL (r, x, y) {
    OPTIONAL MATCH (x)-[q:REPORTS]->(y)
    WHERE size(coalesce(r.sourceIds, [])) = 0 AND type(r) IN ['REPORTS', 'MENTIONS']
      AND NOT (type(r) = 'MENTIONS' AND size(coalesce(r.evidence, [])) > 0)
    RETURN [e IN collect(q.evidence) | {evidence: CASE WHEN valueType(e) STARTS WITH 'LIST' THEN reduce(t = '', v IN e | t + CASE t WHEN '' THEN '' ELSE ' … ' END + v) ELSE e END}] AS reported
  }
  // A MENTIONS edge without sourceIds carries its own sentences: the mentioning source says them.
  WITH r, own, reported, CASE WHEN size(coalesce(r.sourceIds, [])) = 0 AND type(r) = 'MENTIONS' AND size(coalesce(r.evidence, [])) > 0
    THEN [{evidence: reduce(t = '', v IN r.evidence | t + CASE t WHEN '' THEN '' ELSE ' … ' END + v)}] ELSE [] END AS mentioned
  RETURN collect({type: type(r), sources: own + mentioned + reported}) AS edges
}
RETURN {nodes: [n IN ns | {graphId: n.id, label: [l IN labels(n) WHERE l <> 'Source' AND l IN $labels][0], name: coalesce(n.name, n.title, n.id)}],
        edges: edges, truncated: truncated} AS neighbourhood
