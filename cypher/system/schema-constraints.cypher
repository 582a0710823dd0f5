// The constraints the database has, by name (start-up: is cypher/schema already in place?).
SHOW CONSTRAINTS YIELD name
RETURN name
