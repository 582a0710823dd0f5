// `npm run bench`: one real (seed) node of each kind the API exposes, the first by id (an ordered seek
// on each label's id constraint), for the `nodes` operation (a lookup by id of every kind). Kinds the
// graph holds none of are left out. Not timed.
CALL () {
  MATCH (n:Province) WHERE n.synthetic IS NULL RETURN 'Province' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:City) WHERE n.synthetic IS NULL RETURN 'City' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Agency) WHERE n.synthetic IS NULL RETURN 'Agency' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Programme) WHERE n.synthetic IS NULL RETURN 'Programme' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Round) WHERE n.synthetic IS NULL RETURN 'Round' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:AssessmentEvent) WHERE n.synthetic IS NULL RETURN 'AssessmentEvent' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Observation) WHERE n.synthetic IS NULL RETURN 'Observation' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Organisation) WHERE n.synthetic IS NULL RETURN 'Organisation' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Person) WHERE n.synthetic IS NULL RETURN 'Person' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Event) WHERE n.synthetic IS NULL RETURN 'Event' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:Article) WHERE n.synthetic IS NULL RETURN 'Article' AS label, n.id AS id ORDER BY n.id LIMIT 1
  UNION ALL
  MATCH (n:ReferenceList) WHERE n.synthetic IS NULL RETURN 'ReferenceList' AS label, n.id AS id ORDER BY n.id LIMIT 1
}
RETURN collect({label: label, graphId: id}) AS nodes
