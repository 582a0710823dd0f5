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
import { QueryStats, REQUEST_MAX_CONCURRENT_CYPHER } from '../../src/db/executor.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { DEFAULT_LIMITS, queryCost } from '../../src/server/limits.js';
import { startSeededApi, type Api } from '../helpers/api.js';
import { post, probeSchema, startServer } from './server-harness.js';

const { parse, Kind } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Every operation of a document with placeholder variables (ids "x", ints 34), and its cost. */
function costs(schema: Awaited<ReturnType<typeof buildAppSchema>>, source: string): Array<{ name: string; cost: number | undefined }> {
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
    return [{ name: d.name?.value ?? source.slice(0, 60), cost: queryCost(schema, doc, vars, d.name?.value) }];
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
    for (const { name, cost } of all) {
      expect(cost, name).toBeDefined();
      expect(cost!, name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    }
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

describe('an alias flood on the seeded graph', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it(`15 aliases of neighbourhood(depth: 3, limit: 500) on a programme hold at most ${REQUEST_MAX_CONCURRENT_CYPHER} database sessions at once (one, in the heavy lane)`, async () => {
    const programme = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
    const driver = api.executor.driver as unknown as { session: (...a: unknown[]) => { close: () => Promise<void> } };
    const original = driver.session.bind(driver);
    let open = 0;
    let peak = 0;
    driver.session = (...a: unknown[]) => {
      const s = original(...a);
      open++;
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
      const flood = `query Flood($id: ID!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: neighbourhood(id: $id, depth: 3, limit: 500) { truncated }`).join(' ')} }`;
      const t0 = performance.now();
      const r = await post(api.url, flood, { id: programme });
      const ms = performance.now() - t0;
      // Every alias either answered or was refused by the request's Cypher budget; nothing else.
      const codes = new Set((r.body.errors ?? []).map((e) => e.extensions?.code));
      for (const c of codes) expect(c).toBe('QUERY_TOO_COMPLEX');
      // Sessions: the flood's own (at most the per-request cap) plus, at most, one liveness ping.
      expect(peak).toBeLessThanOrEqual(REQUEST_MAX_CONCURRENT_CYPHER + 1);
      console.log(`alias flood (test): ${Math.round(ms)} ms, ${(r.body.errors ?? []).length} aliases refused by the budget, peak sessions ${peak}`);
    } finally {
      driver.session = original;
    }
  });
});
