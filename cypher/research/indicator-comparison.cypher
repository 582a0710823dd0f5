// One indicator across cities: each place's value of $metric in $period, highest first, with the
// source and its own words. $period: e.g. '2021', '2022-H1', or null for every period (values of
// different periods are not comparable as they stand; the period is in each row).
//
// Metric keys are dotted (patents.invention.per_10k_people, trademarks.registered.valid, ...): list
// them with  MATCH (o:Observation) RETURN DISTINCT o.metric, o.label ORDER BY o.metric
//
// :param metric => 'patents.invention.per_10k_people'
// :param period => null
MATCH (s:Source)-[rep:REPORTS]->(o:Observation {metric: $metric})-[:OBSERVED_IN]->(place)
WHERE $period IS NULL OR o.period = $period
RETURN o.period AS period,
       place.name AS place,
       o.value AS value,
       o.unit AS unit,
       o.qualifier AS qualifier,
       o.changePct AS changePct,
       s.title AS source,
       rep.evidence AS evidence
ORDER BY period, value DESC, place
