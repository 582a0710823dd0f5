/**
 * The research Cypher door over GraphQL: closed by default, keyed, read-only, capped. Every attack is
 * refused or cut off, the graph is unchanged afterwards (graphChecksum), and the server still answers.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import pino from 'pino';
import type { CypherDoorConfig } from '../../src/config/config.js';
import type { Context } from '../../src/context.js';
import { DEADLINE_GRACE_MS, QueryStats } from '../../src/db/executor.js';
import { isAppError } from '../../src/errors/errors.js';
import { checkQueryText, blankLiterals, RefusedQuery } from '../../src/research/cypher-guard.js';
import { CypherDoorResolver, configureCypherDoor } from '../../src/research/cypher-door.resolver.js';
import { resolvers } from '../../src/schema/resolvers.js';
import { graphChecksum, seed, wipe } from '../../src/seed/loader.js';
import { SystemResolver } from '../../src/system/system.resolver.js';
import { openTestExecutor, testConfig } from '../helpers/db.js';

// type-graphql builds its schema with the CommonJS graphql; execute with the same copy.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const KEY = 'test-door-key-0123456789';
const OPEN: CypherDoorConfig = { enabled: true, apiKey: KEY, timeoutMs: 1500, maxRows: 100, maxBytes: 200_000 };

let executor: ReturnType<typeof openTestExecutor>;
let schema: GraphQLSchema;
let checksum: string;

const CYPHER = `query ($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows rowCount truncated truncatedBy } }`;

interface DoorAnswer {
  data?: { cypher: { columns: string[]; rows: unknown[][]; rowCount: number; truncated: boolean; truncatedBy: string | null } } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function door(query: string, params?: Record<string, unknown>, headers: Record<string, string> = { 'x-api-key': KEY }): Promise<DoorAnswer> {
  const contextValue = { requestId: 'test', executor, stats: new QueryStats(), loaders: {}, logger: pino({ level: 'silent' }), headers, revealVersions: true } as unknown as Context;
  const res = await graphql({ schema, source: CYPHER, variableValues: { q: query, p: params ?? null }, contextValue });
  return JSON.parse(JSON.stringify(res)) as DoorAnswer;
}

const code = (a: DoorAnswer) => a.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  executor = openTestExecutor();
  await wipe(executor);
  await seed(executor);
  checksum = await graphChecksum(executor);
  // The door and the server's own info field; the full schema is the lead's (checked below by reference).
  schema = await buildSchema({ resolvers: [SystemResolver, CypherDoorResolver], validate: false });
});

afterAll(async () => {
  configureCypherDoor(undefined);
  await executor?.close();
});

describe('the door is closed unless configured', () => {
  it('is off by default in the configuration, and an enabled door needs a key of 16+ characters', () => {
    expect(testConfig().cypherDoor).toMatchObject({ enabled: false, apiKey: undefined, timeoutMs: 5000, maxRows: 1000 });
    expect(() => testConfig({ CYPHER_DOOR_ENABLED: 'true' })).toThrow(/CYPHER_DOOR_API_KEY must be a key of at least 16 characters .*found nothing/u);
    expect(() => testConfig({ CYPHER_DOOR_ENABLED: 'true', CYPHER_DOOR_API_KEY: 'short' })).toThrow(/found 5 characters/u);
    expect(testConfig({ CYPHER_DOOR_ENABLED: 'yes', CYPHER_DOOR_API_KEY: KEY }).cypherDoor.enabled).toBe(true);
  });

  it('is part of the API schema', () => {
    expect(resolvers).toContain(CypherDoorResolver);
  });

  it('disabled → FORBIDDEN, even with the key', async () => {
    configureCypherDoor({ ...OPEN, enabled: false });
    const a = await door('RETURN 1 AS one');
    expect(code(a)).toBe('FORBIDDEN');
    expect(a.errors![0]!.message).toMatch(/closed/u);
  });

  it('missing or wrong key → FORBIDDEN', async () => {
    configureCypherDoor(OPEN);
    expect(code(await door('RETURN 1 AS one', undefined, {}))).toBe('FORBIDDEN');
    expect(code(await door('RETURN 1 AS one', undefined, { 'x-api-key': 'wrong' }))).toBe('FORBIDDEN');
    expect(code(await door('RETURN 1 AS one', undefined, { 'x-api-key': KEY + 'x' }))).toBe('FORBIDDEN');
  });
});

describe('an open door answers read queries as plain JSON', () => {
  beforeAll(() => configureCypherDoor(OPEN));

  it('returns columns and rows, with parameters (whole numbers as integers)', async () => {
    const a = await door('MATCH (c:City)-[d:DESIGNATED_IN]->(:Programme {name: $p}) WHERE d.year = $year RETURN c.name AS city ORDER BY city LIMIT $n', {
      p: '国家知识产权强市建设试点城市',
      year: 2022,
      n: 3,
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.cypher).toEqual({ columns: ['city'], rows: [['东莞市'], ['中山市'], ['丰台区']], rowCount: 3, truncated: false, truncatedBy: null });
  });

  it('converts integers, dates, nodes, relationships and paths', async () => {
    const a = await door(
      `MATCH p = (c:City {id: 'city:510900'})-[d:DESIGNATED_IN]->(g:Programme)
       MATCH (e:AssessmentEvent {id: 'assessment:suining-pilot-city-acceptance'})
       RETURN 42 AS n, e.date AS date, c AS city, d AS designation, p AS path`,
    );
    const [n, date, city, designation, path] = a.data!.cypher.rows[0] as [number, string, Record<string, unknown>, Record<string, unknown>, { nodes: unknown[]; relationships: unknown[] }];
    expect(n).toBe(42);
    expect(date).toBe('2022-03-24');
    expect(city).toMatchObject({ labels: ['City', 'Node'], properties: { name: '遂宁市', adcode: '510900' }, elementId: expect.any(String) });
    expect(designation).toMatchObject({ type: 'DESIGNATED_IN', startElementId: city.elementId, properties: { sourceIds: [expect.stringMatching(/^ref:/u), 'article:000_4006a6802a36d9e6'] } });
    expect(path.nodes).toHaveLength(2);
    expect(path.relationships).toHaveLength(1);
  });

  it('names the columns of an empty result', async () => {
    const a = await door(`MATCH (c:City {name: 'nowhere'}) RETURN c.name AS name, c.adcode AS \`ad code\``);
    expect(a.data!.cypher).toMatchObject({ columns: ['name', 'ad code'], rows: [], truncated: false });
  });

  it('allows the catalogue and full-text procedures', async () => {
    const labels = await door('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.data!.cypher.rows.flat()).toContain('City');
    const ft = await door(`CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node WHERE node:City RETURN node.name AS name LIMIT 1`, { q: 'Suining' });
    expect(ft.data!.cypher.rows).toEqual([['遂宁市']]);
  });

  it('shows a syntax error with its line and a caret, as BAD_USER_INPUT', async () => {
    const a = await door('MATCH (n)\nRETURN n LIMT 5');
    expect(code(a)).toBe('BAD_USER_INPUT');
    expect(a.errors![0]!.message).toContain('at query:2:10');
    expect(a.errors![0]!.message).toContain('2 | RETURN n LIMT 5\n    |          ^');
  });
});

describe('the door runs exactly the query it was given, and maps every failure to the closed set', () => {
  beforeAll(() => configureCypherDoor(OPEN));

  it('a trailing ";" after a literal with astral characters cuts the same statement (100 rows either way)', async () => {
    const q = "MATCH (c:City) WHERE c.name <> '😀😀' RETURN c.name AS n LIMIT 100";
    const without = await door(q);
    const withSemicolon = await door(`${q};`);
    expect(without.data!.cypher.rowCount).toBe(100);
    expect(withSemicolon.errors).toBeUndefined();
    expect(withSemicolon.data!.cypher.rows).toEqual(without.data!.cypher.rows);
  });

  it('shortestPath between a node and itself → BAD_USER_INPUT naming the problem, not an internal error', async () => {
    const a = await door('MATCH (a:City) WITH a LIMIT 1 MATCH p = shortestPath((a)-[*]-(a)) RETURN p');
    expect(code(a), JSON.stringify(a.errors)).toBe('BAD_USER_INPUT');
    expect(a.errors![0]!.message).toMatch(/shortest path/i);
  });

  it('a query that needs more memory than a transaction may have → QUERY_TOO_COMPLEX (db.memory.transaction.max on the local Neo4j)', async () => {
    const [cap] = await executor.runText('test:memory-cap', "CALL dbms.listConfig('db.memory.transaction.max') YIELD name, value RETURN value", {}, 'READ');
    expect(String(cap!.get('value'))).toBe('128.00MiB');
    // 300 strings of 1 MB each, collected: 300 MB, over the 128 MiB cap.
    const a = await door('UNWIND range(1, 300) AS x RETURN size(collect($s + x)) AS n', { s: 'x'.repeat(1_000_000) });
    expect(code(a), JSON.stringify(a.errors)).toBe('QUERY_TOO_COMPLEX');
    expect(a.errors![0]!.message).toMatch(/memory/);
  });

  it('an API read over the transaction memory cap fails with QUERY_TOO_COMPLEX (limit transactionMemory), not an internal error (neighbourhood around a hub at 1M nodes did)', async () => {
    const failure = await executor
      .runText('test:api-memory-cap', 'UNWIND range(1, 300) AS x RETURN size(collect($s + x)) AS n', { s: 'x'.repeat(1_000_000) }, 'READ')
      .then(() => null, (err: unknown) => err);
    expect(isAppError(failure), String(failure)).toBe(true);
    if (!isAppError(failure)) return;
    expect(failure.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'transactionMemory' });
    expect(failure.message).toMatch(/db\.memory\.transaction\.max/);
  });

  it('a computation Neo4j does not interrupt at its transaction timeout is given up by our own deadline → QUERY_TOO_COMPLEX; no other door query runs until Neo4j has really finished it', async () => {
    const t0 = performance.now();
    // Long enough (several seconds of CPU on an idle machine) that it cannot finish within the deadline.
    const a = await door('RETURN reduce(s = 0, i IN range(1, 500000000) | s + i % 3) AS n');
    const ms = performance.now() - t0;
    expect(code(a), JSON.stringify(a.errors)).toBe('QUERY_TOO_COMPLEX');
    // Our deadline is the door's timeout plus DEADLINE_GRACE_MS: well before the computation ends.
    expect(ms).toBeLessThan(OPEN.timeoutMs + DEADLINE_GRACE_MS + 1500);
    // TERMINATE was sent, but Neo4j checks it between rows, not inside one expression: the reduce runs
    // on. While it does, the door's one slot stays taken, so a second door query does not run beside it.
    const running = async () => (await executor.runText('test:door-running', "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'research/door' RETURN count(*) AS n", {}, 'READ'))[0]!.get('n');
    const stillRunning = Number(await running()) > 0;
    const next = await door('RETURN 1 AS one');
    if (stillRunning && Number(await running()) > 0) {
      expect(code(next), JSON.stringify(next.errors)).toBe('SERVICE_UNAVAILABLE');
      expect(next.errors![0]!.message).toMatch(/one query at a time|1 query at a time/u);
    }
    // Once it has ended, the door answers again (for the tests below).
    for (let i = 0; i < 600 && Number(await running()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 200));
    expect((await door('RETURN 1 AS one')).data!.cypher.rows).toEqual([[1]]);
  });

  it('four memory bombs at once (a reduce doubling a string or a list) are refused before they run; Neo4j keeps its heap and answers', async () => {
    const bombs = [
      "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
      'RETURN size(reduce(l = [0], i IN range(1, 40) | l + l)) AS n',
      "WITH 'ab' AS seed RETURN size(reduce(`acc` = seed, i IN range(1, 40) | `acc` + toUpper(`acc`))) AS n",
      "RETURN size(reduce(s = '', i IN range(1, 40) | s + reduce(t = 'x', j IN [1] | t + s))) AS n",
    ];
    const t0 = performance.now();
    const answers = await Promise.all(bombs.map((q) => door(q)));
    for (const a of answers) {
      expect(code(a), JSON.stringify(a.errors)).toBe('BAD_USER_INPUT');
      expect(a.errors![0]!.message).toMatch(/accumulator .* times/u);
    }
    expect(performance.now() - t0).toBeLessThan(2000);
    // The database still answers, and a reduce that grows by a constant per element still runs.
    const ok = await door("RETURN size(reduce(s = '', i IN range(1, 1000) | s + 'ab')) AS n");
    expect(ok.data!.cypher.rows).toEqual([[2000]]);
  });
});

/** Each attack: the code it must get, or 'truncated' for a result cut off by a cap. */
const ATTACKS: Array<[string, string, 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX' | 'FORBIDDEN' | 'truncated']> = [
  ['create', 'CREATE (n:Pwned {id: 1}) RETURN n', 'BAD_USER_INPUT'],
  ['merge', "MERGE (n:Pwned {id: 'x'}) RETURN n", 'BAD_USER_INPUT'],
  ['delete everything', 'MATCH (n) DETACH DELETE n', 'BAD_USER_INPUT'],
  ['set a property', "MATCH (c:City) SET c.name = 'pwned' RETURN count(c)", 'BAD_USER_INPUT'],
  ['remove a label', 'MATCH (c:City) REMOVE c:City RETURN count(c)', 'BAD_USER_INPUT'],
  ['write inside FOREACH', 'MATCH (n) FOREACH (x IN [1] | SET n.pwned = x)', 'BAD_USER_INPUT'],
  ['write hidden after a read', "MATCH (c:City) WITH c LIMIT 1 CREATE (c)-[:PWNED]->(:Pwned) RETURN c.name", 'BAD_USER_INPUT'],
  ['write in a subquery', 'CALL () { CREATE (n:Pwned) RETURN n } RETURN n', 'BAD_USER_INPUT'],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'BAD_USER_INPUT'],
  ['LOAD CSV from a URL', "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row", 'BAD_USER_INPUT'],
  ['LOAD CSV behind comments and case', "/* x */ load /* y */ csv from 'file:///etc/passwd' as l return l", 'BAD_USER_INPUT'],
  ['CALL dbms.components', 'CALL dbms.components() YIELD name RETURN name', 'BAD_USER_INPUT'],
  ['CALL dbms.listConfig', 'CALL dbms.listConfig() YIELD name, value RETURN name, value', 'BAD_USER_INPUT'],
  ['CALL dbms.security', 'CALL dbms.security.listUsers()', 'BAD_USER_INPUT'],
  ['CALL db.createLabel', "CALL db.createLabel('Pwned')", 'BAD_USER_INPUT'],
  ['CALL db.clearQueryCaches', 'CALL db.clearQueryCaches()', 'BAD_USER_INPUT'],
  ['apoc procedure', "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", 'BAD_USER_INPUT'],
  ['apoc function', 'RETURN apoc.version() AS v', 'BAD_USER_INPUT'],
  ['apoc periodic write', "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", 'BAD_USER_INPUT'],
  ['SHOW USERS', 'SHOW USERS', 'BAD_USER_INPUT'],
  ['SHOW DATABASES', 'SHOW DATABASES', 'BAD_USER_INPUT'],
  ['SHOW TRANSACTIONS (other clients’ queries and parameters)', 'SHOW TRANSACTIONS YIELD query RETURN query', 'BAD_USER_INPUT'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'BAD_USER_INPUT'],
  ['CREATE DATABASE', 'CREATE DATABASE pwned', 'BAD_USER_INPUT'],
  ['DROP DATABASE', 'DROP DATABASE neo4j', 'BAD_USER_INPUT'],
  ['STOP DATABASE', 'STOP DATABASE neo4j', 'BAD_USER_INPUT'],
  ['CREATE USER', "CREATE USER eve SET PASSWORD 'password123'", 'BAD_USER_INPUT'],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'password123'", 'BAD_USER_INPUT'],
  ['GRANT', 'GRANT ROLE admin TO eve', 'BAD_USER_INPUT'],
  ['USE system', 'USE system SHOW USERS', 'BAD_USER_INPUT'],
  ['CREATE INDEX', 'CREATE INDEX pwned FOR (n:City) ON (n.pwned)', 'BAD_USER_INPUT'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT city_id', 'BAD_USER_INPUT'],
  ['CALL IN TRANSACTIONS (write)', 'MATCH (n) CALL (n) { SET n.pwned = 1 } IN TRANSACTIONS OF 10 ROWS', 'BAD_USER_INPUT'],
  ['CALL IN TRANSACTIONS (read)', 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n) AS c', 'BAD_USER_INPUT'],
  ['two statements', 'RETURN 1 AS x; MATCH (n) DETACH DELETE n', 'BAD_USER_INPUT'],
  ['EXPLAIN prefix', 'EXPLAIN MATCH (n) RETURN n', 'BAD_USER_INPUT'],
  ['PROFILE prefix', 'PROFILE MATCH (n) RETURN count(n)', 'BAD_USER_INPUT'],
  ['CYPHER options', 'CYPHER runtime=interpreted MATCH (n) RETURN count(n)', 'BAD_USER_INPUT'],
  ['huge cartesian product (aggregated)', 'MATCH (a), (b), (c), (d) WHERE a.id < b.id AND c.id < d.id RETURN count(*) AS n', 'QUERY_TOO_COMPLEX'],
  ['huge cartesian product (rows)', 'MATCH (a), (b) RETURN a.id, b.id', 'truncated'],
  ['deep variable-length paths', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n', 'QUERY_TOO_COMPLEX'],
  ['long computation', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', 'QUERY_TOO_COMPLEX'],
  ['big strings past the byte cap', 'MATCH (a:Article), (b:Article) RETURN a.rawText, b.rawText, a.text, b.text', 'truncated'],
];

describe('attacks: every one refused or cut off, the graph unchanged, the server answering', () => {
  beforeAll(() => configureCypherDoor(OPEN));

  for (const [name, query, expected] of ATTACKS) {
    it(`${name} → ${expected}`, async () => {
      const a = await door(query);
      if (expected === 'truncated') {
        expect(a.errors).toBeUndefined();
        expect(a.data!.cypher.truncated).toBe(true);
        expect(JSON.stringify(a.data!.cypher.rows).length).toBeLessThan(OPEN.maxBytes + 10_000);
        expect(a.data!.cypher.rowCount).toBeLessThanOrEqual(OPEN.maxRows);
      } else {
        expect(code(a), JSON.stringify(a.errors)).toBe(expected);
      }
    });
  }

  it('the graph is unchanged afterwards (checksum) and nothing named Pwned exists', async () => {
    expect(await graphChecksum(executor)).toBe(checksum);
    const [r] = await executor.runText('test:pwned', "MATCH (n) WHERE n:Pwned OR n.pwned IS NOT NULL OR n.name = 'pwned' RETURN count(n) AS n", {}, 'READ');
    expect(Number(r!.get('n'))).toBe(0);
  });

  it('the server still answers, and so does the door', async () => {
    const contextValue = { requestId: 't', executor, stats: new QueryStats(), loaders: {}, logger: pino({ level: 'silent' }), headers: {}, revealVersions: true } as unknown as Context;
    const info = await graphql({ schema, source: '{ serverInfo { name neo4jVersion } }', contextValue });
    expect(info.errors).toBeUndefined();
    expect((info.data as { serverInfo: { neo4jVersion: string } }).serverInfo.neo4jVersion).toMatch(/^5\./u);
    const a = await door('MATCH (c:City) RETURN count(c) AS n');
    expect(a.data!.cypher.rows).toEqual([[378]]);
  });
});

describe('the text gate (pure)', () => {
  it('does not mistake words inside strings, comments or quoted names for keywords', () => {
    expect(checkQueryText("RETURN 'LOAD CSV; DROP DATABASE neo4j' AS s")).toBe("RETURN 'LOAD CSV; DROP DATABASE neo4j' AS s");
    expect(checkQueryText('MATCH (n:`SHOW USERS`) RETURN n // IN TRANSACTIONS')).toContain('MATCH');
    expect(checkQueryText('MATCH (start)-->(stop) RETURN start.use AS use')).toContain('MATCH');
    expect(checkQueryText('RETURN 1 AS x;')).toBe('RETURN 1 AS x');
    expect(blankLiterals("RETURN 'a;b' /* c */")).toBe("RETURN '   '        ");
  });

  it('blanks literals by code point into as many UTF-16 units, so indexes match the query (astral characters, combining marks, escapes)', () => {
    const samples = [
      "RETURN '😀😀' AS s;",
      'RETURN "𠀀𠀁 e\u0301 é" AS s ;  ',
      "RETURN 'it\\'s; \\\\' AS s, `na😀me` AS t /* 😀; */ // 😀;\n;",
      "MATCH (c:City) WHERE c.name <> 'a\\';😀' RETURN c LIMIT 3;",
    ];
    for (const q of samples) {
      const blanked = blankLiterals(q);
      expect(blanked.length, q).toBe(q.length);
      for (let i = 0; i < q.length; i++) if (blanked[i] !== ' ') expect(blanked[i], `${q} @${i}`).toBe(q[i]);
    }
    expect(checkQueryText("MATCH (c:City) WHERE c.name <> '😀😀' RETURN c.name AS n LIMIT 100;")).toBe("MATCH (c:City) WHERE c.name <> '😀😀' RETURN c.name AS n LIMIT 100");
    expect(checkQueryText('RETURN "𠀀𠀁 e\u0301" AS s ;  ')).toBe('RETURN "𠀀𠀁 e\u0301" AS s ');
    expect(checkQueryText("RETURN 'it\\'s; fine 😀' AS s;")).toBe("RETURN 'it\\'s; fine 😀' AS s");
    expect(() => checkQueryText("RETURN '😀' AS s; MATCH (n) DETACH DELETE n")).toThrow(RefusedQuery);
  });

  it('but a comment cannot hide a second statement or a keyword from it', () => {
    expect(() => checkQueryText("RETURN 1 /* ; */ ; CREATE (n)")).toThrow(RefusedQuery);
    expect(() => checkQueryText('LOAD/**/CSV FROM "x" AS l RETURN l')).toThrow(/LOAD CSV/u);
  });
});
