/**
 * An article's texts (`text`, `rawText`: kilobytes each, plus `boilerplate` and `pageMeta`) travel only
 * when a query selects them: every way of reaching an article still shows its full texts, and the same
 * queries without them read no text from Neo4j (what the server reads, record by record, not timings).
 */
import 'reflect-metadata';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/values.js';
import { SOURCE_TEXT_KEYS } from '../../src/source/source.type.js';
import { startSeededApi, type Api } from '../helpers/api.js';

let api: Api;
/** What the server's executor read, query by query, since the last `reads.length = 0`. */
const reads: { name: string; records: Neo4jRecord[] }[] = [];
/** Every article's stored text properties, read straight from Neo4j. */
const stored = new Map<string, Record<(typeof SOURCE_TEXT_KEYS)[number], string | null>>();

beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
  const read = api.executor.read.bind(api.executor);
  api.executor.read = async (name, params, opts) => {
    const records = await read(name, params, opts);
    reads.push({ name, records });
    return records;
  };
  const rows = await api.executor.runText('test:article-texts', `MATCH (n:Article) RETURN n.id AS id, n {${SOURCE_TEXT_KEYS.map((k) => `.${k}`).join(', ')}} AS texts`, {}, 'READ');
  for (const r of rows) stored.set(r.get('id') as string, r.get('texts'));
});
afterAll(() => api?.close());

/** Every way to an article, each with `F` standing for the fields asked of it. */
const WAYS: Record<string, string> = {
  NodeById: 'query NodeById($article: ID!) { node(id: $article) { F } }',
  SourcesPage: '{ sources(first: 100) { edges { node { F } } } }',
  FactSources: `{ sources(first: 100) { edges { node { ... on Article { facts {
      ... on Designation { sources { source { F } } } ... on Relationship { sources { source { F } } } ... on Observation { sources { source { F } } }
      ... on AssessmentEvent { sources { source { F } } } ... on Event { sources { source { F } } } } } } } } }`,
  CityLists: 'query CityLists($city: ID!) { city(id: $city) { designations { sources { source { F } } } observations { sources { source { F } } } } }',
  NestedDesignations: '{ provinces(first: 34) { edges { node { cities(first: 100) { edges { node { designations { sources { source { F } } } } } } } } } }',
  Neighbourhood: 'query Neighbourhood($city: ID!) { neighbourhood(id: $city, depth: 2) { edges { sources { source { F } } } } }',
  MentionedIn: 'query MentionedIn($city: ID!) { city(id: $city) { mentionedIn { F } } }',
};

async function ask(way: string, fields: string): Promise<unknown> {
  const query = WAYS[way]!.replaceAll(' F ', ` ${fields} `);
  const { vars } = await ids();
  const variables = Object.fromEntries(Object.entries(vars).filter(([k]) => query.includes(`$${k}`)));
  return api.data(query, variables);
}

let cached: { vars: Record<string, string> } | undefined;
async function ids() {
  if (cached) return cached;
  const d = await api.data('{ sources(first: 100) { edges { node { id graphId __typename } } } }');
  const article = d.sources.edges.map((e: any) => e.node).find((n: any) => n.__typename === 'Article');
  const city = await api.idOf('黄石', 'CITY');
  return (cached = { vars: { article: article.id, city } });
}

/** Every object of an answer that has a `graphId` and the given key. */
function articlesIn(v: unknown, key: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) for (const x of v) articlesIn(x, key, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.graphId === 'string' && key in o) out.push(o);
    for (const x of Object.values(o)) articlesIn(x, key, out);
  }
  return out;
}

/** Every string in what the server read from Neo4j. */
function stringsRead(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of reads) for (const rec of r.records) for (const k of rec.keys) walk(toPlain(rec.get(k)));
  return out;
}

describe('article texts', () => {
  it('the seed has articles with long texts to look for', () => {
    expect(stored.size).toBeGreaterThanOrEqual(5);
    for (const t of stored.values()) {
      expect(t.text!.length).toBeGreaterThan(200);
      expect(t.rawText!.length).toBeGreaterThan(200);
    }
  });

  it.each(Object.keys(WAYS))('%s: text and rawText, when selected, are the stored texts in full', async (way) => {
    const answer = await ask(way, '... on Article { graphId text rawText }');
    const articles = articlesIn(answer, 'text');
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      const s = stored.get(a.graphId as string)!;
      expect(a.text).toBe(s.text);
      expect(a.rawText).toBe(s.rawText);
    }
  });

  it.each(Object.keys(WAYS))('%s: without text or rawText in the selection, no text is read from Neo4j', async (way) => {
    reads.length = 0;
    const answer = await ask(way, '... on Article { graphId title }');
    expect(articlesIn(answer, 'title').length).toBeGreaterThan(0);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.map((r) => r.name)).not.toContain('api/source/texts');
    const strings = stringsRead();
    for (const [id, texts] of stored) {
      for (const key of SOURCE_TEXT_KEYS) {
        const value = texts[key];
        if (!value || value.length < 20) continue;
        expect(strings.some((s) => s.includes(value)), `${id}.${key} was read`).toBe(false);
      }
    }
  });

  it('selecting texts costs one more round trip for all the articles of a level, and only then', async () => {
    const { vars } = await ids();
    await api.data('query TitlesOnly { sources(first: 100) { edges { node { ... on Article { title } } } } }');
    await api.data('query WithTexts { sources(first: 100) { edges { node { ... on Article { title text rawText } } } } }');
    await api.data(`query CityWithTexts($city: ID!) { city(id: $city) { graphId observations { sources { source { ... on Article { text } } } } } }`, { city: vars.city });
    const trips = (op: string) => api.logs.filter((l) => l.operationName === op).map((l) => l.cypherRoundTrips);
    expect(trips('TitlesOnly')).toEqual([1]);
    expect(trips('WithTexts')).toEqual([2]);
    expect(trips('CityWithTexts')).toEqual([2]);
  });
});
