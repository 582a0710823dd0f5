/**
 * Projection (src/graph/projection.ts) against the real Neo4j: the queries that read only the properties an
 * operation reads of a node or of a designation relationship (the provinces subtree, the city and province
 * pages, the designation pages and their ends, a city by id, the neighbourhood's sources) answer exactly as
 * the whole nodes and relationships do, when the same request reads more
 * of those nodes elsewhere: through aliases, interface fragments, @skip/@include, and `node(id)` after a
 * projected row (answered from the node loader's cache the projected row primed). The whole path is
 * `nodes(ids:)` in a request of its own (api/node/by-ids reads every property); for designations,
 * `Source.facts` of their sources (api/source/facts reads every property of the relationship). Designations
 * have no id, so there is no `node(id)` of one.
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

  it("a city by id (city-with-lists) showing a few fields of the city, its observations, programmes and sources, then all of them by node(id) in the same request", async () => {
    const OBSERVATION_FIELDS = '... on Observation { metric name value unit period periodStart periodEnd }';
    const doc = `query($id: ID!, $x: Boolean!) {
      node(id: $id) { id ... on City { name observations { id value ...Period @include(if: $x) sources { source { id } } }
        designations { year programme { id name } sources { source { id ... on Article { publisher } } } } } }
      again: nodes(ids: [$id]) { id ${CITY_FIELDS} }
    }
    fragment Period on Observation { period metric }`;
    for (const x of [true, false]) {
      const d = await api.data(doc, { id: toGlobalId('City', HUANGSHI), x });
      expectWhole([d.node, ...d.again], await whole([d.node.id], CITY_FIELDS));
      const observations: Row[] = d.node.observations.map(({ sources: _s, ...o }: Row & { sources: unknown }) => o);
      expect(observations.every((o) => ('metric' in o) === x)).toBe(true);
      expectWhole(observations, await whole(observations.map((o) => o.id), OBSERVATION_FIELDS));
      const programmes: Row[] = d.node.designations.map((g: { programme: Row }) => g.programme);
      expectWhole(programmes, await whole(programmes.map((g) => g.id), '... on Programme { name }'));
      const sources: Row[] = [...d.node.observations, ...d.node.designations].flatMap((o: { sources: { source: Row }[] }) => o.sources.map((s) => s.source));
      expectWhole(sources, await whole([...new Set(sources.map((s) => s.id))], '... on Article { publisher }'));
    }
  });

  it("a neighbourhood's edge sources, with an article's own fields in a fragment", async () => {
    const d = await api.data(`query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { edges { sources { source { id title ... on Article { publisher publishedAt language url } } } } } }`, { id: toGlobalId('City', HUANGSHI) });
    const sources: Row[] = d.neighbourhood.edges.flatMap((e: { sources: { source: Row }[] }) => e.sources.map((s) => s.source));
    expect(sources.some((s) => s.publisher || s.language)).toBe(true);
    expectWhole(sources, await whole([...new Set(sources.map((s) => s.id))], '... on Source { title url } ... on Article { publisher publishedAt language }'));
  });
});

/** Every field of a designation (the relationship's properties and its ends by id). */
const DESIGNATION_FIELDS = 'city { id } programme { id } year batch role term confidence statedConfidence independentSources confidenceBasis round { id } sources { evidence confidence source { id } extraction { method confidence reviewed } }';

/** JSON with object keys sorted (two equal values print alike). */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/**
 * The designations the sources `ids` state, read whole: `Source.facts` (api/source/facts) returns each
 * DESIGNATED_IN relationship with every property, whatever the selection, in a request of its own.
 */
async function wholeDesignations(ids: string[]): Promise<Row[]> {
  const facts = `facts { ... on Designation { ${DESIGNATION_FIELDS} } }`;
  const d = await api.data<{ nodes: { facts?: Row[] }[] }>(`query($ids:[ID!]!){ nodes(ids:$ids) { ... on Article { ${facts} } ... on ReferenceList { ${facts} } } }`, { ids });
  return d.nodes.flatMap((n) => (n.facts ?? []).filter((f) => f.city));
}

/** Of a whole value, the part a selection shows: the fields `shape` has, at every level. */
function shownAs(whole: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && Array.isArray(whole)) return whole.map((w, i) => shownAs(w, shape[i] ?? shape[0]));
  if (shape && typeof shape === 'object' && whole && typeof whole === 'object') {
    return Object.fromEntries(Object.keys(shape).map((k) => [k, shownAs((whole as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k])]));
  }
  return whole;
}

/**
 * Each of `rows` (designations showing their ends and some fields, aliases put back under their field's
 * name) has the very values a whole designation of the same ends and year shows for the fields it shows
 * (`shownAs`).
 */
function expectWholeDesignations(rows: Record<string, unknown>[], whole: Row[]): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    const same = whole.filter((w) => stable(w.city) === stable(r.city) && stable(w.programme) === stable(r.programme) && w.year === r.year);
    expect(same.length, `a whole designation for ${stable(r)}`).toBeGreaterThan(0);
    expect(same.map((w) => stable(shownAs(w, r))), stable(r)).toContain(stable(r));
  }
}

describe('projected designation relationships answer as whole ones', () => {
  it('a page of designations showing two fields, the same designations reached again through their city with every field, and the provinces subtree, with a fragment, an alias and @skip/@include', async () => {
    const first = await api.data('{ designations(first: 20) { edges { node { city { id } } } } }');
    const cityId: string = first.designations.edges[0].node.city.id;
    const doc = `query($x: Boolean!, $s: Boolean!, $id: ID!) {
      designations(first: 20) { edges { node { city { id } programme { id } year ...More @include(if: $x) } } }
      node(id: $id) { ... on City { designations { ${DESIGNATION_FIELDS} } } }
      provinces(first: 3) { edges { node { cities(first: 10) { edges { node { id designations { programme { id } year b: batch sources @skip(if: $s) { evidence source { id } } } } } } } } }
    }
    fragment More on Designation { batch r: round { id } }`;
    for (const [x, s] of [[true, false], [false, true], [true, true]] as const) {
      const d = await api.data(doc, { x, s, id: cityId });
      const page = d.designations.edges.map((e: { node: Record<string, unknown> }) => {
        const { r, ...rest } = e.node;
        return x ? { ...rest, round: r } : rest;
      });
      expect(page.every((p: Record<string, unknown>) => ('batch' in p) === x)).toBe(true);
      const again: Row[] = d.node.designations;
      // The designation both paths reach: the city's designations hold the page's first row.
      expect(again.some((a) => stable(a.programme) === stable(page[0].programme) && a.year === page[0].year)).toBe(true);
      const tree = d.provinces.edges.flatMap((p: { node: { cities: { edges: { node: { id: string; designations: Record<string, unknown>[] } }[] } } }) =>
        p.node.cities.edges.flatMap((c) => c.node.designations.map(({ b, ...rest }) => ({ ...rest, batch: b, city: { id: c.node.id } }))),
      );
      expect(tree.every((t: Record<string, unknown>) => ('sources' in t) === !s)).toBe(true);
      const sourceIds = new Set<string>();
      for (const a of again) for (const src of a.sources as { source: { id: string } }[]) sourceIds.add(src.source.id);
      // The sources of every designation shown: read their facts whole, in requests of their own.
      const others = await api.data(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on City { designations { sources { source { id } } } } } }`, {
        ids: [...new Set([...page.map((p: { city: { id: string } }) => p.city.id), ...tree.map((t: { city: { id: string } }) => t.city.id)])],
      });
      for (const n of others.nodes) for (const a of n.designations ?? []) for (const src of a.sources) sourceIds.add(src.source.id);
      const whole = await wholeDesignations([...sourceIds]);
      expectWholeDesignations(again, whole);
      expectWholeDesignations(page, whole);
      expectWholeDesignations(tree, whole);
      expect(again.some((a) => a.round !== null || a.confidenceBasis !== null || a.statedConfidence !== null), 'some designation shows a field only its whole relationship has').toBe(true);
    }
  });

  it("a programme's members showing their year, and one member's city read by node(id) with every designation field", async () => {
    const p = await api.data('{ designations(first: 1) { edges { node { programme { id } } } } }');
    const programme: string = p.designations.edges[0].node.programme.id;
    const m = await api.data('query($p: ID!) { node(id: $p) { ... on Programme { members(first: 5) { edges { node { city { id } } } } } } }', { p: programme });
    const cityId: string = m.node.members.edges[0].node.city.id;
    const doc = `query($p: ID!, $c: ID!) {
      node(id: $p) { ... on Programme { members(first: 20) { edges { node { city { id } programme { id } year } } } } }
      city: node(id: $c) { ... on City { designations(programme: $p) { ${DESIGNATION_FIELDS} } } }
    }`;
    const d = await api.data(doc, { p: programme, c: cityId });
    const members = d.node.members.edges.map((e: { node: Row }) => e.node);
    const ids = new Set<string>();
    for (const a of d.city.designations) for (const src of a.sources) ids.add(src.source.id);
    const whole = await wholeDesignations([...ids]);
    expectWholeDesignations(d.city.designations, whole);
    expectWholeDesignations(members.filter((x: Row) => (x.city as { id: string }).id === cityId), whole);
  });
});
