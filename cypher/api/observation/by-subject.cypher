// Observations of many places at once, optionally one metric and one period: City.observations.
// $keys: [{k, subject, metric, period}]
UNWIND $keys AS key
MATCH (o:Observation)-[:OBSERVED_IN]->(s {id: key.subject})
WHERE (key.metric IS NULL OR o.metric = key.metric OR o.metric STARTS WITH key.metric + '.')
  AND (key.period IS NULL OR o.period = key.period)
RETURN key.k AS k, o.id AS id, labels(o) AS labels, properties(o) AS props
ORDER BY k, o.metric, o.period, o.id
