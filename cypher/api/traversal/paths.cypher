// paths(from, to, maxHops, relationshipTypes, first): the shortest paths between two nodes (at most
// 6 hops; $maxHops, checked by the resolver, narrows it), every edge with its properties.
// Paths of one and two hops are matched as fixed patterns first, from `from`'s side, the last hop an
// Expand(Into) onto `to`: a breadth-first shortest-path search expands every neighbour of the hubs on
// the way (a province's 15,000 cities, a programme's 100,000 designations), which at a million nodes
// ran past the 128 MiB transaction memory cap even when the answer is two hops long. Only when neither
// finds a path does the general ALL SHORTEST search run. Same answer: every path of the shortest length.
// $withSources (the selection asks for `edges { sources }`, src/traversal/traversal.repository.ts): the
// nodes and REPORTS those sources are read from come in this query too, as in neighbourhood.cypher.
MATCH (a:Node {id: $args.from})
MATCH (b:Node {id: $args.to})
OPTIONAL MATCH p1 = (a)-[r1]-(b)
WHERE $args.types IS NULL OR type(r1) IN $args.types
WITH a, b, collect(p1) AS ones
CALL (a, b, ones) {
  WITH a, b WHERE size(ones) = 0 AND $maxHops >= 2
  MATCH (a)-[r1]-(m)
  WHERE $args.types IS NULL OR type(r1) IN $args.types
  CALL (a, b, r1, m) {
    MATCH p2 = (a)-[r1]-(m)-[r2]-(b)
    WHERE $args.types IS NULL OR type(r2) IN $args.types
    RETURN p2
  }
  RETURN collect(p2) AS twos
}
CALL (a, b, ones, twos) {
  UNWIND ones + twos AS p
  RETURN p
  UNION
  WITH a, b WHERE size(ones) = 0 AND size(twos) = 0
  MATCH p = ALL SHORTEST (a)(()-[r WHERE $args.types IS NULL OR type(r) IN $args.types]-()){1,6}(b)
  WHERE length(p) <= $maxHops
  RETURN p
}
WITH p
LIMIT $first
WITH collect(p) AS ps
CALL (ps) {
  UNWIND CASE WHEN $withSources = true THEN ps ELSE [] END AS p
  UNWIND relationships(p) AS r
  RETURN collect(DISTINCT r) AS rs
}
// What the edges' sources are read from, as neighbourhood.cypher reads it: every node an edge names in
// `sourceIds` and the node at the start of every REPORTS or MENTIONS edge (`sources`, each once), and for
// the node at the end of each, its REPORTS in edges/by-node.cypher's order (`reports`).
CALL (rs) {
  CALL (rs) {
    UNWIND rs AS r
    UNWIND coalesce(r.sourceIds, []) AS sourceId
    MATCH (s:Node {id: sourceId})
    RETURN s
    UNION
    UNWIND rs AS r
    WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
    RETURN startNode(r) AS s
    UNION
    UNWIND rs AS r
    WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
    WITH endNode(r) AS f
    MATCH (f)<-[:REPORTS]-(s)
    RETURN s
  }
  RETURN collect(s) AS sources
}
CALL (rs) {
  UNWIND rs AS r
  WITH r WHERE type(r) IN ['REPORTS', 'MENTIONS']
  WITH DISTINCT endNode(r) AS f
  CALL (f) {
    OPTIONAL MATCH (f)<-[q:REPORTS]-(b)
    WITH q, b ORDER BY coalesce(q.year, 0), coalesce(b.name, b.title, b.id), b.id
    RETURN collect(CASE WHEN q IS NOT NULL THEN {type: type(q), rel: properties(q), otherId: b.id, otherLabels: labels(b)} END) AS edges
  }
  RETURN collect({of: f.id, edges: edges}) AS reports
}
// One row per path, then one per source node and one per fact node's REPORTS.
// A node is returned with only the properties a GraphNode shows (its display name and nameEn, see
// displayName in src/graph/materialize.ts), not all of them: an article's text is kilobytes; as a list of
// their values in the order GRAPH_NODE_PROPERTIES (src/traversal/traversal.repository.ts) names them,
// not a map, whose six keys Bolt would send with every node (most of them null). A
// relationship with only what `id` and `sources` read unless `edges { properties }` is selected
// ($withProperties), as in neighbourhood.cypher. A source node with the properties the operation reads of
// its label ($args.ends: label → property list, src/graph/projection.ts; the list of their values in that
// order), or, for a label it does not name, whole but its texts.
UNWIND [p IN ps | {path: {nodes: [n IN nodes(p) | {id: n.id, labels: labels(n), props: [n.name, n.title, n.nameEn, n.label, n.metric, n.value]}],
                          edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: CASE WHEN $withProperties = true THEN properties(r) ELSE r {.sourceIds, .evidence, .confidence, .key} END}]}}]
     + [s IN sources | {source: {id: s.id, labels: labels(s), props: CASE WHEN any(l IN labels(s) WHERE $args.ends[l] IS NOT NULL) THEN [prop IN [l IN labels(s) WHERE $args.ends[l] IS NOT NULL | $args.ends[l]][0] | s[prop]]
                                                      ELSE s {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null} END}}]
     + [x IN reports | {reports: x}] AS item
RETURN item.path.nodes AS nodes, item.path.edges AS edges, item.source AS source, item.reports AS reports
