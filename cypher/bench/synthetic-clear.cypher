// `npm run bench:data -- --clear`: deletes up to $limit synthetic nodes of one kind (and their
// relationships), found by the id prefix only synthetic data uses (an index seek on the id constraint).
// The caller repeats it until it deletes nothing. The seed is untouched: no real id has these prefixes.
CALL () {
  MATCH (n:City) WHERE $kind = 'City' AND n.id STARTS WITH 'city:9' AND n.synthetic RETURN n
  UNION ALL MATCH (n:Observation) WHERE $kind = 'Observation' AND n.id STARTS WITH 'observation:syn:' RETURN n
  UNION ALL MATCH (n:AssessmentEvent) WHERE $kind = 'AssessmentEvent' AND n.id STARTS WITH 'assessment:syn-' RETURN n
  UNION ALL MATCH (n:Article) WHERE $kind = 'Article' AND n.id STARTS WITH 'article:syn-' RETURN n
}
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
