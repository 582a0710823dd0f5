/**
 * Keyset pages on a generated graph of a few thousand cities: a page deep in the order costs what the
 * first page costs (its db hits are bounded by the page size, not the graph), and paging through every
 * city forward, then backward, skips nothing and repeats nothing. Pairs of cities share an adcode, so
 * the id tie-break of the cursor is exercised too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultSummary } from 'neo4j-driver';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { applySchema } from '../../src/db/schema.js';
import { toCypherParams } from '../../src/db/executor.js';
import { wipe } from '../../src/seed/loader.js';
import { post, startServer, type RunningServer } from './server-harness.js';

const CITIES = 3000;
/** Generated city i: ids city:g0..; two cities per adcode. */
const adcodeOf = (i: number) => String(100000 + Math.floor(i / 2) * 7);
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ schema: await buildAppSchema() });
  const ex = server.executor;
  await wipe(ex);
  await applySchema(ex);
  await ex.runText(
    'test:generate-cities',
    `UNWIND range(0, $n - 1) AS i
     CREATE (:City:Node {id: 'city:g' + toString(i), name: 'G' + toString(i), level: 'district', adcode: toString(100000 + (i / 2) * 7)})`,
    { n: CITIES },
    'WRITE',
  );
});
afterAll(() => server?.close());

type Conn = { edges: { node: { graphId: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };

async function cities(args: string): Promise<Conn> {
  const r = await post(server.url, `{ cities(${args}) { edges { node { graphId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return (r.body.data as { cities: Conn }).cities;
}

function sumDbHits(plan: unknown): number {
  const p = plan as { dbHits?: number; children?: unknown[] };
  return (p.dbHits ?? 0) + (p.children ?? []).reduce<number>((n, c) => n + sumDbHits(c), 0);
}

/** Db hits of one 20-city page of Query.cities after the `n`-th city (or the first page). */
async function dbHitsOfPageAfter(n: number | null): Promise<number> {
  const text = server.executor.registry.get('api/city/cities-page').text;
  const after = n === null ? null : { s: adcodeOf(n), id: `city:g${n}` };
  const key = { k: 0, level: null, programme: null, year: null, after, before: null };
  const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ forward: [key], backward: [], limit: 21 }) as Record<string, unknown>, () => true);
  return sumDbHits(summary.profile);
}

describe(`cities connection over ${CITIES} generated cities`, () => {
  it('pages forward through every city in adcode order, then backward, with nothing skipped or repeated', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Conn = await cities(`first: 100${after ? `, after: "${after}"` : ''}`);
      forward.push(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(CITIES);
    expect(new Set(forward).size).toBe(CITIES);
    const index = (id: string) => Number(id.slice('city:g'.length));
    const sorted = [...forward].sort((a, b) => adcodeOf(index(a)).localeCompare(adcodeOf(index(b))) || (a < b ? -1 : 1));
    expect(forward).toEqual(sorted);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Conn = await cities(`last: 100${before ? `, before: "${before}"` : ''}`);
      backward.unshift(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('a page after the 2,900th city costs what the first page costs, a small fraction of the graph', async () => {
    const first = await dbHitsOfPageAfter(null);
    const deep = await dbHitsOfPageAfter(2899);
    expect(first).toBeLessThan(CITIES / 5);
    expect(deep).toBeLessThanOrEqual(first * 1.2 + 10);
  });
});
