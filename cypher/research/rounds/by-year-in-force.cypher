// Designations in force from one year (DESIGNATED_IN.year), with the round each belongs to: the
// question "who joined in 2024" answered across rounds announced in 2023 or 2024.
//
// $year: the year the designation took effect. $programme: a programme's Chinese name, English name
// or id, or null.
//
// :param year => 2024
// :param programme => null
MATCH (c:City)-[d:DESIGNATED_IN]->(p:Programme)
WHERE d.year = $year AND ($programme IS NULL OR $programme IN [p.name, p.nameEn, p.id])
OPTIONAL MATCH (r:Round {id: d.round})
RETURN p.name AS programme, r.label AS round, toInteger(r.announcedYear) AS announcedYear, r.notice AS notice,
       c.name AS city, d.confidence AS confidence, d.sourceIds AS sourceIds
ORDER BY programme, city
