/**
 * `totalCount` of an unfiltered root connection (Query.cities, Query.designations, Query.assessments,
 * Query.sources) is read from Neo4j's count store (cypher/api/*\/*-count-all.cypher): the same total as the
 * filtered path gives, for a constant handful of db hits however large the graph (the filtered count query
 * reads every item it counts: at a million nodes, every city).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultSummary } from 'neo4j-driver';
import { toCypherParams } from '../../src/db/executor.js';
import { startSeededApi, type Api } from '../helpers/api.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi();
}, 240_000);
afterAll(async () => {
  await api?.close();
});

type Plan = { operatorType: string; dbHits?: number; children?: Plan[] };
const operators = (p: Plan): string[] => [p.operatorType.split('@')[0]!, ...(p.children ?? []).flatMap(operators)];
const dbHits = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + dbHits(c), 0);

async function profile(name: string): Promise<Plan> {
  const text = api.executor.registry.get(name).text;
  const summary: ResultSummary = await api.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { keys: [{ k: 0 }, { k: 1 }] } }) as Record<string, unknown>, () => true);
  return summary.profile as unknown as Plan;
}

async function total(query: string, variables?: Record<string, unknown>): Promise<number> {
  const d = await api.data<Record<string, { totalCount: number }>>(query, variables);
  return Object.values(d)[0]!.totalCount;
}

describe('unfiltered totals from the count store', () => {
  it('each count-store query reads the count store, a few db hits for any number of keys', async () => {
    for (const name of ['api/city/cities-count-all', 'api/designation/designations-count-all', 'api/assessment/assessments-count-all', 'api/source/sources-count-all']) {
      const plan = await profile(name);
      expect(operators(plan).some((o) => /CountFromCountStore$/u.test(o)), `${name}: ${operators(plan).join(' ')}`).toBe(true);
      expect(operators(plan).some((o) => /Scan|Seek|Expand/u.test(o)), `${name}: ${operators(plan).join(' ')}`).toBe(false);
      expect(dbHits(plan), name).toBeLessThanOrEqual(2);
    }
  });

  it('Query.cities: the total equals the sum of every province\'s cities (the filtered count)', async () => {
    const all = await total('{ cities(first: 1) { totalCount } }');
    const d = await api.data<{ provinces: { edges: { node: { cities: { totalCount: number } } }[] } }>('{ provinces(first: 100) { edges { node { cities(first: 1) { totalCount } } } } }');
    const sum = d.provinces.edges.reduce((n, e) => n + e.node.cities.totalCount, 0);
    expect(all).toBeGreaterThan(300);
    expect(all).toBe(sum);
    // A filter still counts what it matches, through the filtered query.
    expect(await total('{ cities(first: 1, level: "prefecture") { totalCount } }')).toBeLessThan(all);
  });

  it('Query.designations: the total equals the sum of every programme\'s members', async () => {
    const all = await total('{ designations(first: 1) { totalCount } }');
    const d = await api.data<{ programmes: { members: { totalCount: number } }[] }>('{ programmes { members(first: 1) { totalCount } } }');
    expect(all).toBeGreaterThan(100);
    expect(all).toBe(d.programmes.reduce((n, p) => n + p.members.totalCount, 0));
    expect(await total('{ designations(first: 1, yearFrom: 2022) { totalCount } }')).toBeLessThan(all);
  });

  it('Query.sources: the total equals articles plus reference lists', async () => {
    const all = await total('{ sources(first: 1) { totalCount } }');
    const articles = await total('{ sources(first: 1, kind: ARTICLE) { totalCount } }');
    const lists = await total('{ sources(first: 1, kind: REFERENCE_LIST) { totalCount } }');
    expect(articles).toBeGreaterThan(0);
    expect(lists).toBeGreaterThan(0);
    expect(all).toBe(articles + lists);
  });

  it('Query.assessments: the total equals every assessment the pages walk through', async () => {
    const all = await total('{ assessments(first: 1) { totalCount } }');
    let seen = 0;
    let after: string | null = null;
    for (;;) {
      const d: { assessments: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.data('query($after: String) { assessments(first: 50, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }', { after });
      seen += d.assessments.edges.length;
      if (!d.assessments.pageInfo.hasNextPage) break;
      after = d.assessments.pageInfo.endCursor;
    }
    expect(all).toBeGreaterThan(0);
    expect(all).toBe(seen);
  });
});
