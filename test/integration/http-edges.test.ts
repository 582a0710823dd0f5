/**
 * HTTP edge cases an operator's audit found answered with the wrong status or code: a body that claims a
 * content-encoding it does not have, a mutation on a schema without mutations, Apollo Client's automatic
 * persisted queries (APQ). Each must get a 4xx or a standard code a client can act on, never a 500 or
 * INTERNAL_SERVER_ERROR, and nothing of it may be logged as an internal error.
 */
import { createHash } from 'node:crypto';
import { deflateSync, gzipSync } from 'node:zlib';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startServer, type GqlResult, type RunningServer } from './server-harness.js';

/** A schema with queries only, like the app's. */
const queryOnly = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }) });

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ schema: queryOnly });
});
afterAll(async () => {
  await server?.close();
});

const internalErrorsLogged = () => server.logs.filter((l) => l.level >= 50);

describe('content-encoding', () => {
  const body = JSON.stringify({ query: '{ hello }' });
  for (const encoding of ['gzip', 'deflate', 'br']) {
    it(`a JSON body labelled content-encoding: ${encoding} but not compressed → 400, not 500`, async () => {
      const before = internalErrorsLogged().length;
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
      expect(res.status).toBe(400);
      const json = (await res.json()) as GqlResult['body'];
      expect(json.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
      expect(json.errors![0]!.message).toMatch(new RegExp(encoding));
      expect(internalErrorsLogged().length).toBe(before);
    });
  }

  it('a body really compressed with gzip or deflate still runs', async () => {
    for (const [encoding, data] of [['gzip', gzipSync(body)], ['deflate', deflateSync(body)]] as const) {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: data });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { hello: 'world' } });
    }
  });

  it('an unknown content-encoding → 415', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-ish' }, body });
    expect(res.status).toBe(415);
    expect(((await res.json()) as GqlResult['body']).errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });
});

describe('operation types the schema does not have', () => {
  it('mutation { __typename } over POST → 400 GRAPHQL_VALIDATION_FAILED saying the schema has no mutations, nothing logged as internal', async () => {
    const before = internalErrorsLogged().length;
    const r = await post(server.url, 'mutation { __typename }');
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors![0]!.message).toMatch(/mutation/i);
    expect(internalErrorsLogged().length).toBe(before);
    expect(JSON.stringify(server.logs.slice(-5))).not.toMatch(/\bat .*\.(?:js|ts):\d+/);
  });

  it('subscription { __typename } likewise', async () => {
    const r = await post(server.url, 'subscription { __typename }');
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('automatic persisted queries (APQ), as Apollo Client sends them', () => {
  const query = '{ hello }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const send = (payload: Record<string, unknown>) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }).then(async (res) => ({ status: res.status, body: (await res.json()) as GqlResult['body'] }));

  it('an unknown hash → PERSISTED_QUERY_NOT_FOUND, so the client falls back to sending the query; then the hash alone works', async () => {
    const before = internalErrorsLogged().length;
    const miss = await send({ extensions });
    expect(miss.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await send({ query, extensions });
    expect(register.body).toEqual({ data: { hello: 'world' } });
    const hit = await send({ extensions });
    expect(hit.body).toEqual({ data: { hello: 'world' } });
    expect(internalErrorsLogged().length).toBe(before);
  });

  it('a hash that does not match the query is refused as a bad request', async () => {
    const r = await send({ query: '{ __typename }', extensions });
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });
});
