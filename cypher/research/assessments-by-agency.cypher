// Assessments by agency: what each agency organised, entrusted, carried out or announced, with the
// outcome and rank (rank of outOf where the source gives both; rankScope says among what otherwise).
//
// $agency: an agency's Chinese name, English name, alias (e.g. 'SIPO') or id, or null for every
// agency. Assessments whose source names no agency are not listed here (they are in the graph).
//
// :param agency => null
MATCH (e:AssessmentEvent)-[r:ASSESSED_BY]->(a:Agency)
WHERE $agency IS NULL OR $agency IN [a.name, a.nameEn, a.id] OR $agency IN a.aliases
CALL (e) {
  MATCH (e)-[:ASSESSES]->(s)
  WITH s ORDER BY s.name
  RETURN collect(s.name) AS subjects
}
OPTIONAL MATCH (e)-[:FOR_PROGRAMME]->(p:Programme)
RETURN a.name AS agency,
       r.role AS role,
       e.nameEn AS assessment,
       e.kind AS kind,
       toInteger(e.year) AS year,
       e.date AS date,
       subjects,
       e.outcome AS outcome,
       toInteger(e.rank) AS rank,
       toInteger(e.outOf) AS outOf,
       e.rankScope AS rankScope,
       p.name AS programme,
       r.sourceIds AS sourceIds
ORDER BY agency, year, assessment, role
