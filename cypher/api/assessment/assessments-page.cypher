// Assessment events filtered by city, agency (and its role), programme, kind and date range; ordered by
// date (or year) then id; keyset-paged (top `limit` after the cursor, never the whole set). Serves
// City.assessments, Agency.assessments, Programme.assessments and Query.assessments. The events are
// reached from the city, else the agency, else the programme when one is given (the cost is that
// node's assessments, not the graph's). An unanchored Query.assessments page is a seek on the stored
// sort key `assessmentOrder` ('<s>|<id>', s the date or 1 January of the year: the cursor's (s, id) as
// one string, so the index order is the page order; index assessment_order), read in index order from
// the cursor and stopped after $limit matches, so its cost is the page's, not the number of events.
// $forward / $backward: [{k, city, agency, role, programme, kind, from, to, after, before}] (from/to: 'YYYY-MM-DD'); $limit: page size + 1.
UNWIND $forward AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.city IS NOT NULL
    MATCH (:City {id: key.city})<-[:ASSESSES]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    WITH key WHERE key.city IS NULL AND key.agency IS NOT NULL
    MATCH (:Agency {id: key.agency})<-[:ASSESSED_BY]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    WITH key WHERE key.city IS NULL AND key.agency IS NULL AND key.programme IS NOT NULL
    MATCH (:Programme {id: key.programme})<-[:FOR_PROGRAMME]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    MATCH (a:AssessmentEvent)
    // Only when no city, agency or programme anchors the page: otherwise the range is empty ('~' sorts
    // after every key, whose first character is a digit). A gate before the MATCH would cost the index
    // order (the planner then sorts every event).
    WHERE a.assessmentOrder > CASE WHEN key.city IS NULL AND key.agency IS NULL AND key.programme IS NULL THEN coalesce(key.after.s + '|' + key.after.id, '') ELSE '~' END
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    WITH a ORDER BY a.assessmentOrder ASC LIMIT $limit
    RETURN a
  }
  WITH key, a
  WHERE (key.city IS NULL OR EXISTS { (a)-[:ASSESSES]->(:City {id: key.city}) })
    AND (key.agency IS NULL OR EXISTS { MATCH (a)-[r:ASSESSED_BY]->(:Agency {id: key.agency}) WHERE key.role IS NULL OR r.role = key.role })
    AND (key.programme IS NULL OR EXISTS { (a)-[:FOR_PROGRAMME]->(:Programme {id: key.programme}) })
    AND (key.kind IS NULL OR a.kind = key.kind)
    AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
    AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
  WITH key, a, toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) AS s, a.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH a, s ORDER BY s ASC, a.id ASC LIMIT $limit
  RETURN a, s
}
RETURN key.k AS k, s, a.id AS id, labels(a) AS labels, properties(a) AS props
UNION ALL
UNWIND $backward AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.city IS NOT NULL
    MATCH (:City {id: key.city})<-[:ASSESSES]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    WITH key WHERE key.city IS NULL AND key.agency IS NOT NULL
    MATCH (:Agency {id: key.agency})<-[:ASSESSED_BY]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    WITH key WHERE key.city IS NULL AND key.agency IS NULL AND key.programme IS NOT NULL
    MATCH (:Programme {id: key.programme})<-[:FOR_PROGRAMME]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    MATCH (a:AssessmentEvent)
    // Only when unanchored (else the range is empty: nothing sorts before '').
    WHERE a.assessmentOrder < CASE WHEN key.city IS NULL AND key.agency IS NULL AND key.programme IS NULL THEN coalesce(key.before.s + '|' + key.before.id, '~') ELSE '' END
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    WITH a ORDER BY a.assessmentOrder DESC LIMIT $limit
    RETURN a
  }
  WITH key, a
  WHERE (key.city IS NULL OR EXISTS { (a)-[:ASSESSES]->(:City {id: key.city}) })
    AND (key.agency IS NULL OR EXISTS { MATCH (a)-[r:ASSESSED_BY]->(:Agency {id: key.agency}) WHERE key.role IS NULL OR r.role = key.role })
    AND (key.programme IS NULL OR EXISTS { (a)-[:FOR_PROGRAMME]->(:Programme {id: key.programme}) })
    AND (key.kind IS NULL OR a.kind = key.kind)
    AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
    AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
  WITH key, a, toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) AS s, a.id AS id
  WHERE (key.after IS NULL OR s > key.after.s OR (s = key.after.s AND id > key.after.id))
    AND (key.before IS NULL OR s < key.before.s OR (s = key.before.s AND id < key.before.id))
  WITH a, s ORDER BY s DESC, a.id DESC LIMIT $limit
  RETURN a, s
}
RETURN key.k AS k, s, a.id AS id, labels(a) AS labels, properties(a) AS props
