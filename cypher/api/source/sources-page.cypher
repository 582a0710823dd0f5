// Query.sources: articles and reference lists, articles first (by date), keyset-paged.
// $kind: 'Article', 'ReferenceList' or null.
MATCH (s:Source)
WHERE $kind IS NULL OR $kind IN labels(s)
WITH s, (CASE WHEN s:Article THEN '0|' + toString(s.publishedAt) ELSE '1|' + coalesce(s.title, '') END) AS k
ORDER BY k, s.id
WITH collect({s: k, id: s.id, node: s}) AS matched
WITH matched, [x IN matched WHERE ($after IS NULL OR x.s > $after.s OR (x.s = $after.s AND x.id > $after.id))
                      AND ($before IS NULL OR x.s < $before.s OR (x.s = $before.s AND x.id < $before.id))] AS window
RETURN size(matched) AS total,
       [x IN CASE WHEN $last IS NULL THEN window[0..$first + 1] ELSE window[-($last + 1)..] END
        | {s: x.s, id: x.id, labels: labels(x.node), props: properties(x.node)}] AS page
