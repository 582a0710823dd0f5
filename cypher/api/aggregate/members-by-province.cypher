// programmeMembersByProvince(programme, year): how many cities of each province hold the programme,
// by designation year. Researchers' "members per programme by province and year".
MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme {id: $args.programme})
WHERE $args.year IS NULL OR d.year = $args.year
MATCH (c)-[:LOCATED_IN*1..2]->(p:Province)
WITH p, d.year AS year, collect(DISTINCT c) AS cities
RETURN p.id AS province, year, size(cities) AS count, [c IN cities | c.id] AS cityIds
ORDER BY year, count DESC, p.adcode
