/**
 * The warm-up plans queries; it must not read a hub's whole neighbourhood to do so. At a million nodes
 * its calls from 武汉 over every relationship type, a programme's members by province and the counts of
 * a page of cities' assessments went over the transaction memory cap or ran for minutes, and the server
 * was ready 189 s after spawn (docs/performance.md). Here the warm-up runs on the seed with synthetic
 * nodes added twice over (the same provinces and programmes, three times the members) and each of its
 * Cypher calls is run again with PROFILE: apart from the queries whose answer is the whole graph (the
 * totals and the multi-programme aggregate), no query's db hits may grow with the graph. Db hits, not
 * time: a load on the machine cannot make it pass or fail.
 */
import { pino } from 'pino';
import type { ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor, toCypherParams } from '../../src/db/executor.js';
import { loadQueries } from '../../src/db/queries.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { warmUp } from '../../src/schema/warm-up.js';
import { seed, wipe } from '../../src/seed/loader.js';
import { testConfig } from '../helpers/db.js';
import { spawnEntry } from '../helpers/spawn-server.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

const ENV = { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password };

/** Queries whose answer is a count or an aggregate over the whole graph: their reads grow with it by nature. */
const WHOLE_GRAPH = new Set([
  'api/city/cities-count',
  'api/designation/designations-count',
  'api/assessment/assessments-count',
  'api/source/sources-count',
  'api/round/members-count',
  'api/aggregate/multi-programme-cities',
]);

const config = testConfig();
const driver = createDriver({ uri: TEST_BOLT_URI, username: config.neo4jUsername, password: config.neo4jPassword });
const executor = Object.assign(new Executor(driver, loadQueries(), { database: config.neo4jDatabase, txTimeoutMs: config.txTimeoutMs }), { close: () => driver.close() });
const registry = loadQueries();

async function benchData(...args: string[]): Promise<void> {
  const p = spawnEntry('bench/synthetic-data.ts', ENV, args);
  expect(await p.exited, p.output()).toBe(0);
}

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);
}

/** Runs the warm-up, then each of its read calls again with PROFILE: the most db hits of one call, per query. */
async function warmUpDbHits(): Promise<Map<string, number>> {
  const calls: { name: string; params: Record<string, unknown> }[] = [];
  const read = executor.read.bind(executor);
  executor.read = (name, params = {}, opts = {}) => {
    calls.push({ name, params });
    return read(name, params, opts);
  };
  try {
    await warmUp(await buildAppSchema(), executor, pino({ level: 'silent' }));
  } finally {
    executor.read = read;
  }
  const hits = new Map<string, number>();
  for (const { name, params } of calls) {
    const summary = await executor.stream(`test:profile ${name}`, `PROFILE ${registry.get(name).wire}`, toCypherParams(params) as Record<string, unknown>, () => true);
    if (!summary.profile) throw new Error(`${name}: PROFILE gave no plan`);
    hits.set(name, Math.max(hits.get(name) ?? 0, dbHits(summary.profile)));
  }
  return hits;
}

let smaller: Map<string, number>;
let larger: Map<string, number>;
/** Index entries the bounded nested query's city seek read, on the larger graph. */
let citySeekRows = 0;

type Plan = { operatorType: string; rows: number; arguments: Record<string, unknown>; children: Plan[] };
const find = (p: Plan, test: (p: Plan) => boolean): Plan[] => [...(test(p) ? [p] : []), ...p.children.flatMap((c) => find(c, test))];

beforeAll(async () => {
  await benchData('--clear');
  await wipe(executor);
  await seed(executor);
  await benchData('--nodes', '4000');
  smaller = await warmUpDbHits();
  await benchData('--clear', '--nodes', '12000');
  larger = await warmUpDbHits();
  // provinces(first: 5) { cities(first: 10) { designations } }, as the API sends it (the bench's bounded nested operation).
  const params = { args: { after: null, cities: { after: null }, designations: { withAgencies: true, withSources: true } }, limit: 6, cityLimit: 11, designationLimit: 101 };
  const summary = await executor.stream('test:profile nested', `PROFILE ${registry.get('api/province/provinces-with-cities').wire}`, toCypherParams(params) as Record<string, unknown>, () => true);
  const seeks = find(summary.profile as unknown as Plan, (p) => p.operatorType.startsWith('NodeIndexSeekByRange') && String(p.arguments.Details ?? '').includes('provinceOrder'));
  expect(seeks).toHaveLength(1);
  citySeekRows = seeks[0]!.rows;
}, 600_000);

afterAll(async () => {
  await benchData('--clear');
  await executor.close();
});

describe('the warm-up at a larger graph', () => {
  it('makes the same Cypher calls, and none but the whole-graph totals reads more as the graph grows', () => {
    expect([...larger.keys()].sort()).toEqual([...smaller.keys()].sort());
    expect(larger.size).toBeGreaterThan(30);
    const grown = [...larger]
      .filter(([name]) => !WHOLE_GRAPH.has(name))
      .map(([name, hits]) => ({ name, smaller: smaller.get(name)!, larger: hits }))
      // 3× the synthetic members: a call that reads a hub's members reads about 3× (more than 1.5×
      // and more than 500 db hits more); a call bounded by its page sizes reads about the same.
      .filter((c) => c.larger > 1.5 * c.smaller && c.larger - c.smaller > 500);
    expect(grown).toEqual([]);
  });

  it('reads no city of the bounded nested query\'s extra province (the row that only says there is a next page)', () => {
    // Five provinces shown, each read up to its 10 cities + 1 (the next-page row) + 1 (the sort's look-ahead);
    // the sixth province (~180 cities here, 14,700 at a million nodes) must not be read at all.
    expect(citySeekRows).toBeLessThanOrEqual(5 * 12);
  });

  it('still reads every whole-graph total it asks for (the allowance above is not a blind spot)', () => {
    for (const name of ['api/city/cities-count', 'api/aggregate/multi-programme-cities']) expect(larger.has(name), name).toBe(true);
  });
});
