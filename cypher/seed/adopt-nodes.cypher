// Loader: a node a loader before version 2 wrote has its kind label but not :Node; give it :Node, so
// merge-nodes (which finds nodes by Node.id) updates it instead of creating a second one.
MATCH (n)
WHERE NOT n:Node AND n.id IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels)
SET n:Node
RETURN count(n) AS adopted
