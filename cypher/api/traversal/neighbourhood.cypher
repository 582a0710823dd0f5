// neighbourhood(id, depth, relationshipTypes, limit): the nodes within $depth hops (1..3, checked by the
// resolver) of the start node, nearest first, at most $limit, and, with $withEdges (the selection asks for
// `edges`), every relationship among them; without it, the nodes alone (`nodes` without `edges`).
// Breadth-first through ANY SHORTEST, so each node comes with its distance. A quantifier's bounds cannot be
// parameters, so there is one branch per depth, each guarded by `$depth = k`: the planner tests that
// before the branch's search, so only the branch of the asked depth runs, and a search for depth 2 never
// walks a third hop (one search bounded by 3 and filtered on length(p) <= $depth walked it: at depth 2
// from 黄石, 15 % more db hits on the seed, and at a million nodes every node three hops out).
MATCH (a:Node {id: $args.id})
OPTIONAL CALL (a) {
  MATCH p = ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,1}(b)
  WHERE $depth = 1 AND b <> a AND b.id IS NOT NULL
  RETURN b, length(p) AS distance
  UNION ALL
  MATCH p = ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,2}(b)
  WHERE $depth = 2 AND b <> a AND b.id IS NOT NULL
  RETURN b, length(p) AS distance
  UNION ALL
  MATCH p = ANY SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,3}(b)
  WHERE $depth = 3 AND b <> a AND b.id IS NOT NULL
  RETURN b, length(p) AS distance
}
WITH a, b, distance
ORDER BY distance, b.id
WITH a, collect(b) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH [a] + kept AS ns, truncated
UNWIND ns AS x
OPTIONAL MATCH (x)-[r]->(y)
WHERE $withEdges = true AND y IN ns AND ($args.types IS NULL OR type(r) IN $args.types)
WITH ns, truncated, collect(DISTINCT r) AS rs
// $withSources (the selection asks for `edges { sources }`, src/traversal/traversal.repository.ts): what
// those sources are read from comes in this query too, so they cost no second round trip — every node an
// edge names in `sourceIds` and the node at the start of every REPORTS or MENTIONS edge (`sources`, whole
// nodes, each once), and for the node at the end of each, its REPORTS in edges/by-node.cypher's order
// (`reports`, the source by id). The repository primes the node and edge loaders with them.
CALL (rs) {
  CALL (rs) {
    UNWIND CASE WHEN $withSources = true THEN rs ELSE [] END AS r
    UNWIND coalesce(r.sourceIds, []) AS sourceId
    MATCH (s:Node {id: sourceId})
    RETURN s
    UNION
    UNWIND CASE WHEN $withSources = true THEN rs ELSE [] END AS r
    WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
    RETURN startNode(r) AS s
    UNION
    UNWIND CASE WHEN $withSources = true THEN rs ELSE [] END AS r
    WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
    WITH endNode(r) AS f
    MATCH (f)<-[:REPORTS]-(s)
    RETURN s
  }
  RETURN collect(s) AS sources
}
CALL (rs) {
  UNWIND CASE WHEN $withSources = true THEN rs ELSE [] END AS r
  WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
  WITH DISTINCT endNode(r) AS f
  CALL (f) {
    OPTIONAL MATCH (f)<-[q:REPORTS]-(b)
    WITH q, b ORDER BY coalesce(q.year, 0), coalesce(b.name, b.title, b.id), b.id
    RETURN collect(CASE WHEN q IS NOT NULL THEN {type: type(q), rel: properties(q), otherId: b.id, otherLabels: labels(b)} END) AS edges
  }
  RETURN collect({of: f.id, edges: edges}) AS reports
}
// One row per node (start node first, then nearest first), then one row per relationship: many small
// records instead of one that holds the whole subgraph. The driver decodes every string of a record
// that spans several Bolt chunks through a slow path (a StringDecoder over all of the record's chunks),
// which was the largest single cost of this query in the server's profile. The rows are flat: a node's
// and a relationship's parts are columns (named once per result), not maps (whose keys Bolt sends, and
// the driver decodes, in every record).
// A node is returned with only the properties a GraphNode shows (its display name and nameEn, see
// displayName in src/graph/materialize.ts), not all of them: an article's text is kilobytes; as a list of
// their values in the order GRAPH_NODE_PROPERTIES (src/traversal/traversal.repository.ts) names them,
// not a map, whose six keys Bolt would send with every node (most of them null). A
// relationship likewise: only what `id` (`key`) and `sources` (`sourceIds`, `evidence`, `confidence`)
// read, or, when the selection asks for `edges { properties }` ($withProperties), its every property in
// `rel` instead: its facts, page keys and roster records were 31 of the 80 kB of rows of 黄石's 120
// edges at depth 2. `source` rows and `reports` rows follow: a source node with the properties the operation
// reads of its label ($args.ends: label → property list, src/graph/projection.ts; the list of their values in
// that order), or, for a label it does not name, whole but its texts.
UNWIND [n IN ns | {n: n}] + [r IN rs | {r: r}] + [s IN sources | {s: s}] + [x IN reports | {reports: x}] AS item
WITH item.n AS n, item.r AS r, item.s AS s, item.reports AS reports, truncated
RETURN coalesce(n, s).id AS id, labels(coalesce(n, s)) AS labels, s IS NOT NULL AS source,
       CASE WHEN n IS NOT NULL THEN [n.name, n.title, n.nameEn, n.label, n.metric, n.value] WHEN s IS NOT NULL THEN
         CASE WHEN any(l IN labels(s) WHERE $args.ends[l] IS NOT NULL) THEN [prop IN [l IN labels(s) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | s[prop]]
              ELSE s {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} END END AS props,
       type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, CASE WHEN $withProperties = true THEN properties(r) END AS rel,
       CASE WHEN $withProperties = true THEN null ELSE r.key END AS key, CASE WHEN $withProperties = true THEN null ELSE r.sourceIds END AS sourceIds,
       CASE WHEN $withProperties = true THEN null ELSE r.evidence END AS evidence, CASE WHEN $withProperties = true THEN null ELSE r.confidence END AS confidence,
       reports, truncated
