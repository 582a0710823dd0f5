// Query.agencies: every agency, national first.
MATCH (a:Agency)
RETURN a.id AS id, labels(a) AS labels, properties(a) AS props
ORDER BY CASE a.level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 ELSE 2 END, a.name
