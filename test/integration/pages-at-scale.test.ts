/**
 * Keyset pages on a generated graph of a few thousand cities: a page deep in the order costs what the
 * first page costs (its db hits are bounded by the page size, not the graph), and paging through every
 * city forward, then backward, skips nothing and repeats nothing. Pairs of cities share an adcode, so
 * the id tie-break of the cursor is exercised too. The same for one province's cities (Province.cities,
 * Query.cities(province:)), a seek on the `provinceOrder` key the loader derives from LOCATED_IN:
 * generated prefectures (every third city) lie in one of two provinces, the other cities in a prefecture.
 * And for assessment events, unanchored (`assessmentOrder`) and anchored on an agency or a programme
 * (the `agencyOrder` / `programmeOrder` keys on ASSESSED_BY / FOR_PROGRAMME). And for designations:
 * Query.designations, a programme's designations and cities, a round's members (the keys on DESIGNATED_IN).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultSummary } from 'neo4j-driver';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { applySchema, settleStatistics } from '../../src/db/schema.js';
import { toCypherParams } from '../../src/db/executor.js';
import { wipe } from '../../src/seed/loader.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { post, startServer, type RunningServer } from './server-harness.js';

const CITIES = 3000;
const ASSESSMENTS = 1200;
/** Generated assessment i's place in the API's order: its date (or 1 January of its year), then id. */
const assessmentKey = (i: number) => `${2010 + (i % 7)}-${i % 4 === 0 ? String(1 + (i % 3)).padStart(2, '0') : '01'}-01|assessment:g${i}`;
/** Generated city i: ids city:g0..; two cities per adcode. */
const adcodeOf = (i: number) => String(100000 + Math.floor(i / 2) * 7);
/** Generated city i lies in province:g0 or province:g1: directly when i % 3 = 0, else through city:g(i - i % 3). */
const provinceOf = (i: number) => `province:g${Math.floor(i / 3) % 2}`;
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
  await ex.runText(
    'test:generate-provinces',
    `UNWIND range(0, 1) AS p CREATE (:Province:Node {id: 'province:g' + toString(p), name: 'P' + toString(p), adcode: toString(900000 + p)})
     WITH count(*) AS provinces
     MATCH (c:City) WITH c, toInteger(substring(c.id, 6)) AS i
     CALL (c, i) {
       WITH c, i WHERE i % 3 = 0
       MATCH (p:Province {id: 'province:g' + toString((i / 3) % 2)})
       CREATE (c)-[:LOCATED_IN]->(p)
     }
     CALL (c, i) {
       WITH c, i WHERE i % 3 <> 0
       MATCH (pref:City {id: 'city:g' + toString(i - i % 3)})
       CREATE (c)-[:LOCATED_IN]->(pref)
     }`,
    {},
    'WRITE',
  );
  await ex.write('seed/city-province-order', {});
  // Assessment events: every fourth has a day (`date`), the others only a year; several share a day or
  // a year, so the id tie-break of the cursor is exercised. Their `assessmentOrder` key comes from the
  // loader's own query.
  await ex.runText(
    'test:generate-assessments',
    `UNWIND range(0, $n - 1) AS i
     CREATE (a:AssessmentEvent:Node {id: 'assessment:g' + toString(i), name: 'A' + toString(i), kind: 'acceptance', year: 2010 + i % 7})
     WITH a, i WHERE i % 4 = 0
     SET a.date = date({year: 2010 + i % 7, month: 1 + i % 3, day: 1})`,
    { n: ASSESSMENTS },
    'WRITE',
  );
  await ex.write('seed/assessment-order', {});
  // Two agencies and two programmes: event i is carried out by agency:g(i % 2) and belongs to
  // programme:g(i % 3 = 0 ? 0 : 1); every fifth event of agency:g0 is also entrusted by it (two
  // relationships to one agency, one event in its pages). Their page keys come from the loader's query.
  await ex.runText(
    'test:generate-assessment-anchors',
    `UNWIND range(0, 1) AS g CREATE (:Agency:Node {id: 'agency:g' + toString(g), name: 'AG' + toString(g), level: 'national'}), (:Programme:Node {id: 'programme:g' + toString(g), name: 'PG' + toString(g)})
     WITH count(*) AS anchors
     MATCH (a:AssessmentEvent) WITH a, toInteger(substring(a.id, 12)) AS i
     MATCH (ag:Agency {id: 'agency:g' + toString(i % 2)}), (p:Programme {id: 'programme:g' + CASE WHEN i % 3 = 0 THEN '0' ELSE '1' END})
     CREATE (a)-[:ASSESSED_BY {role: 'carried out'}]->(ag), (a)-[:FOR_PROGRAMME]->(p)
     WITH a, i, ag WHERE i % 10 = 0
     CREATE (a)-[:ASSESSED_BY {role: 'entrusted'}]->(ag)`,
    {},
    'WRITE',
  );
  await ex.write('seed/assessment-anchor-order', {});
  // Designations: city i in programme:g(i % 2) in year 2010 + i % 5, every seventh city a second time in
  // 2016 (two designations, one city in the programme's cities); those of programme:g0 in 2012 are tied
  // to round:g0. Their page keys come from the loader's own query.
  await ex.runText(
    'test:generate-designations',
    `CREATE (:Round:Node {id: 'round:g0', name: 'R0', label: 'g0', announcedYear: 2012, programme: 'programme:g0'})
     WITH count(*) AS rounds
     MATCH (p:Programme {id: 'programme:g0'}), (r:Round {id: 'round:g0'}) CREATE (p)-[:HAS_ROUND]->(r)
     WITH count(*) AS linked
     MATCH (c:City) WITH c, toInteger(substring(c.id, 6)) AS i
     MATCH (p:Programme {id: 'programme:g' + toString(i % 2)})
     UNWIND CASE WHEN i % 7 = 0 THEN [2010 + i % 5, 2016] ELSE [2010 + i % 5] END AS year
     CREATE (c)-[d:DESIGNATED_IN {year: year, key: toString(year)}]->(p)
     WITH d, p WHERE p.id = 'programme:g0' AND d.year = 2012
     SET d.round = 'round:g0'`,
    {},
    'WRITE',
  );
  await ex.write('seed/designation-order', {});
  // The plans measured below must be made on this graph, not on the small seed graph an earlier test
  // file left planned: the loader's own last step after bulk writes (indexes resampled, caches cleared).
  await settleStatistics(ex);
});
afterAll(() => server?.close());

type Conn = { edges: { node: { graphId: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };

async function cities(args: string): Promise<Conn> {
  const r = await post(server.url, `{ cities(${args}) { edges { node { graphId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return (r.body.data as { cities: Conn }).cities;
}

/** Every graph id `cities(<filter>)` returns, paged forward with `first: 100`, then backward with `last: 100`. */
async function pageThrough(filter: string): Promise<{ forward: string[]; backward: string[] }> {
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Conn = await cities(`${filter}first: 100${after ? `, after: "${after}"` : ''}`);
    forward.push(...page.edges.map((e) => e.node.graphId));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page: Conn = await cities(`${filter}last: 100${before ? `, before: "${before}"` : ''}`);
    backward.unshift(...page.edges.map((e) => e.node.graphId));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forward, backward };
}

function sumDbHits(plan: unknown): number {
  const p = plan as { dbHits?: number; children?: unknown[] };
  return (p.dbHits ?? 0) + (p.children ?? []).reduce<number>((n, c) => n + sumDbHits(c), 0);
}

/** Db hits of one 20-city page of Query.cities (or of one province's cities) after the `n`-th city (or the first page). */
async function dbHitsOfPageAfter(n: number | null, province: string | null = null): Promise<number> {
  const text = server.executor.registry.get(province ? 'api/city/cities-in-province-page' : 'api/city/cities-page').text;
  const after = n === null ? null : { s: adcodeOf(n), id: `city:g${n}` };
  const key = { k: 0, province, level: null, programme: null, year: null, after, before: null };
  const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { forward: [key], backward: [] }, limit: 21 }) as Record<string, unknown>, () => true);
  return sumDbHits(summary.profile);
}

describe(`cities connection over ${CITIES} generated cities`, () => {
  it('pages forward through every city in adcode order, then backward, with nothing skipped or repeated', async () => {
    const { forward, backward } = await pageThrough('');
    expect(forward).toHaveLength(CITIES);
    expect(new Set(forward).size).toBe(CITIES);
    const index = (id: string) => Number(id.slice('city:g'.length));
    const sorted = [...forward].sort((a, b) => adcodeOf(index(a)).localeCompare(adcodeOf(index(b))) || (a < b ? -1 : 1));
    expect(forward).toEqual(sorted);
    expect(backward).toEqual(forward);
  });

  it('a page after the 2,900th city costs what the first page costs, a small fraction of the graph', async () => {
    const first = await dbHitsOfPageAfter(null);
    const deep = await dbHitsOfPageAfter(2899);
    expect(first).toBeLessThan(CITIES / 5);
    expect(deep).toBeLessThanOrEqual(first * 1.2 + 10);
  });
});

describe(`one province's cities over ${CITIES} generated cities`, () => {
  const inG0 = Array.from({ length: CITIES }, (_, i) => i).filter((i) => provinceOf(i) === 'province:g0');
  const byAdcodeThenId = (a: number, b: number) => adcodeOf(a).localeCompare(adcodeOf(b)) || (`city:g${a}` < `city:g${b}` ? -1 : 1);

  it('pages forward through every city of the province (direct and through its prefecture) in adcode order, then backward, with nothing skipped or repeated', async () => {
    const { forward, backward } = await pageThrough(`province: "${toGlobalId('Province', 'province:g0')}", `);
    expect(forward).toEqual([...inG0].sort(byAdcodeThenId).map((i) => `city:g${i}`));
    expect(backward).toEqual(forward);
  });

  it('a page deep in the province costs what its first page costs, a small fraction of its cities', async () => {
    const deepest = [...inG0].sort(byAdcodeThenId).at(-30)!;
    const first = await dbHitsOfPageAfter(null, 'province:g0');
    const deep = await dbHitsOfPageAfter(deepest, 'province:g0');
    expect(first).toBeLessThan(inG0.length / 5);
    expect(deep).toBeLessThanOrEqual(first * 1.2 + 10);
  });
});

describe(`unanchored assessments over ${ASSESSMENTS} generated events`, () => {
  async function assessments(args: string): Promise<Conn> {
    const r = await post(server.url, `{ assessments(${args}) { edges { node { graphId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    return (r.body.data as { assessments: Conn }).assessments;
  }
  const expected = Array.from({ length: ASSESSMENTS }, (_, i) => i).sort((a, b) => (assessmentKey(a) < assessmentKey(b) ? -1 : 1)).map((i) => `assessment:g${i}`);

  it('pages forward through every event in date-then-id order, then backward, with nothing skipped or repeated', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Conn = await assessments(`first: 100${after ? `, after: "${after}"` : ''}`);
      forward.push(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Conn = await assessments(`last: 100${before ? `, before: "${before}"` : ''}`);
      backward.unshift(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it('a filtered page (by kind and date range) still returns the matching events in order', async () => {
    const page = await assessments('first: 5, kind: "acceptance", from: "2012-01-01", to: "2012-12-31"');
    const inYear = expected.filter((id) => assessmentKey(Number(id.slice('assessment:g'.length))).startsWith('2012-'));
    expect(page.edges.map((e) => e.node.graphId)).toEqual(inYear.slice(0, 5));
  });

  it('a page deep in the order costs what the first page costs, a small fraction of the events', async () => {
    const text = server.executor.registry.get('api/assessment/assessments-page').text;
    const hits = async (after: { s: string; id: string } | null) => {
      const key = { k: 0, city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null, after, before: null };
      const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { forward: [key], backward: [] }, limit: 21 }) as Record<string, unknown>, () => true);
      return sumDbHits(summary.profile);
    };
    const deepKey = assessmentKey(Number(expected.at(-40)!.slice('assessment:g'.length)));
    const first = await hits(null);
    const deep = await hits({ s: deepKey.slice(0, 10), id: deepKey.slice(11) });
    expect(first).toBeLessThan(ASSESSMENTS / 5);
    expect(deep).toBeLessThanOrEqual(first * 1.2 + 10);
  });
});

describe(`assessments of one agency and of one programme over ${ASSESSMENTS} generated events`, () => {
  const selection = 'edges { node { graphId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
  /** One page: Query.assessments(<anchor>, <args>), or Agency.assessments(role:, <args>) when `role` is given. */
  async function pageOf(anchor: string, args: string, role?: string): Promise<Conn> {
    const query = role === undefined
      ? `{ assessments(${anchor}, ${args}) { ${selection} } }`
      : `{ node(id: "${toGlobalId('Agency', 'agency:g0')}") { ... on Agency { assessments(role: "${role}", ${args}) { ${selection} } } } }`;
    const r = await post(server.url, query);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    const data = r.body.data as { assessments?: Conn; node?: { assessments: Conn } };
    return data.assessments ?? data.node!.assessments;
  }
  async function pageThroughAssessments(anchor: string, role?: string): Promise<{ forward: string[]; backward: string[] }> {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Conn = await pageOf(anchor, `first: 100${after ? `, after: "${after}"` : ''}`, role);
      forward.push(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Conn = await pageOf(anchor, `last: 100${before ? `, before: "${before}"` : ''}`, role);
      backward.unshift(...page.edges.map((e) => e.node.graphId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return { forward, backward };
  }
  /** The generated events kept by `keep`, in the API's order (date or year, then id). */
  const ordered = (keep: (i: number) => boolean) =>
    Array.from({ length: ASSESSMENTS }, (_, i) => i).filter(keep).sort((a, b) => (assessmentKey(a) < assessmentKey(b) ? -1 : 1)).map((i) => `assessment:g${i}`);

  it("pages through one agency's events forward and backward, each once (two roles, one row), in order", async () => {
    const expected = ordered((i) => i % 2 === 0);
    const { forward, backward } = await pageThroughAssessments(`agency: "${toGlobalId('Agency', 'agency:g0')}"`);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it("narrows an agency's pages to one role (Agency.assessments(role:)) both ways", async () => {
    const expected = ordered((i) => i % 10 === 0);
    const { forward, backward } = await pageThroughAssessments('', 'entrusted');
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it("pages through one programme's events forward and backward, each once, in order", async () => {
    const expected = ordered((i) => i % 3 !== 0);
    const { forward, backward } = await pageThroughAssessments(`programme: "${toGlobalId('Programme', 'programme:g1')}"`);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it("a page deep in an agency's or a programme's events costs what its first page costs, a small fraction of them", async () => {
    const text = server.executor.registry.get('api/assessment/assessments-page').text;
    const hits = async (anchor: { agency: string | null; programme: string | null }, after: { s: string; id: string } | null) => {
      const key = { k: 0, city: null, role: null, kind: null, from: null, to: null, ...anchor, after, before: null };
      const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { forward: [key], backward: [] }, limit: 21 }) as Record<string, unknown>, () => true);
      return sumDbHits(summary.profile);
    };
    for (const [anchor, keep] of [[{ agency: 'agency:g0', programme: null }, (i: number) => i % 2 === 0], [{ agency: null, programme: 'programme:g1' }, (i: number) => i % 3 !== 0]] as const) {
      const events = ordered(keep);
      const deepKey = assessmentKey(Number(events.at(-40)!.slice('assessment:g'.length)));
      const first = await hits(anchor, null);
      const deep = await hits(anchor, { s: deepKey.slice(0, 10), id: deepKey.slice(11) });
      // A sort of the anchor's events reads each one several times (main's query: ~4,500 db hits for
      // these 600); the seek reads the page and a constant for the query's other branches.
      expect(first).toBeLessThan(events.length);
      expect(deep).toBeLessThanOrEqual(first * 1.2 + 10);
    }
  });
});

describe(`designations of ${CITIES} generated cities (Query.designations, a programme's designations and cities, a round's members)`, () => {
  type DConn = { edges: { node: { year: number; city: { graphId: string }; programme: { graphId: string } } }[]; pageInfo: Conn['pageInfo'] };
  interface Des { i: number; p: number; year: number }
  const all: Des[] = Array.from({ length: CITIES }, (_, i) => i).flatMap((i) => [{ i, p: i % 2, year: 2010 + (i % 5) }, ...(i % 7 === 0 ? [{ i, p: i % 2, year: 2016 }] : [])]);
  const s = (d: Des) => `${d.year}|${adcodeOf(d.i)}|programme:g${d.p}`;
  const id = (d: Des) => `city:g${d.i}|programme:g${d.p}|${d.year}`;
  /** The API's order of designations: s, then id. */
  const ordered = (keep: (d: Des) => boolean) => all.filter(keep).sort((a, b) => (s(a) < s(b) ? -1 : s(a) > s(b) ? 1 : id(a) < id(b) ? -1 : 1)).map(id);
  const selection = 'edges { node { year city { graphId } programme { graphId } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

  /** Pages `field(args)` forward with first: 100, then backward with last: 100; `get` picks the connection out of `data`. */
  async function through<T>(query: (args: string) => string, get: (data: unknown) => { edges: { node: T }[]; pageInfo: Conn['pageInfo'] }, key: (n: T) => string) {
    const run = async (args: string) => {
      const r = await post(server.url, query(args));
      if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
      return get(r.body.data);
    };
    const forward: string[] = [];
    for (let after: string | null = null; ; ) {
      const page = await run(`first: 100${after ? `, after: "${after}"` : ''}`);
      forward.push(...page.edges.map((e) => key(e.node)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    for (let before: string | null = null; ; ) {
      const page = await run(`last: 100${before ? `, before: "${before}"` : ''}`);
      backward.unshift(...page.edges.map((e) => key(e.node)));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return { forward, backward };
  }
  const desKey = (n: DConn['edges'][number]['node']) => `${n.city.graphId}|${n.programme.graphId}|${n.year}`;
  const designations = (filter: string) => through((args) => `{ designations(${filter}${args}) { ${selection} } }`, (d) => (d as { designations: DConn }).designations, desKey);
  const g0 = toGlobalId('Programme', 'programme:g0');

  it('Query.designations pages through every designation in (year, adcode, programme, id) order both ways, nothing skipped or repeated', async () => {
    const { forward, backward } = await designations('');
    const expected = ordered(() => true);
    expect(expected).toHaveLength(CITIES + Math.ceil(CITIES / 7));
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it('with a year range, a programme and a province, the pages hold exactly the matching designations, in order, both ways', async () => {
    const ranged = await designations('yearFrom: 2011, yearTo: 2013, ');
    expect(ranged.forward).toEqual(ordered((d) => d.year >= 2011 && d.year <= 2013));
    expect(ranged.backward).toEqual(ranged.forward);
    const ofG0 = await designations(`programme: "${g0}", `);
    expect(ofG0.forward).toEqual(ordered((d) => d.p === 0));
    expect(ofG0.backward).toEqual(ofG0.forward);
    const narrowed = await designations(`programme: "${g0}", yearFrom: 2014, province: "${toGlobalId('Province', 'province:g1')}", `);
    expect(narrowed.forward).toEqual(ordered((d) => d.p === 0 && d.year >= 2014 && provinceOf(d.i) === 'province:g1'));
    expect(narrowed.backward).toEqual(narrowed.forward);
  });

  it("Query.cities(programme:) pages through the programme's cities, each once, in adcode order both ways (and one year's)", async () => {
    const cityIds = (keep: (i: number) => boolean) =>
      Array.from({ length: CITIES }, (_, i) => i).filter(keep).sort((a, b) => adcodeOf(a).localeCompare(adcodeOf(b)) || (`city:g${a}` < `city:g${b}` ? -1 : 1)).map((i) => `city:g${i}`);
    const every = await pageThrough(`programme: "${g0}", `);
    expect(every.forward).toEqual(cityIds((i) => i % 2 === 0));
    expect(every.backward).toEqual(every.forward);
    const in2016 = await pageThrough(`programme: "${g0}", year: 2016, `);
    expect(in2016.forward).toEqual(cityIds((i) => i % 2 === 0 && i % 7 === 0));
    expect(in2016.backward).toEqual(in2016.forward);
  });

  it("Round.members pages through the round's designations in adcode order both ways", async () => {
    const { forward, backward } = await through(
      (args) => `{ node(id: "${toGlobalId('Round', 'round:g0')}") { ... on Round { members(${args}) { ${selection} } } } }`,
      (d) => (d as { node: { members: DConn } }).node.members,
      desKey,
    );
    const expected = all.filter((d) => d.p === 0 && d.year === 2012).sort((a, b) => adcodeOf(a.i).localeCompare(adcodeOf(b.i)) || (id(a) < id(b) ? -1 : 1)).map(id);
    expect(expected.length).toBeGreaterThan(200);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it('a page deep in each of these orders costs what its first page costs, a small fraction of the designations', async () => {
    const hits = async (name: string, key: Record<string, unknown>) => {
      const text = server.executor.registry.get(name).text;
      const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { forward: [{ k: 0, before: null, ...key }], backward: [] }, limit: 21, args: { ends: null } }) as Record<string, unknown>, () => true);
      return sumDbHits(summary.profile);
    };
    const cursor = (d: Des) => ({ s: s(d), id: id(d) });
    const byOrder = (keep: (d: Des) => boolean) => all.filter(keep).sort((a, b) => (s(a) < s(b) ? -1 : s(a) > s(b) ? 1 : id(a) < id(b) ? -1 : 1));
    const noFilter = { city: null, programme: null, province: null, yearFrom: null, yearTo: null };
    const deepAll = byOrder(() => true).at(-40)!;
    const deepG0 = byOrder((d) => d.p === 0).at(-40)!;
    const roundMembers = all.filter((d) => d.p === 0 && d.year === 2012).sort((a, b) => adcodeOf(a.i).localeCompare(adcodeOf(b.i)) || (id(a) < id(b) ? -1 : 1));
    const deepRound = roundMembers.at(-30)!;
    const g0Cities = Array.from({ length: CITIES }, (_, i) => i).filter((i) => i % 2 === 0).sort((a, b) => adcodeOf(a).localeCompare(adcodeOf(b)) || (`city:g${a}` < `city:g${b}` ? -1 : 1));
    const deepCity = g0Cities.at(-40)!;
    const cases: [string, Record<string, unknown>, { s: string; id: string }, number][] = [
      ['api/designation/designations-page', noFilter, cursor(deepAll), all.length],
      ['api/designation/designations-in-programme-page', { ...noFilter, programme: 'programme:g0' }, cursor(deepG0), byOrder((d) => d.p === 0).length],
      // A round is a slice of its programme: the page used to read every designation of the programme.
      ['api/round/members-page', { round: 'round:g0' }, { s: adcodeOf(deepRound.i), id: id(deepRound) }, byOrder((d) => d.p === 0).length],
      ['api/city/cities-in-programme-page', { programme: 'programme:g0', year: null, level: null }, { s: adcodeOf(deepCity), id: `city:g${deepCity}` }, g0Cities.length],
    ];
    for (const [name, key, deep, size] of cases) {
      const first = await hits(name, { ...key, after: null });
      const deepHits = await hits(name, { ...key, after: deep });
      // A sort of the anchor's (or every) designation reads each one several times; the seek reads the page.
      expect(first, name).toBeLessThan(size / 2);
      expect(deepHits, name).toBeLessThanOrEqual(first * 1.2 + 10);
    }
  });
});
