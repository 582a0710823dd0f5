// Assessment events filtered by city, agency (and its role), programme, kind and date range; ordered by
// date (or year) then id; keyset-paged. Serves City.assessments, Agency.assessments,
// Programme.assessments and Query.assessments.
// $keys: [{k, city, agency, role, programme, kind, from, to, first, last, after, before}] (from/to: 'YYYY-MM-DD')
UNWIND $keys AS key
CALL (key) {
  MATCH (a:AssessmentEvent)
  WHERE (key.city IS NULL OR EXISTS { (a)-[:ASSESSES]->(:City {id: key.city}) })
    AND (key.agency IS NULL OR EXISTS { MATCH (a)-[r:ASSESSED_BY]->(:Agency {id: key.agency}) WHERE key.role IS NULL OR r.role = key.role })
    AND (key.programme IS NULL OR EXISTS { (a)-[:FOR_PROGRAMME]->(:Programme {id: key.programme}) })
    AND (key.kind IS NULL OR a.kind = key.kind)
    AND (key.from IS NULL OR coalesce(a.date, date({year: a.year, month: 12, day: 31})) >= date(key.from))
    AND (key.to IS NULL OR coalesce(a.date, date({year: a.year, month: 1, day: 1})) <= date(key.to))
  WITH a, toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) AS s
  ORDER BY s, a.id
  WITH collect({s: s, id: a.id, node: a}) AS matched
  WITH matched, [x IN matched WHERE (key.after IS NULL OR x.s > key.after.s OR (x.s = key.after.s AND x.id > key.after.id))
                        AND (key.before IS NULL OR x.s < key.before.s OR (x.s = key.before.s AND x.id < key.before.id))] AS window
  RETURN size(matched) AS total,
         [x IN CASE WHEN key.last IS NULL THEN window[0..key.first + 1] ELSE window[-(key.last + 1)..] END
          | {s: x.s, id: x.id, labels: labels(x.node), props: properties(x.node)}] AS page
}
RETURN key.k AS k, total, page
