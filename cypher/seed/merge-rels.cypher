// Loader: upserts one batch of relationships of one type between two labels. Placeholders come from
// the fixed lists NODE_LABELS and REL_TYPES. `key` tells apart two facts of the same type between the
// same nodes (a city designated in one programme in two rounds).
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.fromId})
MATCH (b:__TO__ {id: row.toId})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
SET r = row.props, r.key = row.key
RETURN count(r) AS written
