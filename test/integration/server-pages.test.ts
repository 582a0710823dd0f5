/**
 * The pages' contract with the API, over HTTP (the browser test drives them for real): every playground
 * example and every query of the graph view is valid against the app's schema, fits the default cost
 * budget, and answers on the seeded graph; the pages and their libraries are served from this server
 * with a same-origin Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { DEFAULT_LIMITS, queryCost } from '../../src/server/limits.js';
import { startSeededApi, type Api } from '../helpers/api.js';

const STATIC = path.join(PROJECT_ROOT, 'src/server/static');

interface Example {
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

let api: Api;
let EXAMPLES: Example[];
let exploreQueries: Record<string, string>;

beforeAll(async () => {
  api = await startSeededApi();
  EXAMPLES = ((await import(pathToFileURL(path.join(STATIC, 'examples.js')).href)) as { EXAMPLES: Example[] }).EXAMPLES;
  const src = fs.readFileSync(path.join(STATIC, 'explore.js'), 'utf8');
  exploreQueries = Object.fromEntries([...src.matchAll(/const (\w+) = `(query [\s\S]*?)`;/g)].map((m) => [m[1]!, m[2]!]));
});
afterAll(async () => {
  await api?.close();
});

/** Replaces `{ $search, kind }` variables with real ids, as playground.js does in the browser. */
async function resolve(variables: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(variables)) {
    const lookup = v as { $search?: string; kind?: string } | undefined;
    out[k] = lookup && typeof lookup === 'object' && lookup.$search ? await api.idOf(lookup.$search, lookup.kind) : v;
  }
  return out;
}

describe('playground examples', () => {
  it('cover search in Chinese and English, designations with sources, cities by programme, a path, a timeline, a filtered neighbourhood', () => {
    expect(EXAMPLES.map((e) => e.title)).toEqual([
      'Search in Chinese',
      'Search in English',
      "A city's designations with sources",
      "A province's cities by programme",
      'A path between two entities',
      'A timeline',
      'A neighbourhood, filtered by relationship type',
    ]);
  });

  it('are valid against the schema and within the default limits', async () => {
    const schema = await buildAppSchema();
    for (const ex of EXAMPLES) {
      const doc = parse(ex.query);
      expect(validate(schema, doc), ex.title).toEqual([]);
      const cost = queryCost(schema, doc, await resolve(ex.variables), undefined);
      expect(cost, ex.title).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    }
  });

  it('each answers with data on the seeded graph', async () => {
    const results: Record<string, unknown> = {};
    for (const ex of EXAMPLES) results[ex.title] = await api.data(ex.query, await resolve(ex.variables));
    expect((results['Search in Chinese'] as { search: { node: { name: string } }[] }).search[0]!.node.name).toContain('黄石');
    expect((results['Search in English'] as { search: unknown[] }).search.length).toBeGreaterThan(0);
    // Looked up by name, not by id: each designation with its round, that round's coverage, and its sources.
    const city = (results["A city's designations with sources"] as { place: { name: string; designations: { round: { coverage: { known: number } } | null; sources: unknown[] }[] } }).place;
    expect(city.name).toContain('湖州');
    expect(city.designations.length).toBeGreaterThan(0);
    expect(city.designations.every((d) => d.sources.length > 0)).toBe(true);
    expect(city.designations.every((d) => d.round !== null && d.round.coverage.known > 0)).toBe(true);
    expect((results["A province's cities by programme"] as { province: { cities: { totalCount: number } } }).province.cities.totalCount).toBeGreaterThanOrEqual(3); // 襄阳, 孝感, 黄石
    expect((results['A path between two entities'] as { paths: unknown[] }).paths.length).toBeGreaterThan(0);
    expect((results['A timeline'] as { timeline: unknown[] }).timeline.length).toBeGreaterThan(0);
  });
});

describe('graph view queries', () => {
  it('are valid, within the default limits, and answer on the seeded graph', async () => {
    const schema = await buildAppSchema();
    expect(Object.keys(exploreQueries).sort()).toEqual(['NEIGHBOURHOOD', 'ROUNDS', 'SEARCH']);
    for (const [name, q] of Object.entries(exploreQueries)) {
      const doc = parse(q);
      expect(validate(schema, doc), name).toEqual([]);
      expect(queryCost(schema, doc, { text: 'x', id: 'x' }, undefined), name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    }
    const hits = await api.data<{ search: { node: { id: string; name: string } }[] }>(exploreQueries.SEARCH!, { text: '武汉' });
    expect(hits.search.length).toBeGreaterThan(0);
    const sub = (await api.data<{ neighbourhood: { nodes: { id: string }[]; edges: { source: string; target: string; sources: unknown[] }[] } }>(exploreQueries.NEIGHBOURHOOD!, { id: hits.search[0]!.node.id })).neighbourhood;
    expect(sub.nodes.length).toBeGreaterThan(1);
    const ids = new Set(sub.nodes.map((n) => n.id));
    // Edges join nodes of the subgraph by their ids: what the view relies on to draw them.
    expect(sub.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(sub.edges.some((e) => e.sources.length > 0)).toBe(true);
    // A programme's panel lists its rounds with their coverage.
    const [programme] = (await api.data<{ search: { node: { id: string } }[] }>(exploreQueries.SEARCH!, { text: '国家知识产权示范城市' })).search;
    const rounds = await api.data<{ node: { rounds: { round: string; coverage: { complete: boolean } }[] } }>(exploreQueries.ROUNDS!, { id: programme!.node.id });
    expect(rounds.node.rounds.map((r) => [r.round, r.coverage.complete])).toEqual([['1', true], ['2', true], ['3', true], ['4', true]]);
  });
});

describe('pages and their libraries', () => {
  it.each([
    ['/', 'GraphQL playground', ['/vendor/react.production.min.js', '/vendor/react-dom.production.min.js', '/vendor/graphiql.min.js', '/vendor/graphiql.min.css', '/static/playground.js']],
    ['/explore', 'graph view', ['/vendor/cytoscape.min.js', '/static/explore.js', '/static/explore.css']],
  ])('%s is served with its scripts, all from this server', async (route, title, assets) => {
    const res = await fetch(api.base + route);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).toContain(title);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // no CDN, no other host
    for (const asset of assets) {
      expect(html).toContain(`"${asset}"`);
      const a = await fetch(api.base + asset);
      expect(a.status, asset).toBe(200);
      expect((await a.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
  });

  it('unknown vendor files and paths are 404, and the static folder lists nothing', async () => {
    expect((await fetch(`${api.base}/vendor/nope.js`)).status).toBe(404);
    expect((await fetch(`${api.base}/static/`)).status).toBe(404);
    expect((await fetch(`${api.base}/static/../app.ts`)).status).toBe(404);
    expect((await fetch(`${api.base}/nowhere`)).status).toBe(404);
  });
});
