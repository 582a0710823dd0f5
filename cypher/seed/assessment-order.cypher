// Loader, after the nodes: gives every assessment event its `assessmentOrder` key,
// '<date or 1 January of its year>|<id>' (e.g. `2021-01-01|assessment:…`), the stored sort key that the
// assessment_order index serves, so an unanchored Query.assessments page is an index seek in the API's
// order (date, then id; cypher/api/assessment/assessments-page.cypher) instead of a sort of every event.
MATCH (a:AssessmentEvent)
SET a.assessmentOrder = toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) + '|' + a.id
RETURN count(a) AS keyed
