// Observations of many places at once, optionally one metric and one period: City.observations.
// $keys: [{k, subject, metric, period}]. The subject is found by its id (one seek on :Node), then its
// OBSERVED_IN relationships are followed: the cost is that place's observations, not the graph's.
UNWIND $keys AS key
MATCH (s:Node {id: key.subject})<-[:OBSERVED_IN]-(o:Observation)
WHERE (key.metric IS NULL OR o.metric = key.metric OR o.metric STARTS WITH key.metric + '.')
  AND (key.period IS NULL OR o.period = key.period)
RETURN key.k AS k, o.id AS id, labels(o) AS labels, properties(o) AS props
ORDER BY k, o.metric, o.period, o.id
