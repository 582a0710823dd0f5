// Query.provinces: provincial-level divisions ordered by adcode, keyset-paged.
// Params: first, last, after {s, id}, before {s, id} (see src/graph/pagination.ts).
MATCH (p:Province)
WITH p, p.adcode AS s
ORDER BY s, p.id
WITH collect({s: s, id: p.id, node: p}) AS matched
WITH matched, [x IN matched WHERE ($after IS NULL OR x.s > $after.s OR (x.s = $after.s AND x.id > $after.id))
                      AND ($before IS NULL OR x.s < $before.s OR (x.s = $before.s AND x.id < $before.id))] AS window
RETURN size(matched) AS total,
       [x IN CASE WHEN $last IS NULL THEN window[0..$first + 1] ELSE window[-($last + 1)..] END
        | {s: x.s, id: x.id, labels: labels(x.node), props: properties(x.node)}] AS page
