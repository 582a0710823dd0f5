// Members of one programme by province and year: how many, who, and how sure the graph is.
//
// $programme: the programme's Chinese name, English name or id. $province: a province's Chinese
// name, English name or id, or null for every province. A district or county-level member counts in
// the province of its prefecture. `round` is the round as the notice counts it (the 2023 round is in
// force from 2024). `belowHigh` lists the members graded medium or low by the confidence rule (one
// independent report, or a secondary statement; see docs/graph-model.md, "Confidence");
// `articleBacked` the members a seed article also names, whatever the grade (湖北's three: article
// 002 — which the roster's address copies, so it is one report, not two).
//
// :param programme => '国家知识产权强市建设试点城市'
// :param province => null
MATCH (p:Programme)
WHERE $programme IN [p.name, p.nameEn, p.id]
MATCH (c:City)-[d:DESIGNATED_IN]->(p)
WITH p, c, d, head([(c)-[:LOCATED_IN*1..2]->(pr:Province) | pr]) AS prov,
     head(COLLECT { MATCH (r:Round {id: d.round}) RETURN r.label }) AS round
WHERE $province IS NULL OR $province IN [prov.name, prov.nameEn, prov.id]
WITH p, prov, d, c, round
ORDER BY c.name
RETURN prov.name AS province,
       toInteger(d.year) AS year,
       round,
       count(c) AS memberCount,
       collect(c.name) AS members,
       [x IN collect({n: c.name, conf: d.confidence}) WHERE x.conf IN ['medium', 'low'] | x.n] AS belowHigh,
       [x IN collect({n: c.name, art: any(id IN d.sourceIds WHERE id STARTS WITH 'article:')}) WHERE x.art | x.n] AS articleBacked
ORDER BY province, year
