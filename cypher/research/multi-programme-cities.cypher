// Cities holding two or more national IP programmes at once, and since when.
//
// A designation counts from its year. The graph records no end of membership (a `term` is the
// construction period of a round, not a revocation), so a city holds a programme from the year it was
// first designated in it. `heldSince` is the year the city came to hold $minProgrammes programmes at
// once; `programmes` lists each with the year it joined. Districts and county-level cities count on
// their own (they are designated on their own); `province` is found through LOCATED_IN.
//
// :param minProgrammes => 2
MATCH (c:City)-[d:DESIGNATED_IN]->(p:Programme)
WHERE d.year IS NOT NULL
WITH c, p, min(toInteger(d.year)) AS since
ORDER BY since, p.name
WITH c, collect({programme: p.name, since: since}) AS held
WHERE size(held) >= $minProgrammes
RETURN c.name AS city,
       c.id AS cityId,
       head([(c)-[:LOCATED_IN*1..2]->(pr:Province) | pr.name]) AS province,
       size(held) AS programmeCount,
       held[$minProgrammes - 1].since AS heldSince,
       [h IN held | h.programme + ' ' + toString(h.since)] AS programmes
ORDER BY heldSince, city
