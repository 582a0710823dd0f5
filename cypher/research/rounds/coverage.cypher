// Coverage of every round: members in this graph against the members the notice names. A partial
// list says it is partial: `complete` is true only when the official size is known and reached.
//
// $programme: a programme's Chinese name, English name or id, or null for every programme.
//
// :param programme => null
MATCH (p:Programme)-[:HAS_ROUND]->(r:Round)
WHERE $programme IS NULL OR $programme IN [p.name, p.nameEn, p.id]
RETURN p.name AS programme, r.label AS round, toInteger(r.announcedYear) AS announcedYear, toInteger(r.yearInForce) AS yearInForce,
       r.notice AS notice, toInteger(r.knownCount) AS knownCount, toInteger(r.officialCount) AS officialCount,
       CASE WHEN r.officialCount IS NULL THEN null ELSE round(toFloat(r.knownCount) / r.officialCount, 3) END AS coverage,
       r.officialCount IS NOT NULL AND r.knownCount >= r.officialCount AS complete
ORDER BY programme, yearInForce, round
