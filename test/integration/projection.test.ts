/**
 * Projection (src/graph/projection.ts) against the real Neo4j: the queries that read only the properties an
 * operation reads of a node or of a designation relationship (the provinces subtree, the city and province
 * pages, the designation pages and their ends, a city by id, the neighbourhood's sources) answer exactly as
 * the whole nodes and relationships do, when the same request reads more
 * of those nodes elsewhere: through aliases, interface fragments, @skip/@include, and `node(id)` after a
 * projected row (answered from the node loader's cache the projected row primed). Lookups by id
 * (`nodes(ids:)`, `node(id)`, a timeline's nodes) are projected too; what they are compared with is the whole
 * node read straight from the database (api/node/by-ids without a projection) and made into its API object.
 * For designations, the whole path is `Source.facts` of their sources (api/source/facts reads every property of
 * the relationship). Designations have no id, so there is no `node(id)` of one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';
import { fromGlobalId, toGlobalId } from '../../src/graph/global-id.js';
import { createGraphLoaders } from '../../src/graph/graph.loaders.js';
import { materialize } from '../../src/graph/materialize.js';
import { QueryStats } from '../../src/db/executor.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
});
afterAll(() => api?.close());

const HUANGSHI = 'city:420200';

type Row = Record<string, unknown> & { id: string };

/**
 * The nodes `ids` (global ids) read whole from the database — a node loader no operation gave a projection,
 * api/node/by-ids with every property — as their API objects (`fields` lists what the caller compares: every
 * field name in it, type names and `on` aside, as the object's property of that name).
 */
async function whole(ids: string[], fields: string): Promise<Map<string, Row>> {
  const names = [...new Set(fields.match(/\b[a-z]\w*\b/g)!.filter((w) => w !== 'on'))];
  const loader = createGraphLoaders(api.executor, new QueryStats()).node;
  const rows = await loader.loadMany(ids.map((id) => fromGlobalId(id).graphId));
  const out = new Map<string, Row>();
  for (const r of rows) {
    if (!r || r instanceof Error) continue;
    const o = materialize(r) as unknown as Record<string, unknown>;
    out.set(String(o.id), Object.fromEntries(['id', ...names].filter((k) => k in o).map((k) => [k, o[k]])) as Row);
  }
  return out;
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

/** A row whose fields were aliased `field__x` (to tell apart fields of one name but different types) under their field's name. */
function unalias(r: Row): Row {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/__\w+$/, ''), v])) as Row;
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
  it('nodes(ids) mixing every kind, each with its own fields through fragments, an alias and @skip, equal to the whole nodes', async () => {
    const kinds = await api.executor.runText('test:one-of-each-kind', `UNWIND $labels AS l
      CALL (l) { MATCH (n:Node) WHERE l IN labels(n) RETURN n.id AS id ORDER BY n.id LIMIT 2 }
      RETURN l, collect(id) AS ids`, { labels: ['Province', 'City', 'Agency', 'Programme', 'Round', 'AssessmentEvent', 'Observation', 'Organisation', 'Person', 'Event', 'Article', 'ReferenceList'] }, 'READ');
    const ids = kinds.flatMap((r) => (r.get('ids') as string[]).map((g) => toGlobalId(r.get('l'), g)));
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    const fields = `label graphId
      ... on Entity { name nameEn aliases }
      ... on City { adcode level formerNames } ... on Province { adcode__p: adcode } ... on Agency { level__a: level formerNames } ... on Programme { kind level__p: level }
      ... on Round { round yearInForce announcedOn notice officialCount knownCount }
      ... on AssessmentEvent { name__a: name date year kind outcome rank outOf } ... on Observation { metric name__o: name value unit period periodStart periodEnd }
      ... on Organisation { kind } ... on Event { date kind } ... on Source { title url } ... on Article { publisher publishedAt language }`;
    const byId = await whole(ids, fields);
    for (const skip of [false, true]) {
      const d = await api.data(`query($ids: [ID!]!, $s: Boolean!) { nodes(ids: $ids) { id ${fields} } again: nodes(ids: $ids) { id kind: label ... on Entity { nameEn @skip(if: $s) } } }`, { ids, s: skip });
      expect(d.nodes.map((n: Row) => n.id)).toEqual(ids);
      expectWhole(d.nodes.map(unalias), byId);
      expectWhole(d.again.map(({ kind, ...n }: Row) => ({ ...n, label: kind }) as Row), byId);
      expect(d.again.filter((n: Row) => 'nameEn' in n).length > 0).toBe(!skip);
    }
    // Only what is shown: the same nodes asked for their ids alone still answer with their kinds.
    const bare = await api.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id label } }`, { ids });
    expect(bare.nodes.map((n: Row) => n.label)).toEqual(ids.map((i) => fromGlobalId(i).label));
  });

  it("a timeline's nodes and sources read with a few fields, then the same nodes by node(id) with every field", async () => {
    const first = await api.data(`query($id: ID!) { timeline(id: $id) { subject { id } object { id } fact { id } } }`, { id: toGlobalId('City', HUANGSHI) });
    const entries: { subject: Row | null; object: Row | null; fact: Row | null }[] = first.timeline;
    const programme = entries.find((e) => e.object)!.object!.id;
    const fact = entries.find((e) => e.fact)?.fact?.id ?? programme;
    const doc = `query($id: ID!, $p: ID!, $f: ID!) {
      timeline(id: $id) { kind title subject { id ... on Entity { name } } object { id ... on Programme { n: name } } fact { id } sources { evidence source { id title } } }
      p: node(id: $p) { id ... on Programme { name nameEn aliases kind level } }
      f: node(id: $f) { id ... on AssessmentEvent { name__a: name date year kind outcome rank outOf } ... on Event { name date kind } ... on Programme { name } }
    }`;
    const d = await api.data(doc, { id: toGlobalId('City', HUANGSHI), p: programme, f: fact });
    const timeline: { kind: string; title: string; subject: Row | null; object: (Row & { n?: unknown }) | null; fact: Row | null; sources: { evidence: string; source: Row }[] }[] = d.timeline;
    const nodes = [...timeline.flatMap((e) => [e.subject, e.object && { id: e.object.id, name: e.object.n }, e.fact]).filter((n): n is Row => Boolean(n)), d.p, unalias(d.f)];
    expectWhole(nodes, await whole([...new Set(nodes.map((n) => n.id))], 'name nameEn aliases kind level date year outcome rank outOf'));
    const sources = timeline.flatMap((e) => e.sources.map((s) => s.source));
    expect(sources.length).toBeGreaterThan(0);
    expectWhole(sources, await whole([...new Set(sources.map((s) => s.id))], '... on Source { title url }'));
    // The designation rows are read for their title and sources only: each entry still names its batch and
    // shows every source's sentence, as the relationship stores them.
    const stored = await api.executor.runText('test:designations-of', 'MATCH (:City {id: $id})-[d:DESIGNATED_IN]->(g:Programme) RETURN g.id AS g, d.batch AS batch, d.evidence AS evidence', { id: HUANGSHI }, 'READ');
    expect(stored.length).toBeGreaterThan(0);
    for (const r of stored) {
      const entry = timeline.find((e) => e.kind === 'DESIGNATION' && e.object && fromGlobalId(e.object.id).graphId === r.get('g'))!;
      expect(entry, r.get('g')).toBeDefined();
      const batch = r.get('batch');
      expect(entry.title.includes(` (batch ${String(batch)})`)).toBe(batch !== null && batch !== undefined);
      expect(entry.sources.map((s) => s.evidence)).toEqual((r.get('evidence') as string[] | null ?? []).slice(0, entry.sources.length));
    }
  });

  it("paths' edge sources, read with a few fields and again whole in the same request", async () => {
    const suining = await api.idOf('遂宁', 'CITY');
    const cnipa = await api.idOf('CNIPA', 'AGENCY');
    const d = await api.data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 20) { nodes { graphId name } edges { sources { source { id title } } } } }`, { a: suining, b: cnipa });
    const sources: Row[] = d.paths.flatMap((p: { edges: { sources: { source: Row }[] }[] }) => p.edges.flatMap((e) => e.sources.map((s) => s.source)));
    expect(sources.length).toBeGreaterThan(0);
    const ids = [...new Set(sources.map((s) => s.id))];
    const again = await api.data(`query($a: ID!, $b: ID!, $ids: [ID!]!) { paths(from: $a, to: $b, maxHops: 4, first: 20) { edges { sources { source { id } } } } nodes(ids: $ids) { id ... on Source { title url } ... on Article { publisher language } } }`, { a: suining, b: cnipa, ids });
    const byId = await whole(ids, '... on Source { title url } ... on Article { publisher language }');
    expectWhole(sources, byId);
    expectWhole(again.nodes, byId);
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
