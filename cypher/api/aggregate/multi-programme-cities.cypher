// citiesWithSeveralProgrammes(min): cities designated in at least $min distinct programmes, with the
// year they first held $min of them (designations are counted from their year on).
MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme)
WITH c, g, min(d.year) AS firstYear
ORDER BY firstYear
WITH c, collect({programme: g.id, year: firstYear}) AS held
WHERE size(held) >= $min
RETURN c.id AS city, size(held) AS programmeCount, held[$min - 1].year AS since, [h IN held | h.programme] AS programmeIds
ORDER BY programmeCount DESC, since, c.adcode
LIMIT $limit
