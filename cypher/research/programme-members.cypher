// Members of one programme by province and year: how many, who, and how sure the roster is.
//
// $programme: the programme's Chinese name, English name or id. $province: a province's Chinese
// name, English name or id, or null for every province. A district or county-level member counts in
// the province of its prefecture. `lowConfidence` lists members backed only by medium- or
// low-confidence roster rows (see the provenance/ queries).
//
// :param programme => '国家知识产权强市建设试点城市'
// :param province => null
MATCH (p:Programme)
WHERE $programme IN [p.name, p.nameEn, p.id]
MATCH (c:City)-[d:DESIGNATED_IN]->(p)
WITH p, c, d, head([(c)-[:LOCATED_IN*1..2]->(pr:Province) | pr]) AS prov
WHERE $province IS NULL OR $province IN [prov.name, prov.nameEn, prov.id]
WITH p, prov, d, c
ORDER BY c.name
RETURN prov.name AS province,
       toInteger(d.year) AS year,
       count(c) AS memberCount,
       collect(c.name) AS members,
       [x IN collect({n: c.name, conf: d.confidence}) WHERE x.conf IN ['medium', 'low'] | x.n] AS lowConfidence
ORDER BY province, year
