/**
 * The warm-up plans what clients will send. Neo4j caches a plan per query text and parameter shape
 * (types; size classes of top-level lists and strings: src/db/plan-key.ts), and a call whose shape the
 * warm-up never sent is planned on a client's request: after a start on a just-started Neo4j that was
 * 0.6–2.4 s on the first answer of operations the warm-up had run with other batch sizes
 * (docs/performance.md, "The first requests after a start"). Here the server's own warm-up runs, then the
 * bench's operations and a set of the API tests' documents, and every Cypher call they make must have a
 * plan key the warm-up sent. Not timed: it compares keys, so a load on the machine cannot make it pass or fail.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, type Fixtures, type Prepared } from '../../bench/lib/operations.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { loadQueries } from '../../src/db/queries.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { warmUp } from '../../src/schema/warm-up.js';
import { seed, wipe } from '../../src/seed/loader.js';
import { testConfig } from '../helpers/db.js';
import { TEST_BOLT_URI } from '../setup/test-neo4j.js';
import { post, startServer, type RunningServer } from './server-harness.js';

/** Plan keys sent while warming, and those sent for clients' documents with the first document that sent each. */
const warmed = new Set<string>();
const sent = new Map<string, string>();
let phase: 'setup' | 'warm-up' | 'clients' = 'setup';
let document = '';

const config = testConfig();
const driver = createDriver({ uri: TEST_BOLT_URI, username: config.neo4jUsername, password: config.neo4jPassword });
const executor = Object.assign(
  new Executor(driver, loadQueries(), {
    database: config.neo4jDatabase,
    txTimeoutMs: config.txTimeoutMs,
    observer: {
      onSend(_name, key) {
        if (phase === 'warm-up') warmed.add(key);
        else if (phase === 'clients' && !sent.has(key)) sent.set(key, document);
      },
    },
  }),
  { close: () => driver.close() },
);
let server: RunningServer;

async function data(name: string, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  document = name;
  const r = await post(server.url, query, variables);
  if (r.body.errors?.length) throw new Error(`${name}: ${JSON.stringify(r.body.errors)}`);
  return r.body.data as Record<string, any>;
}

beforeAll(async () => {
  await wipe(executor);
  await seed(executor);
  const schema = await buildAppSchema();
  phase = 'warm-up';
  await warmUp(schema, executor, pino({ level: 'silent' }));
  phase = 'clients';
  server = await startServer({ schema, executor, options: { requestDeadlineMs: 50_000 } });
});

afterAll(async () => {
  await server?.close();
});

describe('the warm-up', () => {
  it('has planned every query shape the bench operations and the API tests send', async () => {
    const idOf = async (text: string, kind: string) => (await data(`search ${text}`, 'query($t:String!,$k:[EntityKind!]){search(text:$t,kinds:$k,first:1){node{id graphId label}}}', { t: text, k: [kind] })).search[0].node as { id: string; graphId: string; label: string };
    const wuhan = await idOf('武汉', 'CITY');
    const hubei = await idOf('湖北', 'PROVINCE');
    const cnipa = await idOf('CNIPA', 'AGENCY');
    const programmes = (await data('programmes', '{ programmes { id graphId members(first: 1) { totalCount } } }')).programmes as { id: string; graphId: string; members: { totalCount: number } }[];
    const largest = programmes.reduce((a, b) => (b.members.totalCount > a.members.totalCount ? b : a));
    const fixtures: Fixtures = {
      huangshi: await idOf('黄石', 'CITY'),
      suining: await idOf('遂宁', 'CITY'),
      cnipa,
      programme: largest,
      kinds: [wuhan, hubei, cnipa, { ...largest, label: 'Programme' }],
      cities: (await data('count', '{ cities(first: 1) { totalCount } }')).cities.totalCount,
      cursorAfter: async (n) => {
        let cursor: string | null = null;
        for (let seen = 0; seen < n; seen += 100) {
          cursor = (await data('cursor', 'query($n:Int!,$a:String){ cities(first: $n, after: $a) { pageInfo { endCursor } } }', { n: Math.min(100, n - seen), a: cursor })).cities.pageInfo.endCursor;
        }
        return { cursor: cursor!, adcode: '', id: '' };
      },
    };

    // The bench's operations, as `npm run bench` sends them.
    let ran = 0;
    for (const op of OPERATIONS) {
      const prep = await op.prepare(fixtures);
      if ('skip' in prep) continue;
      await data(`bench ${op.key}`, (prep as Prepared).query, (prep as Prepared).variables);
      ran++;
    }
    expect(ran).toBeGreaterThanOrEqual(12);

    // Documents of the API tests (api.test.ts, rounds-api.test.ts): other arguments, filters and list sizes.
    const docs: [string, string, Record<string, unknown>?][] = [
      ['search, five hits', 'query($t:String!){search(text:$t, first:5){score node{graphId label name nameEn aliases}}}', { t: '武汉' }],
      ['searches by name and kind', '{a: search(text:"State Intellectual Property Office", first:1){node{graphId}} b: search(text:"CNIPA", first:1){node{graphId}} c: search(text:"武汉", kinds:[AGENCY]){node{label graphId}}}'],
      ['programme members of a year', 'query($id:ID!){ node(id:$id) { ... on Programme { kind members(year: 2013, first: 100) { totalCount edges { node { year city { name } } } } } } }', { id: largest.id }],
      ['observations of a metric', 'query($id:ID!){ city(id:$id) { observations(metric:"patents") { metric value unit period subject { name } sources { evidence } } } }', { id: wuhan.id }],
      ['city parent and province', 'query($id:ID!){ city(id:$id) { level parent { name subdivisions { name } } province { name } } }', { id: wuhan.id }],
      ['city events and mentions', 'query($id:ID!){ city(id:$id) { agencies { name } events { name date places { name } participants { role participant { name } } sources { evidence } } mentionedIn { graphId } } }', { id: wuhan.id }],
      ['reference lists and their facts', '{ sources(kind: REFERENCE_LIST, first: 100) { totalCount edges { node { graphId ... on ReferenceList { url facts { __typename ... on Designation { confidence city { name } } } } } } } }'],
      ['last page of cities', '{ cities(last: 5) { edges { node { graphId } } pageInfo { hasPreviousPage hasNextPage } } }'],
      ['a programme year range', 'query($g:ID!){ designations(programme:$g, yearFrom: 2024, yearTo: 2024, first: 100) { totalCount edges { node { year city { name } } } } }', { g: largest.id }],
      ['assessments in a date range', '{ inRange: assessments(from: "2022-01-01", to: "2022-12-31") { edges { node { graphId } } } }'],
      ['neighbourhood of one relationship type', 'query($id:ID!){ neighbourhood(id:$id, depth: 1, relationshipTypes: [LOCATED_IN], limit: 500) { nodes { label } edges { type } } }', { id: wuhan.id }],
      ['neighbourhood, nodes only', 'query($id:ID!){ neighbourhood(id:$id, depth: 1, limit: 3) { truncated nodes { id } } }', { id: wuhan.id }],
      ['neighbourhood, truncated only', 'query($id:ID!){ neighbourhood(id:$id, depth: 2, limit: 200) { truncated } }', { id: hubei.id }],
      ['paths over four relationship types', 'query($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops: 4, first: 10, relationshipTypes:[DESIGNATED_IN, ADMINISTERED_BY, ASSESSES, ASSESSED_BY]) { length nodes { label name } edges { type sources { evidence } } } }', { a: wuhan.id, b: cnipa.id }],
      ['a province timeline', 'query($id:ID!){ timeline(id:$id) { kind title subject { id ... on City { name } } fact { id ... on AssessmentEvent { name } } } }', { id: hubei.id }],
      ['an agency timeline', 'query($id:ID!){ timeline(id:$id) { kind date year } }', { id: cnipa.id }],
      ['members by province in a year', 'query($g:ID!){ programmeMembersByProvince(programme:$g, year: 2022) { province { name } year count cities { name } } }', { g: largest.id }],
      ['cities in three programmes', '{ citiesWithSeveralProgrammes(min: 3) { city { name } programmeCount since programmes { name } } }'],
      ['a province, its cities and their designations', 'query($p:ID!){ province(id:$p) { cities(first: 100) { edges { node { designations { year programme { name } } } } } } }', { p: hubei.id }],
      ['a province, its agencies and mentions', 'query($id:ID!){ province(id:$id) { agencies { name level } mentionedIn { graphId } } }', { id: hubei.id }],
      ['an agency, its people', 'query($id:ID!){ node(id:$id) { ... on Agency { level jurisdiction { name } people { title person { name } } } } }', { id: cnipa.id }],
      ['rounds by programme and year', 'query($p:ID){ byRound: rounds(programme:$p, round:"2023"){ graphId } byYear: rounds(programme:$p, announcedYear:2024){ graphId } inForce: rounds(programme:$p, yearInForce:2024){ graphId } }', { p: largest.id }],
      ['rounds of every programme', '{ rounds(round:"2017"){ graphId coverage { known official ratio complete } } }'],
      ['a programme, its rounds and members', 'query($id:ID!){ node(id:$id){ ... on Programme { rounds { round yearInForce members(first: 2){ totalCount edges { node { year city { name } round { round } } } } } } } }', { id: largest.id }],
    ];
    for (const [name, query, variables] of docs) await data(name, query, variables);

    expect(sent.size).toBeGreaterThan(20);
    const missed = [...sent].filter(([key]) => !warmed.has(key)).map(([key, doc]) => `${key} ← ${doc}`);
    expect(missed, `query shapes a client sent that the warm-up never planned (the first such request plans it)`).toEqual([]);
  });
});
