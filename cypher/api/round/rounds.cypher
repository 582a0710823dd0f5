// Query.rounds: rounds of the programmes, filtered by programme, round label (as the notice counts
// it), year of announcement and year in force. Ordered by programme, then year in force.
// $programme, $label, $announcedYear, $yearInForce: each null for any.
MATCH (p:Programme)-[:HAS_ROUND]->(r:Round)
WHERE ($programme IS NULL OR p.id = $programme)
  AND ($label IS NULL OR r.label = $label)
  AND ($announcedYear IS NULL OR r.announcedYear = $announcedYear)
  AND ($yearInForce IS NULL OR r.yearInForce = $yearInForce)
RETURN r.id AS id, labels(r) AS labels, properties(r) AS props
ORDER BY p.name, r.yearInForce, r.label
