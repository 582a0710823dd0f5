import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors/errors.js';
import { fromGlobalId, toGlobalId, tryFromGlobalId } from '../../../src/graph/global-id.js';
import { decodeCursor, encodeCursor, pageRequest, toPage } from '../../../src/graph/pagination.js';
import { buildSearchQuery } from '../../../src/search/search.service.js';
import { toCypherParams } from '../../../src/db/executor.js';
import neo4j from 'neo4j-driver';

describe('global ids', () => {
  it('round-trip label and graph id, opaquely', () => {
    const id = toGlobalId('City', 'city:420200');
    expect(id).not.toContain('city');
    expect(fromGlobalId(id)).toEqual({ label: 'City', graphId: 'city:420200' });
  });

  it('reject ids that are not ours, naming the argument', () => {
    for (const bad of ['', 'abc', Buffer.from('Nope:x').toString('base64url'), Buffer.from('City:').toString('base64url'), 'a b']) {
      expect(() => fromGlobalId(bad, 'from')).toThrow(BadUserInputError);
      expect(tryFromGlobalId(bad)).toBeUndefined();
    }
    expect(() => fromGlobalId('abc', 'from')).toThrow(/"from"/);
  });
});

describe('keyset pagination', () => {
  it('validates first/last and decodes cursors', () => {
    expect(pageRequest({})).toMatchObject({ first: 20, last: null });
    expect(() => pageRequest({ first: 0 })).toThrow(/between 1 and 100/);
    expect(() => pageRequest({ first: 101 })).toThrow(/between 1 and 100/);
    expect(() => pageRequest({ first: 1, last: 1 })).toThrow(/either "first" or "last"/);
    const c = encodeCursor({ s: '420200', id: 'city:420200' });
    expect(decodeCursor(c, 'after')).toEqual({ s: '420200', id: 'city:420200' });
    expect(() => decodeCursor('zzz', 'after')).toThrow(/"after" is not a cursor/);
  });

  it('turns the rows a page query returned (page size + 1) into a page with correct page info', async () => {
    const rows = [1, 2, 3, 4].map((n) => ({ s: n, id: `x${n}` }));
    let counted = 0;
    const count = () => Promise.resolve(++counted && 10);
    const fwd = toPage({ first: 3, last: null, after: null, before: null }, rows, (r) => r, (r) => r.id, count);
    expect(fwd.edges.map((e) => e.node)).toEqual(['x1', 'x2', 'x3']);
    expect(fwd.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(fwd.pageInfo.endCursor!, 'after')).toEqual({ s: 3, id: 'x3' });
    const back = toPage({ first: null, last: 3, after: null, before: null }, rows, (r) => r, (r) => r.id, count);
    expect(back.edges.map((e) => e.node)).toEqual(['x2', 'x3', 'x4']);
    expect(back.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(toPage({ first: 5, last: null, after: null, before: null }, rows, (r) => r, (r) => r.id, count).pageInfo.hasNextPage).toBe(false);
    // The count query runs only when totalCount is read, and once per page however often it is read.
    expect(counted).toBe(0);
    expect(await fwd.totalCount).toBe(10);
    await fwd.totalCount;
    expect(counted).toBe(1);
  });
});

describe('search query', () => {
  it('adds Simplified, short and pinyin-joined variants, escaped for Lucene', () => {
    expect(buildSearchQuery('黃石').exact).toEqual(expect.arrayContaining(['黃石', '黄石']));
    expect(buildSearchQuery('Huangshi City').exact).toEqual(expect.arrayContaining(['Huangshi City', 'Huangshi']));
    expect(buildSearchQuery('黄石市').exact).toContain('黄石');
    expect(buildSearchQuery('huang shi').exact).toContain('huangshi');
    const q = buildSearchQuery('a:b" OR *').query;
    expect(q).not.toMatch(/[:*]/);
    expect(() => buildSearchQuery('   ')).toThrow(BadUserInputError);
    expect(() => buildSearchQuery('x'.repeat(101))).toThrow(/at most 100/);
  });
});

describe('Cypher parameters', () => {
  it('sends whole numbers as INTEGER and keeps fractions, nested too', () => {
    const p = toCypherParams({ limit: 3, ratio: 5.36, keys: [{ year: 2022 }], d: new neo4j.types.Date(2022, 3, 24) }) as Record<string, any>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(5.36);
    expect(neo4j.isInt(p.keys[0].year)).toBe(true);
    expect(neo4j.isDate(p.d)).toBe(true);
  });
});

describe('cost cache (src/server/limits.ts)', () => {
  it('computes a cost once per document, operation name and variables, and keeps a bounded number of variants', async () => {
    const { CostCache, COST_CACHE_VARIANTS } = await import('../../../src/server/limits.js');
    const cache = new CostCache();
    const doc = {};
    let computed = 0;
    const cost = (n: number) => () => (computed++, n);
    expect(cache.get(doc, { n: 1 }, undefined, cost(10))).toBe(10);
    expect(cache.get(doc, { n: 1 }, undefined, cost(99))).toBe(10);
    expect(computed).toBe(1);
    // Other variables, another operation of the same document, another document: computed again.
    expect(cache.get(doc, { n: 2 }, undefined, cost(20))).toBe(20);
    expect(cache.get(doc, { n: 1 }, 'Other', cost(30))).toBe(30);
    expect(cache.get({}, { n: 1 }, undefined, cost(40))).toBe(40);
    expect(computed).toBe(4);
    // An undefined cost (invalid variables) is remembered as such.
    expect(cache.get(doc, { n: 'x' }, undefined, () => (computed++, undefined))).toBeUndefined();
    expect(cache.get(doc, { n: 'x' }, undefined, cost(50))).toBeUndefined();
    // Past the bound the oldest variant is computed again when asked for.
    for (let i = 0; i < COST_CACHE_VARIANTS; i++) cache.get(doc, { i }, undefined, cost(i));
    computed = 0;
    expect(cache.get(doc, { n: 1 }, undefined, cost(11))).toBe(11);
    expect(computed).toBe(1);
  });
});

describe('the Cypher text sent to Neo4j (src/db/query-registry.ts)', () => {
  it('drops comment lines, indentation and blank lines, and keeps a text whose quotes may span lines as written', async () => {
    const { compactCypher, QueryRegistry } = await import('../../../src/db/query-registry.js');
    expect(compactCypher("// a page\n// of cities\nMATCH (c:City)\n  WHERE c.name = 'x // y'\n\n  RETURN c // trailing\n")).toBe("MATCH (c:City)\nWHERE c.name = 'x // y'\nRETURN c // trailing");
    const spanning = "RETURN 'one\n   two' AS s";
    expect(compactCypher(spanning)).toBe(spanning);
    // Every named query: shorter or equal, and the same tokens once comments are gone.
    const registry = QueryRegistry.load();
    for (const name of registry.names('api/')) {
      const q = registry.get(name);
      expect(q.wire.length, name).toBeLessThanOrEqual(q.text.length);
      expect(q.wire.replace(/\s+/g, ' ').trim(), name).toBe(q.text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').replace(/\s+/g, ' ').trim());
    }
  });
});
