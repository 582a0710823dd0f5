// Rounds announced in one year (the notice's year: the 2023 strong-city round was announced in
// 2024), with their round label, year in force, notice, members in this graph and coverage.
//
// $year: the year of the notice. $programme: a programme's Chinese name, English name or id, or null.
//
// :param year => 2024
// :param programme => null
MATCH (p:Programme)-[:HAS_ROUND]->(r:Round)
WHERE r.announcedYear = $year AND ($programme IS NULL OR $programme IN [p.name, p.nameEn, p.id])
RETURN p.name AS programme, r.label AS round, r.announcedOn AS announcedOn, toInteger(r.announcedYear) AS announcedYear,
       r.notice AS notice, toInteger(r.yearInForce) AS yearInForce,
       toInteger(r.knownCount) AS knownCount, toInteger(r.officialCount) AS officialCount,
       CASE WHEN r.officialCount IS NULL THEN null ELSE round(toFloat(r.knownCount) / r.officialCount, 3) END AS coverage,
       COLLECT { MATCH (c:City)-[d:DESIGNATED_IN]->(p) WHERE d.round = r.id RETURN c.name ORDER BY c.name } AS members
ORDER BY programme, round
