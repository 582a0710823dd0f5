// Assessment events filtered by city, agency (and its role), programme, kind and date range; ordered by
// date (or year) then id; keyset-paged (top `limit` after the cursor, never the whole set). Serves
// City.assessments, Agency.assessments, Programme.assessments and Query.assessments. The events are
// reached from the city (the cost is that city's assessments), else the agency, else the programme when
// one is given: a range seek on the relationship's stored key `agencyOrder` / `programmeOrder`
// ('<agency or programme id>|<assessmentOrder>'; indexes assessed_by_agency_order,
// for_programme_programme_order) from the cursor, stopped after $limit matches. An unanchored Query.assessments page is a seek on the stored
// sort key `assessmentOrder` ('<s>|<id>', s the date or 1 January of the year: the cursor's (s, id) as
// one string, so the index order is the page order; index assessment_order), read in index order from
// the cursor and stopped after $limit matches, so its cost is the page's, not the number of events.
// $batch.forward / $batch.backward: [{k, city, agency, role, programme, kind, from, to, after, before}] (from/to: 'YYYY-MM-DD'); $limit: page size + 1.
UNWIND $batch.forward AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.city IS NOT NULL
    MATCH (:City {id: key.city})<-[:ASSESSES]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    // Anchored on an agency (and no city): a range seek on the relationship's `agencyOrder`
    // ('<agency id>|<assessmentOrder>') within the agency's prefix ('}' sorts right after '|'), from the
    // cursor, in index order. Otherwise the range is empty ('~' sorts after every key of this prefix).
    MATCH (a:AssessmentEvent)-[r:ASSESSED_BY]->()
    WHERE r.agencyOrder > CASE WHEN key.city IS NULL AND key.agency IS NOT NULL THEN key.agency + '|' + coalesce(key.after.s + '|' + key.after.id, '') ELSE '~' END
      AND r.agencyOrder < coalesce(key.agency, '') + '}'
      AND (key.role IS NULL OR r.role = key.role)
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    // An event the agency played two roles in has two relationships with the same key: one row each.
    WITH DISTINCT r.agencyOrder AS o, a
    WITH a ORDER BY o ASC LIMIT $limit
    RETURN a
    UNION
    // Anchored on a programme (and no city or agency): the same seek on FOR_PROGRAMME's `programmeOrder`.
    MATCH (a:AssessmentEvent)-[r:FOR_PROGRAMME]->()
    WHERE r.programmeOrder > CASE WHEN key.city IS NULL AND key.agency IS NULL AND key.programme IS NOT NULL THEN key.programme + '|' + coalesce(key.after.s + '|' + key.after.id, '') ELSE '~' END
      AND r.programmeOrder < coalesce(key.programme, '') + '}'
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    WITH DISTINCT r.programmeOrder AS o, a
    WITH a ORDER BY o ASC LIMIT $limit
    RETURN a
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
UNWIND $batch.backward AS key
CALL (key) {
  CALL (key) {
    WITH key WHERE key.city IS NOT NULL
    MATCH (:City {id: key.city})<-[:ASSESSES]-(a:AssessmentEvent) RETURN DISTINCT a
    UNION
    // Anchored on an agency: the seek backwards from the cursor within the agency's prefix (else empty).
    MATCH (a:AssessmentEvent)-[r:ASSESSED_BY]->()
    WHERE r.agencyOrder < CASE WHEN key.city IS NULL AND key.agency IS NOT NULL THEN key.agency + '|' + coalesce(key.before.s + '|' + key.before.id, '~') ELSE '' END
      AND r.agencyOrder > coalesce(key.agency, '') + '|'
      AND (key.role IS NULL OR r.role = key.role)
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    WITH DISTINCT r.agencyOrder AS o, a
    WITH a ORDER BY o DESC LIMIT $limit
    RETURN a
    UNION
    // Anchored on a programme: likewise on `programmeOrder`.
    MATCH (a:AssessmentEvent)-[r:FOR_PROGRAMME]->()
    WHERE r.programmeOrder < CASE WHEN key.city IS NULL AND key.agency IS NULL AND key.programme IS NOT NULL THEN key.programme + '|' + coalesce(key.before.s + '|' + key.before.id, '~') ELSE '' END
      AND r.programmeOrder > coalesce(key.programme, '') + '|'
      AND (key.kind IS NULL OR a.kind = key.kind)
      AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
      AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
    WITH DISTINCT r.programmeOrder AS o, a
    WITH a ORDER BY o DESC LIMIT $limit
    RETURN a
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
