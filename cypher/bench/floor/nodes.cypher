// Benchmark floor for `nodes(ids: [one of each kind]) { label graphId }`: one seek per id on the shared
// :Node label's id constraint, in the order asked, shaped as the API's JSON (`data.nodes`). The label is
// the node's kind among $kinds (an Article is also a Source and every node a Node).
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Node {id: $ids[i]})
WITH i, n ORDER BY i
RETURN collect({label: head([l IN labels(n) WHERE l IN $kinds]), graphId: n.id}) AS nodes
