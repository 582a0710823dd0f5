// `npm run seed -- --reset` and the tests: empties the database (the graph is small: one transaction).
MATCH (n)
DETACH DELETE n
