// Provenance audit: sources that contradict each other. Three checks, one row per disagreement:
//
//   designation year   the same place in the same programme with different years from sources that
//                      share none (a re-designation looks the same: check the notes);
//   indicator value    the same place, metric and period with different values from different sources;
//   assessed before    an assessment for a programme dated before the year another source gives for
//                      the place's designation in it;
//   member count       a source states how many members a programme has (Huzhou's article: "one of
//                      the 25 national intellectual property demonstration cities", 2014) and the
//                      official sizes of the programme's rounds in force by then add up to another
//                      number (41: rounds 1 and 2). The loader flags these (STATES_COUNT.contradicts).
//
// `claimA`/`claimB` say what each side states; `sourcesA`/`sourcesB` who states it.
CALL () {
  MATCH (c:City)-[d1:DESIGNATED_IN]->(p:Programme)<-[d2:DESIGNATED_IN]-(c)
  WHERE elementId(d1) < elementId(d2) AND d1.year <> d2.year
    AND none(x IN d1.sourceIds WHERE x IN d2.sourceIds)
  RETURN 'designation year' AS check, c.name + ' / ' + p.name AS subject,
         'designated ' + toString(toInteger(d1.year)) AS claimA, d1.sourceIds AS sourcesA,
         'designated ' + toString(toInteger(d2.year)) AS claimB, d2.sourceIds AS sourcesB
  UNION ALL
  MATCH (s1:Source)-[:REPORTS]->(o1:Observation)-[:OBSERVED_IN]->(place)<-[:OBSERVED_IN]-(o2:Observation)<-[:REPORTS]-(s2:Source)
  WHERE elementId(o1) < elementId(o2) AND o1.metric = o2.metric AND o1.period = o2.period
    AND o1.value <> o2.value AND s1 <> s2
  RETURN 'indicator value' AS check, place.name + ' / ' + o1.metric + ' / ' + o1.period AS subject,
         toString(o1.value) + ' ' + o1.unit AS claimA, [s1.id] AS sourcesA,
         toString(o2.value) + ' ' + o2.unit AS claimB, [s2.id] AS sourcesB
  UNION ALL
  MATCH (e:AssessmentEvent)-[:ASSESSES]->(c:City)-[d:DESIGNATED_IN]->(p:Programme)<-[:FOR_PROGRAMME]-(e)
  WHERE toInteger(e.year) < toInteger(d.year)
    AND NOT EXISTS {
      MATCH (c)-[d0:DESIGNATED_IN]->(p) WHERE toInteger(d0.year) <= toInteger(e.year)
    }
  RETURN 'assessed before' AS check, c.name + ' / ' + p.name AS subject,
         'assessed ' + toString(toInteger(e.year)) AS claimA, [(s:Source)-[:REPORTS]->(e) | s.id] AS sourcesA,
         'designated ' + toString(toInteger(d.year)) AS claimB, d.sourceIds AS sourcesB
  UNION ALL
  MATCH (s:Source)-[f:STATES_COUNT]->(p:Programme)-[:HAS_ROUND]->(r:Round)
  WHERE r.yearInForce <= f.asOfYear
  WITH s, f, p, r ORDER BY r.yearInForce, r.label
  WITH s, f, p, collect(r) AS rounds
  WITH s, f, p, rounds,
       CASE WHEN all(r IN rounds WHERE r.officialCount IS NOT NULL) THEN reduce(n = 0, r IN rounds | n + r.officialCount) END AS official
  WHERE official IS NOT NULL AND official <> f.statedCount
  RETURN 'member count' AS check, p.name + ' / by ' + toString(toInteger(f.asOfYear)) AS subject,
         toString(toInteger(f.statedCount)) + ' members' AS claimA, [s.id] AS sourcesA,
         toString(official) + ' members (rounds ' + reduce(t = '', r IN rounds | t + CASE WHEN t = '' THEN '' ELSE ', ' END + r.label + ': ' + toString(toInteger(r.officialCount))) + ')' AS claimB,
         reduce(ids = [], r IN rounds | ids + [x IN r.sourceIds WHERE NOT x IN ids]) AS sourcesB
}
RETURN check, subject, claimA, sourcesA, claimB, sourcesB
ORDER BY check, subject
