/**
 * Every request limit rejects an over-limit query before any resolver runs, with QUERY_TOO_COMPLEX, HTTP
 * 400 (413 for the body) and a message naming the limit, its value and the variable that sets it; a
 * query just under each limit passes. The limits are lowered here so the queries stay readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { parse } from 'graphql';
import { loadConfig, PROJECT_ROOT } from '../../src/config/config.js';
import { DEFAULT_LIMITS, queryCost } from '../../src/server/limits.js';
import { testConfig } from '../helpers/db.js';
import { post, probeSchema, startServer, type RunningServer } from './server-harness.js';

let server: RunningServer;
const limits = { maxDepth: 4, maxAliases: 3, maxDirectives: 2, maxTokens: 200, maxCost: 500, bodyLimitBytes: 2048 };

beforeAll(async () => {
  server = await startServer({ schema: probeSchema(), options: limits });
});
afterAll(async () => {
  await server.close();
});

const nest = (depth: number) => `{ tree { ${'child { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

function expectRejected(r: Awaited<ReturnType<typeof post>>, limit: string, max: number, variable: string) {
  expect(r.status).toBe(400);
  expect(r.body.data).toBeUndefined();
  expect(r.body.errors).toHaveLength(1);
  const [e] = r.body.errors!;
  expect(e!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, max });
  expect(e!.message).toContain(`over the limit of ${max} (${variable})`);
  expect(e!.extensions!.requestId).toBe(r.headers.get('x-request-id'));
  return e!;
}

describe('limits', () => {
  it('depth: the deepest selection counts, introspection does not', async () => {
    expect((await post(server.url, nest(4))).body).toEqual({ data: { tree: { child: { child: { name: 'node' } } } } });
    const e = expectRejected(await post(server.url, nest(5)), 'maxDepth', 4, 'GRAPHQL_MAX_DEPTH');
    expect(e.message).toBe('The query is too complex: its depth is 5, over the limit of 4 (GRAPHQL_MAX_DEPTH). Ask for less and split the rest into further requests.');
    expect(e.extensions!.value).toBe(5);
    const introspection = await post(server.url, '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(introspection.status).toBe(200);
  });

  it('depth: a selection counts the same inline and written with fragment spreads or inline fragments (as Relay and Apollo write it)', async () => {
    const inline = '{ tree { child { child { name } } } }';
    const spreads = '{ tree { ...T } } fragment T on Tree { child { ...C } } fragment C on Tree { child { ...N } } fragment N on Tree { name }';
    const inlineFragments = '{ tree { ... on Tree { child { ... { child { ... on Tree { name } } } } } } }';
    for (const q of [inline, spreads, inlineFragments]) {
      expect((await post(server.url, q)).body, q).toEqual({ data: { tree: { child: { child: { name: 'node' } } } } });
    }
    // One level deeper is refused whichever way it is written, with the same depth.
    const deeper = '{ tree { ...T } } fragment T on Tree { child { ...C } } fragment C on Tree { child { child { ...N } } } fragment N on Tree { name }';
    expect(expectRejected(await post(server.url, deeper), 'maxDepth', 4, 'GRAPHQL_MAX_DEPTH').extensions!.value).toBe(5);
    expect(expectRejected(await post(server.url, nest(5)), 'maxDepth', 4, 'GRAPHQL_MAX_DEPTH').extensions!.value).toBe(5);
  });

  it('aliases', async () => {
    expect((await post(server.url, '{ a: hello b: hello c: hello }')).status).toBe(200);
    const e = expectRejected(await post(server.url, '{ a: hello b: hello c: hello d: hello }'), 'maxAliases', 3, 'GRAPHQL_MAX_ALIASES');
    expect(e.extensions!.value).toBe(4);
  });

  it('directives', async () => {
    expect((await post(server.url, '{ hello @include(if: true) tree @skip(if: false) { name } }')).status).toBe(200);
    const e = expectRejected(await post(server.url, '{ hello @include(if: true) tree @skip(if: false) { name @include(if: true) } }'), 'maxDirectives', 2, 'GRAPHQL_MAX_DIRECTIVES');
    expect(e.extensions!.value).toBe(3);
  });

  it('tokens: the parser stops at the limit', async () => {
    const under = `{ ${'hello '.repeat(190)}}`;
    expect((await post(server.url, under)).status).toBe(200);
    const e = expectRejected(await post(server.url, `{ ${'hello '.repeat(250)}}`), 'maxTokens', 200, 'GRAPHQL_MAX_TOKENS');
    expect(e.message).toContain('its tokens is more than 200');
  });

  it('cost: list fields cost by first/limit, and by the hop count, inline or as variables', async () => {
    // 1 + 10 × (id + name) = 21: fine.
    expect((await post(server.url, '{ search(text: "x", first: 10) { id name } }')).status).toBe(200);
    // 1 + 100 × 2 = 201 — under 500; two of them are 402, still under.
    expect((await post(server.url, '{ a: search(text: "x", first: 100) { id name } b: search(text: "y", first: 100) { id name } }')).status).toBe(200);
    // 1 + 250 × 2 = 501.
    const e = expectRejected(await post(server.url, 'query($n: Int!) { search(text: "x", first: $n) { id name } }', { n: 250 }), 'maxCost', 500, 'GRAPHQL_MAX_COST');
    expect(e.extensions!.value).toBe(501);
    // The cost of a document is kept per variables: the same text with a smaller $n passes, and the
    // larger one is still refused after that.
    const byVariables = 'query($n: Int!) { search(text: "x", first: $n) { id name } }';
    expect((await post(server.url, byVariables, { n: 100 })).status).toBe(200);
    expect(expectRejected(await post(server.url, byVariables, { n: 250 }), 'maxCost', 500, 'GRAPHQL_MAX_COST').extensions!.value).toBe(501);
    expect((await post(server.url, byVariables, { n: 249 })).status).toBe(200);
    // neighbourhood's default limit 100 × depth 3 × nodes { id } (1 + 1) = 1 + 300 × 2 = 601.
    const hops = expectRejected(await post(server.url, '{ neighbourhood(id: "x", depth: 3) { nodes { id } } }'), 'maxCost', 500, 'GRAPHQL_MAX_COST');
    expect(hops.extensions!.value).toBe(601);
    expect((await post(server.url, '{ neighbourhood(id: "x", depth: 2) { nodes { id } } }')).status).toBe(200);
  });

  it('no resolver runs and no Cypher is sent for a rejected query', async () => {
    const before = server.logs.length;
    expectRejected(await post(server.url, 'query Costly { a: neighbourhood(id: "x", limit: 1000) { nodes { id } } v: neo4jVersion }'), 'maxCost', 500, 'GRAPHQL_MAX_COST');
    const line = server.logs.slice(before).find((l) => l.msg === 'graphql request');
    expect(line).toMatchObject({ operationName: 'Costly', outcome: 'QUERY_TOO_COMPLEX', cypherRoundTrips: 0, status: 400 });
  });

  it('body size: 413 with the limit in bytes', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }', variables: { pad: 'x'.repeat(4000) } }) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'bodyLimitBytes', max: 2048, requestId: res.headers.get('x-request-id') });
    expect(body.errors[0]!.message).toBe('The request body is larger than the limit of 2048 bytes (HTTP_BODY_LIMIT_KB=2).');
  });

  it("graphql-js's own validation budget is reported as QUERY_TOO_COMPLEX too", async () => {
    const big = await startServer({ schema: probeSchema(), options: { maxTokens: 100000, bodyLimitBytes: 1024 * 1024 } });
    try {
      const r = await post(big.url, `{ ${'hello '.repeat(1500)}}`);
      expect(r.status).toBe(400);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'validationWork' });
    } finally {
      await big.close();
    }
  });

  it('the transaction timeout stops a long Cypher query with QUERY_TOO_COMPLEX', async () => {
    const t0 = Date.now();
    const r = await post(server.url, '{ slow(timeoutMs: 300) }');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ slow: null });
    // Neo4j stops it (usually), or on a busy machine our own deadline gives up first: the same error.
    expect(r.body.errors![0]).toMatchObject({ path: ['slow'], extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'transactionTimeoutMs', max: 300 } });
    expect(r.body.errors![0]!.message).toMatch(/^The query ran (longer than|past) the 300 ms transaction timeout/);
  });
});

describe('limit defaults and configuration', () => {
  it('defaults are documented values, configurable through the environment', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 100000, maxHeavyFields: 3 });
    const c = testConfig().server;
    expect(c).toMatchObject({ ...DEFAULT_LIMITS, bodyLimitBytes: 100 * 1024, corsOrigins: [] });
    const custom = testConfig({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '500', HTTP_BODY_LIMIT_KB: '8', CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).server;
    expect(custom).toMatchObject({ maxDepth: 6, maxCost: 500, bodyLimitBytes: 8192, corsOrigins: ['https://a.example', 'http://localhost:5173'] });
    expect(c).toMatchObject({ requestDeadlineMs: 10_000, maxHeavyFields: 3 });
    expect(testConfig({ REQUEST_DEADLINE_MS: '2500', GRAPHQL_MAX_HEAVY_FIELDS: '5' }).server).toMatchObject({ requestDeadlineMs: 2500, maxHeavyFields: 5 });
    expect(() => testConfig({ REQUEST_DEADLINE_MS: '10s' })).toThrow('REQUEST_DEADLINE_MS must be a request deadline in milliseconds between 100 and 600000; found "10s"');
    expect(() => testConfig({ REQUEST_DEADLINE_MS: '50' })).toThrow('REQUEST_DEADLINE_MS must be a request deadline in milliseconds between 100 and 600000; found "50"');
    expect(() => testConfig({ GRAPHQL_MAX_HEAVY_FIELDS: '0' })).toThrow('GRAPHQL_MAX_HEAVY_FIELDS must be a number of heavy fields between 1 and 1000; found "0"');
    expect(() => testConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow('GRAPHQL_MAX_DEPTH must be a selection depth between 1 and 100; found "deep"');
    expect(() => testConfig({ CORS_ORIGINS: 'example.org' })).toThrow('CORS_ORIGINS must be a comma-separated list of origins');
  });

  it('.env.example names every variable the config reads, and its values are the defaults', () => {
    const example = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
    const source = fs.readFileSync(path.join(PROJECT_ROOT, 'src/config/config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|'([A-Z][A-Z0-9_]{3,})'/g)].map((m) => m[1] ?? m[2]!));
    for (const name of read) expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    expect(loadConfig(dotenv.parse(example))).toEqual(loadConfig({}));
  });

  it('introspection and suggestions are on in development and off in production', () => {
    expect(testConfig().server).toMatchObject({ introspection: true, suggestions: true });
    expect(testConfig({ NODE_ENV: 'production' }).server).toMatchObject({ introspection: false, suggestions: false });
    expect(testConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).server).toMatchObject({ introspection: true, suggestions: false });
  });

  it('the cost estimator multiplies a selection by its size and hop arguments', () => {
    const schema = probeSchema();
    expect(queryCost(schema, parse('{ search(text: "x", first: 7) { id name score } }'), {}, undefined)).toBe(1 + 7 * 3);
    expect(queryCost(schema, parse('query($d: Int) { neighbourhood(id: "x", depth: $d, limit: 5) { nodes { id } edges { id } } }'), { d: 2 }, undefined)).toBe(1 + 10 * (2 + 2));
    // A size argument left out takes its schema default, or else counts as the default page of 20.
    expect(queryCost(schema, parse('{ search(text: "x") { id } }'), {}, undefined)).toBe(1 + 10 * 1);
    expect(queryCost(schema, parse('{ page { id } }'), {}, undefined)).toBe(1 + 20 * 1);
    // Lists reached from an entity count the graph's measured fan-out (8) each, so fan-out multiplies up.
    expect(queryCost(schema, parse('{ search(text: "x", first: 1) { related { related { id } } } }'), {}, undefined)).toBe(1 + 1 * (1 + 8 * (1 + 8 * 1)));
    // Introspection is not costed here.
    expect(queryCost(schema, parse('{ __schema { types { fields { name } } } }'), {}, undefined)).toBe(0);
    // Invalid variables: no cost (execution rejects them before any resolver).
    expect(queryCost(schema, parse('query($n: Int!) { search(text: "x", first: $n) { id } }'), { n: 'many' }, undefined)).toBeUndefined();
  });
});
