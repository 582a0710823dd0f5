/**
 * Projection (src/graph/projection.ts) against the real Neo4j: the queries that read only the properties an
 * operation reads of a node (the provinces subtree, the city and province pages, the designation pages'
 * ends, the neighbourhood's sources) answer exactly as the whole nodes do, when the same request reads more
 * of those nodes elsewhere: through aliases, interface fragments, @skip/@include, and `node(id)` after a
 * projected row (answered from the node loader's cache the projected row primed). The whole path is
 * `nodes(ids:)` in a request of its own (api/node/by-ids reads every property).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';
import { toGlobalId } from '../../src/graph/global-id.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
});
afterAll(() => api?.close());

const HUANGSHI = 'city:420200';

type Row = Record<string, unknown> & { id: string };

/** The fields `fields` of the nodes `ids`, read whole (one request of their own). */
async function whole(ids: string[], fields: string): Promise<Map<string, Row>> {
  const d = await api.data<{ nodes: Row[] }>(`query($ids:[ID!]!){ nodes(ids:$ids) { id ${fields} } }`, { ids });
  return new Map(d.nodes.map((n) => [n.id, n]));
}

/** Each of `rows` (by id) has the very values the whole node gives for the fields it shows. */
function expectWhole(rows: Row[], byId: Map<string, Row>): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    const w = byId.get(r.id)!;
    expect(w, r.id).toBeDefined();
    for (const [k, v] of Object.entries(r)) if (k in w) expect(v, `${r.id}.${k}`).toEqual(w[k]);
  }
}

const CITY_FIELDS = '... on City { name nameEn aliases adcode level formerNames }';

describe('projected rows answer as whole nodes', () => {
  it('the provinces subtree, with aliases, an interface fragment, @include, and node(id) of a city of the page in the same request', async () => {
    const doc = `query($x: Boolean!, $id: ID!) {
      provinces(first: 3) { edges { node { id name pinyin: nameEn cities(first: 20) { edges { node { id n: name adcode @include(if: $x) ...Names } } } } } }
      node(id: $id) { id ... on City { formerNames level name } }
    }
    fragment Names on Entity { aliases ... on City { formerNames } }`;
    // 黄石 is in 湖北, not among the first three provinces: node(id) then reads it by id; the second run
    // asks for a city the subtree did read (primed, projected, in the node loader's cache).
    const first = await api.data(doc, { x: true, id: toGlobalId('City', HUANGSHI) });
    const cities: Row[] = first.provinces.edges.flatMap((p: { node: { cities: { edges: { node: Row }[] } } }) => p.node.cities.edges.map((c) => c.node));
    const primed = cities.find((c) => c.formerNames && (c.formerNames as string[]).length > 0) ?? cities[0]!;
    for (const x of [true, false, true]) {
      const d = await api.data(doc, { x, id: primed.id });
      const rows: Row[] = d.provinces.edges.flatMap((p: { node: { cities: { edges: { node: Row }[] } } }) => p.node.cities.edges.map((c) => c.node));
      const byId = await whole([...rows.map((r) => r.id), d.node.id], CITY_FIELDS);
      // Aliased fields compared under their field's name.
      expectWhole(rows.map(({ n, ...r }) => ({ ...r, name: n }) as Row), byId);
      expect(rows.every((r) => ('adcode' in r) === x)).toBe(true);
      expectWhole([d.node], byId);
      expect(d.node.id).toBe(primed.id);
      const provinces = await whole(d.provinces.edges.map((p: { node: Row }) => p.node.id), '... on Province { name nameEn }');
      expectWhole(d.provinces.edges.map(({ node: { pinyin, cities: _c, ...p } }: { node: Row & { pinyin: unknown; cities: unknown } }) => ({ ...p, nameEn: pinyin }) as Row), provinces);
    }
  });

  it('a page of cities that shows only their names, and the same cities read again in the same request with every field', async () => {
    const page = await api.data('{ cities(first: 20, after: null) { edges { node { id } } } }');
    const ids: string[] = page.cities.edges.map((e: { node: { id: string } }) => e.node.id);
    const d = await api.data(`query($ids:[ID!]!) { cities(first: 20) { edges { node { id name } } } again: nodes(ids: $ids) { id ${CITY_FIELDS} } }`, { ids });
    const byId = await whole(ids, CITY_FIELDS);
    expectWhole(d.cities.edges.map((e: { node: Row }) => e.node), byId);
    expectWhole(d.again, byId);
    expect(d.again.some((c: Row) => c.adcode !== null)).toBe(true);
  });

  it("a page of designations whose ends show a few fields, then one of its cities by node(id) with the others", async () => {
    const ids = await api.data('{ designations(first: 20) { edges { node { city { id } programme { id } } } } }');
    const cityId: string = ids.designations.edges[0].node.city.id;
    const doc = `query($id: ID!) {
      designations(first: 20) { edges { node { year city { id name ... on Entity { aliases } } programme { id n: name kind } } } }
      node(id: $id) { id ${CITY_FIELDS} }
    }`;
    for (let run = 0; run < 2; run++) {
      const d = await api.data(doc, { id: cityId });
      const cities: Row[] = d.designations.edges.map((e: { node: { city: Row } }) => e.node.city);
      const programmes: Row[] = d.designations.edges.map((e: { node: { programme: Row & { n: unknown } } }) => ({ id: e.node.programme.id, name: e.node.programme.n, kind: e.node.programme.kind }));
      expectWhole([...cities, d.node], await whole([...cities.map((c) => c.id), d.node.id], CITY_FIELDS));
      expectWhole(programmes, await whole(programmes.map((p) => p.id), '... on Programme { name kind level }'));
    }
  });

  it("a programme's members whose cities show their adcode, with @skip on their name", async () => {
    const p = await api.data('{ designations(first: 1) { edges { node { programme { id } } } } }');
    const doc = `query($p: ID!, $s: Boolean!) { node(id: $p) { ... on Programme { members(first: 20) { edges { node { city { id adcode name @skip(if: $s) } } } } } } }`;
    for (const s of [false, true]) {
      const d = await api.data(doc, { p: p.designations.edges[0].node.programme.id, s });
      const cities: Row[] = d.node.members.edges.map((e: { node: { city: Row } }) => e.node.city);
      expect(cities.every((c) => ('name' in c) === !s)).toBe(true);
      expectWhole(cities, await whole(cities.map((c) => c.id), CITY_FIELDS));
    }
  });

  it("a neighbourhood's edge sources, with an article's own fields in a fragment", async () => {
    const d = await api.data(`query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { edges { sources { source { id title ... on Article { publisher publishedAt language url } } } } } }`, { id: toGlobalId('City', HUANGSHI) });
    const sources: Row[] = d.neighbourhood.edges.flatMap((e: { sources: { source: Row }[] }) => e.sources.map((s) => s.source));
    expect(sources.some((s) => s.publisher || s.language)).toBe(true);
    expectWhole(sources, await whole([...new Set(sources.map((s) => s.id))], '... on Source { title url } ... on Article { publisher publishedAt language }'));
  });
});
