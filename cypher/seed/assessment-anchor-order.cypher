// Loader, after the relationships and `assessmentOrder`: gives every (:AssessmentEvent)-[:ASSESSED_BY]->(:Agency)
// its `agencyOrder` key and every (:AssessmentEvent)-[:FOR_PROGRAMME]->(:Programme) its `programmeOrder`
// key, '<agency or programme id>|<the event's assessmentOrder>' (e.g. `agency:cnipa|2021-01-01|assessment:…`):
// the stored sort keys that the relationship indexes assessed_by_agency_order and
// for_programme_programme_order serve, so an agency's or a programme's page of assessments is a range seek
// in the page's order (cypher/api/assessment/assessments-page.cypher), not a sort of all its events.
CALL () {
  MATCH (a:AssessmentEvent)-[r:ASSESSED_BY]->(ag:Agency)
  SET r.agencyOrder = ag.id + '|' + a.assessmentOrder
  RETURN count(r) AS byAgency
}
CALL () {
  MATCH (a:AssessmentEvent)-[r:FOR_PROGRAMME]->(p:Programme)
  SET r.programmeOrder = p.id + '|' + a.assessmentOrder
  RETURN count(r) AS byProgramme
}
RETURN byAgency, byProgramme
