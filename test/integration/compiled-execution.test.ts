/**
 * Queries run compiled (graphql-jit) from a document's second execution (src/server/compiled-execution.ts).
 * A client must not be able to tell: for each document below, the seeded API answers the same — data,
 * errors, HTTP status — from a server that compiles every query and from one that compiles none; and the
 * probe schema's failures (each error code, a masked internal error, a variable of the wrong type) read
 * the same compiled as through graphql-js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { post, probeSchema, startServer, type GqlResult, type RunningServer } from './server-harness.js';

let compiled: Api;
let interpreted: RunningServer;
beforeAll(async () => {
  compiled = await startSeededApi({ maxCost: 1_000_000 }, { compileAt: 1 });
  interpreted = await startServer({ schema: await buildAppSchema(), compileAt: Infinity, options: { maxCost: 1_000_000, requestDeadlineMs: 50_000 } });
});
afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
});

/** A response as a client compares it: the request id (new on every request) left out. */
function comparable(r: GqlResult) {
  const errors = r.body.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } }));
  return { status: r.status, body: { ...r.body, ...(errors ? { errors } : {}) } };
}

const NESTED = `query Nested($provinces: Int!, $cities: Int!) {
  provinces(first: $provinces) { edges { cursor node { id graphId name
    cities(first: $cities) { totalCount edges { node { id graphId name adcode
      designations { year batch role
        programme { graphId name administeredBy { graphId name } }
        sources { evidence confidence source { graphId ... on ReferenceList { url } } } } } } pageInfo { hasNextPage endCursor } } } } } }`;

describe('compiled and interpreted execution answer alike', () => {
  const cases: [string, string, (ids: Record<string, string>) => Record<string, unknown>][] = [
    ['the nested query, 34 provinces', NESTED, () => ({ provinces: 34, cities: 100 })],
    ['the bounded nested query', NESTED, () => ({ provinces: 5, cities: 10 })],
    ['search with scores and interface fields', 'query($t:String!){search(text:$t, first:5){score node{id graphId label name nameEn aliases __typename}}}', () => ({ t: '黄石' })],
    ['node(id) through inline fragments on several types', 'query($c:ID!,$a:ID!){ c: node(id:$c){ id __typename ... on City { name level province { name } } } a: node(id:$a){ id ... on Agency { level jurisdiction { name } } } }', (ids) => ({ c: ids.city, a: ids.agency })],
    ['nodes(ids) in order, with a fragment spread', 'query($ids:[ID!]!){ nodes(ids:$ids){ ...N } } fragment N on Node { id __typename ... on Entity { name } }', (ids) => ({ ids: [ids.agency, ids.city] })],
    ['a page with cursors and Relay ids, after a cursor', 'query($a:String){ cities(first: 20, after: $a) { totalCount edges { cursor node { id graphId adcode } } pageInfo { hasNextPage hasPreviousPage endCursor } } }', () => ({ a: null })],
    ['a timeline with abstract subjects', 'query($id:ID!){ timeline(id:$id) { kind year date title subject { id ... on City { name } } object { id ... on Programme { name } } sources { evidence } } }', (ids) => ({ id: ids.city })],
    ['a neighbourhood', 'query($id:ID!){ neighbourhood(id:$id, depth: 2, limit: 200) { truncated nodes { id label name } edges { type source target sources { evidence } } } }', (ids) => ({ id: ids.city })],
    ['@skip and @include from variables', 'query($s:Boolean!){ cities(first: 3) { edges { node { name adcode @skip(if: $s) level @include(if: $s) } } } }', () => ({ s: true })],
    ['BAD_USER_INPUT from a resolver', '{ cities(first: 101) { totalCount } }', () => ({})],
    ['a malformed id', '{ node(id: "not-an-id!") { id } }', () => ({})],
    ['an id of the wrong kind', 'query($a:ID!){ city(id: $a) { name } }', (ids) => ({ a: ids.agency })],
    ['a variable of the wrong type (400, BAD_USER_INPUT)', 'query($n: Int!) { cities(first: $n) { totalCount } }', () => ({ n: 'many' })],
    ['a missing non-null variable', 'query($n: Int!) { cities(first: $n) { totalCount } }', () => ({})],
  ];

  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = { city: await compiled.idOf('黄石', 'CITY'), agency: await compiled.idOf('CNIPA', 'AGENCY') };
  });

  it.each(cases)('%s', async (_title, query, vars) => {
    const variables = vars(ids);
    const before = { ...compiled.executions };
    const a = await post(compiled.url, query, variables);
    const b = await post(interpreted.url, query, variables);
    expect(comparable(a)).toEqual(comparable(b));
    // A request that failed variable coercion is answered by graphql-js on both; every other one ran compiled.
    const coercionFailed = a.status === 400;
    expect(compiled.executions.compiled - before.compiled).toBe(coercionFailed ? 0 : 1);
    if (!coercionFailed) expect(a.body).toHaveProperty('data');
  });

  it('the server that compiles nothing ran every request through graphql-js', () => {
    expect(interpreted.executions.compiled).toBe(0);
    expect(interpreted.executions.graphqlJs).toBeGreaterThanOrEqual(cases.length);
  });
});

describe('by default', () => {
  let probe: RunningServer;
  beforeAll(async () => {
    probe = await startServer({ schema: probeSchema() });
  });
  afterAll(() => probe?.close());

  it('a document runs through graphql-js first and compiled from its second execution, answering alike', async () => {
    const q = '{ hello search(text: "x", first: 3) { id name score } }';
    const first = await post(probe.url, q);
    expect(probe.executions).toEqual({ compiled: 0, graphqlJs: 1 });
    const second = await post(probe.url, q);
    const third = await post(probe.url, q);
    expect(probe.executions).toEqual({ compiled: 2, graphqlJs: 1 });
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
  });

  it.each(['{ boom }', '{ badInput(n: 42) }', '{ notFound(id: "nope") }', '{ forbidden }', '{ unavailable }', '{ cypherFailure }', '{ hello boom }'])('%s fails the same way compiled as through graphql-js', async (q) => {
    const first = await post(probe.url, q);
    const again = await post(probe.url, q);
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect(comparable(again)).toEqual(comparable(first));
  });
});
