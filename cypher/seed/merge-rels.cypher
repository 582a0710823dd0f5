// Loader: upserts one batch of relationships, of any types (`row.type`, from the fixed list REL_TYPES).
// Both ends are found by the Node.id index. `key` tells apart two facts of the same type between the
// same nodes (a city designated in one programme in two rounds). One query text for every type.
UNWIND $rows AS row
MATCH (a:Node {id: row.fromId})
MATCH (b:Node {id: row.toId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props, r.key = row.key
RETURN count(r) AS written
