// Observations of many places at once, optionally one metric and one period: City.observations.
// $batch.keys: [{k, subject, metric, period, props}]; `props`: the properties the operation reads of an
// observation (src/graph/projection.ts), returned as the list of their values in that order (absent: all). The subject is found by its id (one seek on :Node), then its
// OBSERVED_IN relationships are followed: the cost is that place's observations, not the graph's.
// Each observation comes with the REPORTS that source it (as edges/by-node.cypher returns them for
// (observation, REPORTS, IN), in its order), so its `sources` cost no further round trip.
UNWIND $batch.keys AS key
MATCH (s:Node {id: key.subject})<-[:OBSERVED_IN]-(o:Observation)
WHERE (key.metric IS NULL OR o.metric = key.metric OR o.metric STARTS WITH key.metric + '.')
  AND (key.period IS NULL OR o.period = key.period)
CALL (o) {
  OPTIONAL MATCH (o)<-[r:REPORTS]-(src)
  WITH r, src ORDER BY coalesce(r.year, 0), coalesce(src.name, src.title, src.id), src.id
  RETURN collect(CASE WHEN r IS NOT NULL THEN {type: type(r), rel: properties(r), otherId: src.id, otherLabels: labels(src), other: src {.*, searchText: null, text: null, rawText: null, boilerplate: null, pageMeta: null}} END) AS reports
}
RETURN key.k AS k, o.id AS id, labels(o) AS labels, CASE WHEN key.props IS NULL THEN properties(o) ELSE [prop IN key.props | o[prop]] END AS props, reports
ORDER BY k, o.metric, o.period, o.id
