// Query.rounds: rounds of the programmes, filtered by programme, round label (as the notice counts
// it), year of announcement and year in force. Ordered by programme, then year in force.
// $args.programme, $args.label, $args.announcedYear, $args.yearInForce: each null for any.
MATCH (p:Programme)-[:HAS_ROUND]->(r:Round)
WHERE ($args.programme IS NULL OR p.id = $args.programme)
  AND ($args.label IS NULL OR r.label = $args.label)
  AND ($args.announcedYear IS NULL OR r.announcedYear = $args.announcedYear)
  AND ($args.yearInForce IS NULL OR r.yearInForce = $args.yearInForce)
RETURN r.id AS id, labels(r) AS labels, properties(r) AS props
ORDER BY p.name, r.yearInForce, r.label
