// The indexes the database has (those backing constraints included), by name, with their state
// (start-up: is cypher/schema already in place and online?).
SHOW INDEXES YIELD name, state
RETURN name, state
