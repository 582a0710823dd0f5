// `npm run bench`: the programme with the most designations (at a million nodes, a synthetic share of
// about a seventh of them), whose pages the programme operations read. Not timed.
MATCH (p:Programme)
WITH p ORDER BY COUNT { (p)<-[:DESIGNATED_IN]-() } DESC, p.id LIMIT 1
RETURN {graphId: p.id} AS programme
