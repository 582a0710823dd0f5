// The Neo4j version and edition, for Query.serverInfo.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
