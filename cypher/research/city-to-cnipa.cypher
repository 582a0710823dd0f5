// The paths from a city to CNIPA (国家知识产权局) through its designations and assessments, with the
// sources that state each step.
//
// Three routes: designated in a programme that CNIPA administers; assessed in an assessment CNIPA
// organised, entrusted or announced; assessed for a programme CNIPA administers. $city: the city's
// Chinese name, English name, alias or id. `path` is the path itself (Neo4j Browser draws it).
//
// :param city => '遂宁市'
MATCH (c:City)
WHERE $city IN [c.name, c.nameEn, c.id] OR $city IN c.aliases
MATCH (cnipa:Agency {id: 'agency:cnipa'})
CALL (c, cnipa) {
  MATCH path = (c)-[:DESIGNATED_IN]->(:Programme)-[:ADMINISTERED_BY]->(cnipa)
  RETURN 'designation' AS route, path
  UNION
  MATCH path = (c)<-[:ASSESSES]-(:AssessmentEvent)-[:ASSESSED_BY]->(cnipa)
  RETURN 'assessment' AS route, path
  UNION
  MATCH path = (c)<-[:ASSESSES]-(:AssessmentEvent)-[:FOR_PROGRAMME]->(:Programme)-[:ADMINISTERED_BY]->(cnipa)
  RETURN 'assessment for a programme' AS route, path
}
WITH c, route, path, nodes(path) AS ns, relationships(path) AS rs
RETURN c.name AS city,
       route,
       reduce(s = ns[0].name, i IN range(0, size(rs) - 1) |
         s + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> ' ELSE ' <-[' + type(rs[i]) + ']- ' END
           + coalesce(ns[i + 1].name, ns[i + 1].nameEn)) AS steps,
       reduce(ids = [], r IN rs | ids + [x IN coalesce(r.sourceIds, []) WHERE NOT x IN ids]) AS sourceIds,
       path
ORDER BY route, steps
