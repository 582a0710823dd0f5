/**
 * The request budget: the static cost estimate lets every documented operation through and still
 * refuses runaway nesting; at run time each request has at most REQUEST_MAX_CONCURRENT_CYPHER Cypher
 * calls at once and a Cypher time budget; the server sheds requests over its in-flight limits with
 * 503/429 and Retry-After. Figures for the alias floods: bench/abuse.ts and docs/operations.md.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { HEAVY_LANE_SLOTS, LANE_QUERIES, QueryStats, REQUEST_MAX_CONCURRENT_CYPHER, TX_APP } from '../../src/db/executor.js';
import { configureCypherDoor } from '../../src/research/cypher-door.resolver.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { DEFAULT_LIMITS, queryCost, queryCostDetail } from '../../src/server/limits.js';
import { startSeededApi, type Api } from '../helpers/api.js';
import { post, probeSchema, startServer } from './server-harness.js';

const { parse, Kind } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Every operation of a document with placeholder variables (ids "x", ints 34), and its cost. */
function costs(schema: Awaited<ReturnType<typeof buildAppSchema>>, source: string): Array<{ name: string; cost: number | undefined; heavyFields: number | undefined }> {
  const doc = parse(source);
  return doc.definitions.flatMap((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION) return [];
    const vars: Record<string, unknown> = {};
    for (const v of d.variableDefinitions ?? []) {
      if (v.type.kind !== Kind.NON_NULL_TYPE) continue;
      let t: import('graphql').TypeNode = v.type;
      while (t.kind !== Kind.NAMED_TYPE) t = t.type;
      vars[v.variable.name.value] = t.name.value === 'Int' ? 34 : t.name.value === 'Boolean' ? true : 'x';
    }
    const detail = queryCostDetail(schema, doc, vars, d.name?.value);
    return [{ name: d.name?.value ?? source.slice(0, 60), cost: queryCost(schema, doc, vars, d.name?.value), heavyFields: detail?.heavyFields.length }];
  });
}

const NESTED = `query Nested($p: Int!) { provinces(first: $p) { edges { node { name cities(first: 100) { edges { node { name
  designations { year term sources { evidence confidence } programme { name administeredBy { name nameEn } } } } } } } } } }`;

const RELAY = `query CityPage($city: ID!) { city(id: $city) { ...CityHeader ...CityDesignations } }
fragment CityHeader on City { id name nameEn province { ...ProvinceName } }
fragment ProvinceName on Province { id name nameEn }
fragment CityDesignations on City { designations { ...DesignationRow } }
fragment DesignationRow on Designation { year term programme { ...ProgrammeName } sources { ...SourceRefRow } }
fragment ProgrammeName on Programme { id name nameEn administeredBy { id name } }
fragment SourceRefRow on SourceRef { evidence confidence source { id title url } }`;

describe('static cost: the documented operations pass the defaults, runaway nesting does not', () => {
  let schema: Awaited<ReturnType<typeof buildAppSchema>>;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it("README's example operations, the playground's tabs, examples/operations, the nested 34-province query and a Relay-style fragment query", async () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = readme.split('### Example queries')[1]!.split('```graphql')[1]!.split('```')[0]!;
    const sources = block.split(/\n\n/).map((s) => s.trim()).filter(Boolean);
    const { EXAMPLES } = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'src/server/static/examples.js')).href)) as { EXAMPLES: Array<{ query: string }> };
    sources.push(...EXAMPLES.map((e) => e.query));
    const dir = path.join(PROJECT_ROOT, 'examples/operations');
    for (const f of fs.readdirSync(dir)) sources.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    sources.push(NESTED, RELAY);
    const all = sources.flatMap((s) => costs(schema, s));
    expect(all.length).toBeGreaterThan(15);
    for (const { name, cost, heavyFields } of all) {
      expect(cost, name).toBeDefined();
      expect(cost!, name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(heavyFields!, name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxHeavyFields);
    }
  });

  it('paths costs by the paths it returns, as measured (bench/profile-costs.ts), not by maxHops; 20 of them make a heavy field', () => {
    const cost = (args: string) => queryCostDetail(schema, parse(`{ paths(from: "x", to: "y"${args}) { nodes { id } edges { type } } }`), {}, undefined)!;
    // 1 + 6 + first × (20 + the selection's 4): the search goes to the real shortest distance either way.
    expect(cost('').cost).toBe(1 + 6 + 3 * 24);
    expect(cost(', maxHops: 6').cost).toBe(cost(', maxHops: 2').cost);
    expect(cost(', first: 20').cost).toBe(1 + 6 + 20 * 24);
    expect(cost('').heavyFields).toEqual([]);
    expect(cost(', first: 20').heavyFields).toEqual(['paths']);
  });

  it('cyclic fan-out (mentionedIn → mentions → mentionedIn …) is still refused', () => {
    const q = `{ search(text: "x", first: 10) { node { ... on City { mentionedIn { ... on Article { mentions { ... on City { mentionedIn { ... on Article {
      mentions { ... on City { mentionedIn { ... on Article { mentions { ... on City { name } } } } } } } } } } } } } } } }`;
    expect(costs(schema, q)[0]!.cost!).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('QueryStats: a request runs its Cypher a few calls at a time, within a time budget', () => {
  it(`at most ${REQUEST_MAX_CONCURRENT_CYPHER} calls at once; the rest wait their turn`, async () => {
    const stats = new QueryStats();
    let running = 0;
    let peak = 0;
    const call = () =>
      stats.turn(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        stats.record('q', 1);
        return 1;
      });
    const results = await Promise.all(Array.from({ length: 15 }, call));
    expect(results).toEqual(Array(15).fill(1));
    expect(peak).toBe(REQUEST_MAX_CONCURRENT_CYPHER);
  });

  it('once the budget is spent, further calls are refused with QUERY_TOO_COMPLEX (limit requestCypherMs) without running', async () => {
    const stats = new QueryStats({ maxConcurrent: 2, budgetMs: 100, freeRoundTrips: 0 });
    let ran = 0;
    const call = () =>
      stats.turn(async () => {
        ran++;
        stats.record('q', 40);
      });
    const settled = await Promise.allSettled(Array.from({ length: 10 }, call));
    // Two start at once (80 ms recorded), a third starts while 80 < 100 (120 ms); the rest are refused.
    expect(ran).toBe(3);
    const refused = settled.filter((s) => s.status === 'rejected') as PromiseRejectedResult[];
    expect(refused).toHaveLength(7);
    expect(refused[0]!.reason.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'requestCypherMs', max: 100 });
  });

  it('the first BUDGET_FREE_ROUND_TRIPS calls always run (one per level of a nested query), however slow', async () => {
    const stats = new QueryStats({ maxConcurrent: 1, budgetMs: 100, freeRoundTrips: 4 });
    let ran = 0;
    const settled = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        stats.turn(async () => {
          ran++;
          stats.record('q', 500);
        }),
      ),
    );
    expect(ran).toBe(4);
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(2);
  });
});

describe('the heavy lane: heavy requests share one Cypher slot, cheap ones keep the rest', () => {
  it('heavy requests run one call at a time among all of them; a cheap request is not held up; a heavy call that cannot get in within HEAVY_LANE_WAIT_MS is refused', async () => {
    let running = 0;
    let peak = 0;
    const slow = (stats: QueryStats, ms: number) =>
      stats.turn(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        return 'done';
      });
    const a = new QueryStats({ maxConcurrent: 2, budgetMs: 60_000, freeRoundTrips: 0 });
    const b = new QueryStats({ maxConcurrent: 2, budgetMs: 60_000, freeRoundTrips: 0 });
    a.heavy = b.heavy = true;
    const t0 = performance.now();
    const heavy = Promise.allSettled([slow(a, 300), slow(a, 300), slow(b, 300)]);
    const cheap = new QueryStats();
    await new Promise((r) => setTimeout(r, 50));
    const cheapStarted = performance.now();
    expect(await cheap.turn(async () => 'cheap')).toBe('cheap');
    expect(performance.now() - cheapStarted).toBeLessThan(100);
    const settled = await heavy;
    expect(peak).toBe(1); // heavy calls never overlapped
    // Three 300 ms calls in one slot: the third waits 600 ms (< HEAVY_LANE_WAIT_MS) and runs.
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(850);
    // A fourth heavy call behind 1.2 s of work is refused once it has waited HEAVY_LANE_WAIT_MS.
    const c = new QueryStats();
    c.heavy = true;
    const blockers = Promise.all([slow(a, 700), slow(b, 700)]);
    await new Promise((r) => setTimeout(r, 20));
    await expect(slow(c, 10)).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'heavyLane' } });
    await blockers;
  });
});

describe('load shedding: over the in-flight limits a request is answered at once with Retry-After', () => {
  // Each request holds its slot while a Cypher query runs for about 400 ms.
  const SLOW = '{ slow(timeoutMs: 400) }';

  it('a client over its share → 429 SERVICE_UNAVAILABLE, Retry-After: 1; others still get in', async () => {
    const server = await startServer({ schema: probeSchema(), options: { maxInFlight: 10, maxInFlightPerClient: 2 } });
    try {
      const answers = await Promise.all(Array.from({ length: 3 }, () => post(server.url, SLOW)));
      const shed = answers.filter((a) => a.status === 429);
      expect(shed).toHaveLength(1);
      expect(shed[0]!.headers.get('retry-after')).toBe('1');
      expect(shed[0]!.body.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(shed[0]!.body.errors![0]!.message).toContain('HTTP_MAX_IN_FLIGHT_PER_CLIENT');
      // Once they finish, the client gets in again.
      expect((await post(server.url, '{ hello }')).body).toEqual({ data: { hello: 'world' } });
    } finally {
      await server.close();
    }
  });

  it('a full server → 503 SERVICE_UNAVAILABLE, Retry-After: 1', async () => {
    const server = await startServer({ schema: probeSchema(), options: { maxInFlight: 2, maxInFlightPerClient: 10 } });
    try {
      const answers = await Promise.all(Array.from({ length: 3 }, () => post(server.url, SLOW)));
      const shed = answers.filter((a) => a.status === 503);
      expect(shed).toHaveLength(1);
      expect(shed[0]!.headers.get('retry-after')).toBe('1');
      expect(shed[0]!.body.errors![0]!.message).toContain('HTTP_MAX_IN_FLIGHT');
    } finally {
      await server.close();
    }
  });
});

/** Counts the database sessions an executor opens (and how many are open at once) while `run` runs. */
async function countSessions<T>(executor: unknown, run: () => Promise<T>): Promise<{ result: T; opened: number; peak: number }> {
  const driver = (executor as { driver: { session: (...a: unknown[]) => { close: () => Promise<void> } } }).driver;
  const original = driver.session.bind(driver);
  let open = 0;
  let opened = 0;
  let peak = 0;
  driver.session = (...a: unknown[]) => {
    const s = original(...a);
    open++;
    opened++;
    peak = Math.max(peak, open);
    const close = s.close.bind(s);
    let closed = false;
    s.close = async () => {
      if (!closed) open--;
      closed = true;
      return close();
    };
    return s;
  };
  try {
    return { result: await run(), opened, peak };
  } finally {
    driver.session = original;
  }
}

describe('alias floods on the seeded graph', () => {
  let api: Api;
  let programme: string;
  beforeAll(async () => {
    api = await startSeededApi();
    programme = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
  });
  afterAll(async () => {
    await api?.close();
  });

  const flood = (field: string) => `query Flood($id: ID!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  for (const [name, field] of [
    ['neighbourhood(depth: 3, limit: 500)', 'neighbourhood(id: $id, depth: 3, limit: 500) { truncated }'],
    ['timeline', 'timeline(id: $id) { date kind }'],
  ] as const) {
    it(`15 aliases of ${name} on the largest programme are refused before any database work (QUERY_TOO_COMPLEX, limit maxHeavyFields)`, async () => {
      const { result: r, opened } = await countSessions(api.executor, () => post(api.url, flood(field), { id: programme }));
      expect(r.status).toBe(400);
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxHeavyFields', max: DEFAULT_LIMITS.maxHeavyFields, value: 15 });
      expect(r.body.errors![0]!.message).toContain('GRAPHQL_MAX_HEAVY_FIELDS');
      expect(opened).toBe(0);
    });
  }

  it(`the most a request may hold (${DEFAULT_LIMITS.maxHeavyFields} such traversals) answers, with at most ${REQUEST_MAX_CONCURRENT_CYPHER} database sessions at once (one, in the heavy lane)`, async () => {
    const q = `query Three($id: ID!) { ${Array.from({ length: DEFAULT_LIMITS.maxHeavyFields }, (_, i) => `a${i}: neighbourhood(id: $id, depth: 3, limit: 500) { truncated nodes { id } }`).join(' ')} }`;
    const { result: r, peak } = await countSessions(api.executor, () => post(api.url, q, { id: programme }));
    expect(r.status).toBe(200);
    for (const e of r.body.errors ?? []) expect(e.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const answered = Object.values(r.body.data ?? {}).filter((v) => v !== null) as Array<{ nodes: unknown[] }>;
    expect(answered.length).toBeGreaterThan(0);
    expect(answered[0]!.nodes.length).toBeGreaterThan(100);
    // Sessions: the request's own (at most the per-request cap) plus, at most, one liveness ping.
    expect(peak).toBeLessThanOrEqual(REQUEST_MAX_CONCURRENT_CYPHER + 1);
  });
});

describe('the heavy lane on the seeded graph: the largest allowed requests cannot take the database from a cheap one', () => {
  let api: Api;
  let programme: string;
  beforeAll(async () => {
    api = await startSeededApi();
    programme = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** How many traversal queries (LANE_QUERIES) run in the database at once, at most, while `run` runs. */
  async function peakTraversals<T>(run: () => Promise<T>): Promise<{ result: T; peak: number; count: number }> {
    const executor = api.executor as unknown as { driver: { session: (...a: unknown[]) => { run: (text: string, ...r: unknown[]) => Promise<unknown> } }; registry: { get(n: string): { wire: string } } };
    const texts = new Set([...LANE_QUERIES].map((n) => executor.registry.get(n).wire));
    const driver = executor.driver;
    const original = driver.session.bind(driver);
    let running = 0;
    let peak = 0;
    let count = 0;
    driver.session = (...a: unknown[]) => {
      const session = original(...a);
      const run = session.run.bind(session);
      session.run = (text: string, ...rest: unknown[]) => {
        if (!texts.has(text)) return run(text, ...rest);
        running++;
        count++;
        peak = Math.max(peak, running);
        return run(text, ...rest).finally(() => running--);
      };
      return session;
    };
    try {
      return { result: await run(), peak, count };
    } finally {
      driver.session = original;
    }
  }

  // Three timelines cost 1 008, less than HEAVY_COST: the request is not heavy, its traversals still go through the lane.
  const threeTimelines = `query ThreeTimelines($id: ID!) { ${Array.from({ length: DEFAULT_LIMITS.maxHeavyFields }, (_, i) => `a${i}: timeline(id: $id) { date kind title }`).join(' ')} }`;
  const oneNeighbourhood = 'query Deep($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 500) { truncated nodes { id } } }';
  const cheap = '{ search(text: "黄石", first: 1) { node { id name } } }';

  it(`requests of ${DEFAULT_LIMITS.maxHeavyFields} timelines and of one deep neighbourhood, three of each at once, run ${HEAVY_LANE_SLOTS} traversal at a time between them, and a cheap request sent while they queue is answered before they are all done`, async () => {
    const { result, peak, count } = await peakTraversals(async () => {
      let heavyDone = 0;
      const heavy = [
        // Three of each: with the cheap request, seven from this address, under its share of eight.
        ...Array.from({ length: 3 }, () => post(api.url, threeTimelines, { id: programme })),
        ...Array.from({ length: 3 }, () => post(api.url, oneNeighbourhood, { id: programme })),
      ].map((p) => p.finally(() => heavyDone++));
      await new Promise((r) => setTimeout(r, 20));
      const answer = await post(api.url, cheap);
      const heavyDoneWhenCheapAnswered = heavyDone;
      return { answer, heavyDoneWhenCheapAnswered, heavy: await Promise.all(heavy) };
    });
    expect(result.answer.status).toBe(200);
    expect(result.answer.body.errors).toBeUndefined();
    expect((result.answer.body.data as { search: unknown[] }).search).toHaveLength(1);
    expect(result.heavyDoneWhenCheapAnswered).toBeLessThan(result.heavy.length);
    // Every heavy request is answered: with its traversals, or (when the lane stayed busy past
    // HEAVY_LANE_WAIT_MS) with QUERY_TOO_COMPLEX for the parts that did not get in.
    for (const h of result.heavy) {
      expect(h.status).toBe(200);
      for (const e of h.body.errors ?? []) expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'heavyLane' });
    }
    expect(result.heavy.some((h) => Object.values(h.body.data ?? {}).some((v) => Array.isArray(v) && v.length > 10))).toBe(true);
    expect(count).toBeGreaterThan(1);
    // Without the lane, each of the six requests ran its traversals (up to REQUEST_MAX_CONCURRENT_CYPHER) beside the others.
    expect(peak).toBeLessThanOrEqual(HEAVY_LANE_SLOTS);
  });
});

describe('the request deadline (REQUEST_DEADLINE_MS)', () => {
  const KEY = 'budget-test-door-key-0123';
  let api: Api;
  beforeAll(async () => {
    api = await startSeededApi({ requestDeadlineMs: 1000 });
    configureCypherDoor({ enabled: true, apiKey: KEY, timeoutMs: 10_000, maxRows: 100, maxBytes: 100_000 });
  });
  afterAll(async () => {
    configureCypherDoor(undefined);
    await api?.close();
  });

  const transactionsOf = async (requestId: string) =>
    (await api.executor.runText('test:show-transactions', 'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.requestId = $id RETURN transactionId, metaData', { id: requestId }, 'READ')).map((r) => r.toObject());

  it('past it, the fields still waiting for Neo4j get QUERY_TOO_COMPLEX (limit requestDeadlineMs) and their transactions are terminated, long before their own timeout', async () => {
    const requestId = `deadline-${Date.now()}`;
    // Neo4j would run this for far longer than the door's 10 s timeout allows; the request has 1 s.
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const seen: Array<Record<string, unknown>> = [];
    const watching = (async () => {
      for (let i = 0; i < 40 && seen.length === 0; i++) {
        seen.push(...(await transactionsOf(requestId)));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const t0 = performance.now();
    const r = await post(api.url, 'query Slow($q: String!) { cypher(query: $q) { rowCount } }', { q: slow }, { 'x-api-key': KEY, 'x-request-id': requestId });
    const ms = performance.now() - t0;
    await watching;
    expect(r.status).toBe(200);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'requestDeadlineMs', max: 1000 });
    expect(r.body.errors![0]!.path).toEqual(['cypher']);
    expect(ms).toBeLessThan(5000);
    // While it ran, its transaction carried the request's id (so an operator can find it) …
    expect(seen[0]!.metaData).toMatchObject({ app: TX_APP, requestId, query: expect.stringMatching(/^research\/door/u) });
    // … and within about a second of the answer it is gone from Neo4j.
    let left = await transactionsOf(requestId);
    for (let i = 0; i < 15 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await transactionsOf(requestId);
    }
    expect(left).toEqual([]);
  });

  it('a request that starts past its deadline runs no Cypher at all', async () => {
    const stats = new QueryStats(undefined, { requestId: 'late', deadlineMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await expect(api.executor.read('system/components', {}, { stats })).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'requestDeadlineMs' } });
    expect(stats.roundTrips).toBe(0);
  });
});
