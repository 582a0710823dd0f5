// Benchmark floor for `paths(from, to, maxHops)`: both ends through their id constraints, then the
// shortest paths, shaped as the API's JSON (`data.paths`). An edge's sources are its sourceIds/evidence;
// a MENTIONS edge without them but with its own `evidence` is sourced by the mentioning source (its
// sentences joined with ' … '); any other REPORTS or MENTIONS edge shows the REPORTS evidence between
// its two ends.
MATCH (a:City {id: $from})
MATCH (b:Agency {id: $to})
// One and two hops as fixed patterns (the last hop an Expand(Into) onto b), the general search only when
// neither finds a path: the same strategy as the API's paths.cypher, without which a breadth-first
// search through the hubs runs out of transaction memory at a million nodes.
OPTIONAL MATCH p1 = (a)-[]-(b)
WITH a, b, collect(p1) AS ones
CALL (a, b, ones) {
  WITH a, b WHERE size(ones) = 0 AND $maxHops >= 2
  MATCH (a)-[r1]-(m)
  CALL (a, b, r1, m) {
    MATCH p2 = (a)-[r1]-(m)-[]-(b)
    RETURN p2
  }
  RETURN collect(p2) AS twos
}
CALL (a, b, ones, twos) {
  UNWIND ones + twos AS p
  RETURN p
  UNION
  WITH a, b WHERE size(ones) = 0 AND size(twos) = 0
  MATCH p = ALL SHORTEST (a)-[]-{1,6}(b)
  WHERE length(p) <= $maxHops
  RETURN p
}
WITH p LIMIT $first
CALL (p) {
  UNWIND relationships(p) AS r
  WITH r, startNode(r) AS x, endNode(r) AS y
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
RETURN collect({length: length(p), nodes: [n IN nodes(p) | {graphId: n.id, name: coalesce(n.name, n.title, n.id)}], edges: edges}) AS paths
