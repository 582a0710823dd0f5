// Rounds by the round as the notice counts it (the strong-city and strong-county lists announced in
// January 2024 are round 2023): programme, announcement, notice, term, members and coverage.
//
// $round: the round label ('2023', '1'). $programme: a programme's Chinese name, English name or id,
// or null for every programme. `coverage` is knownCount ÷ officialCount (null where the notice's
// size is not known); `members` are the members in this graph, not the whole list unless complete.
//
// :param round => '2023'
// :param programme => null
MATCH (p:Programme)-[:HAS_ROUND]->(r:Round)
WHERE r.label = $round AND ($programme IS NULL OR $programme IN [p.name, p.nameEn, p.id])
RETURN p.name AS programme, r.label AS round, r.announcedOn AS announcedOn, toInteger(r.announcedYear) AS announcedYear,
       r.notice AS notice, toInteger(r.yearInForce) AS yearInForce, r.termStart AS termStart, r.termEnd AS termEnd,
       toInteger(r.knownCount) AS knownCount, toInteger(r.officialCount) AS officialCount,
       CASE WHEN r.officialCount IS NULL THEN null ELSE round(toFloat(r.knownCount) / r.officialCount, 3) END AS coverage,
       COLLECT { MATCH (c:City)-[d:DESIGNATED_IN]->(p) WHERE d.round = r.id RETURN c.name ORDER BY c.name } AS members,
       r.sourceIds AS sourceIds
ORDER BY programme
