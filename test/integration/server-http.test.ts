/**
 * GraphQL over HTTP as clients meet it: POST with JSON, GET for queries only, the media types and status
 * codes of the GraphQL-over-HTTP spec, CSRF prevention, CORS by configuration; and the operations
 * endpoints /health, /ready and /metrics on the seeded app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';
import { post, probeSchema, startServer, type GqlResult, type RunningServer } from './server-harness.js';

let probe: RunningServer;
beforeAll(async () => {
  probe = await startServer({ schema: probeSchema(), options: { corsOrigins: ['https://maps.example.org'] } });
});
afterAll(async () => {
  await probe.close();
});

const get = (url: string, query: string, headers: Record<string, string> = {}) => fetch(`${url}?query=${encodeURIComponent(query)}`, { headers });

describe('GraphQL over HTTP', () => {
  it('POST with JSON answers 200 application/json by default', async () => {
    const r = await post(probe.url, '{ hello }');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.body).toEqual({ data: { hello: 'world' } });
  });

  it('answers application/graphql-response+json when the client accepts it, with 4xx for a request that cannot run', async () => {
    const accept = { accept: 'application/graphql-response+json, application/json;q=0.9' };
    const ok = await post(probe.url, '{ hello }', undefined, accept);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const invalid = await post(probe.url, '{ nope }', undefined, accept);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(invalid.body.data).toBeUndefined();
    // An error in a resolver is still a 200 with partial data.
    const partial = await post(probe.url, '{ hello unavailable }', undefined, accept);
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ hello: 'world', unavailable: null });
  });

  it('GET runs queries when the request is not a simple (CSRF-able) one', async () => {
    const res = await get(probe.url, '{ hello }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'world' } });
    const withType = await get(probe.url, '{ hello }', { 'content-type': 'application/json' });
    expect(withType.status).toBe(200);
  });

  it('CSRF prevention: a GET or a text/plain POST without a preflight header is refused before it runs', async () => {
    const res = await get(probe.url, '{ hello }');
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlResult['body'];
    expect(body.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
    const form = await fetch(probe.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ hello }' }) });
    expect(form.status).toBe(400);
  });

  it('a mutation over GET is refused with 405 and Allow: POST; over POST it runs', async () => {
    const res = await get(probe.url, 'mutation { touch }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as GqlResult['body']).errors![0]!.extensions!.code).toBe('BAD_REQUEST');
    expect((await post(probe.url, 'mutation { touch }')).body).toEqual({ data: { touch: true } });
  });

  it('other methods and batched requests are refused', async () => {
    expect((await fetch(probe.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' })).status).toBe(405);
    const batch = await fetch(probe.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ hello }' }, { query: '{ hello }' }]) });
    expect(batch.status).toBe(400);
  });

  it('every response carries x-request-id, also for errors raised before GraphQL', async () => {
    const r = await post(probe.url, '{ hello }');
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await fetch(`${probe.base}/health`);
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS', () => {
  it('allows the configured origins only, and exposes x-request-id to them', async () => {
    const pre = await fetch(probe.url, { method: 'OPTIONS', headers: { origin: 'https://maps.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
    const r = await post(probe.url, '{ hello }', undefined, { origin: 'https://maps.example.org' });
    expect(r.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
    expect(r.headers.get('access-control-expose-headers')).toBe('x-request-id');
    const other = await post(probe.url, '{ hello }', undefined, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('by default (CORS_ORIGINS unset) sends no CORS headers: same-origin only', async () => {
    const plain = await startServer({ schema: probeSchema() });
    try {
      const r = await post(plain.url, '{ hello }', undefined, { origin: 'https://maps.example.org' });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it('CORS_ORIGINS=* allows any origin', async () => {
    const any = await startServer({ schema: probeSchema(), options: { corsOrigins: '*' } });
    try {
      const r = await post(any.url, '{ hello }', undefined, { origin: 'https://anywhere.example' });
      expect(r.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await any.close();
    }
  });
});

describe('operations endpoints on the seeded app', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('/health answers while the process lives; /ready when Neo4j answers', async () => {
    const health = await fetch(`${api.base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('/metrics: requests by operation and outcome, latency, Cypher round trips and latency, DataLoader batches', async () => {
    const hits = await api.data<{ search: { node: { id: string } }[] }>('query MetricsSearch { search(text: "武汉", first: 3) { node { id name ... on City { province { name } } } } }');
    await api.data('query MetricsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: hits.search.map((h) => h.node.id) });
    await api.errors('query MetricsBad { nope }');
    const res = await fetch(`${api.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    // Samples as { name, labels, value }, so the assertions do not depend on label order.
    const samples = text
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => {
        const m = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(l)!;
        const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
        return { name: m[1]!, labels, value: Number(m[3]) };
      });
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
    expect(samples.every((s) => s.labels.service === 'ip-city-graph')).toBe(true);
    expect(value('graphql_requests_total', { operation: 'MetricsSearch', outcome: 'ok' })).toBe(1);
    expect(value('graphql_requests_total', { operation: 'MetricsBad', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(value('graphql_request_duration_seconds_count', { operation: 'MetricsSearch' })).toBe(1);
    expect(value('graphql_request_duration_seconds_bucket', { operation: 'MetricsSearch', le: '+Inf' })).toBe(1);
    expect(value('neo4j_queries_total', { mode: 'READ', outcome: 'ok' })).toBeGreaterThan(0);
    expect(value('neo4j_query_duration_seconds_count', { mode: 'READ' })).toBeGreaterThan(0);
    expect(value('graphql_request_cypher_round_trips_count')).toBeGreaterThanOrEqual(3);
    expect(value('dataloader_batch_size_count', { loader: 'node' })).toBeGreaterThan(0);
    expect(value('neo4j_up')).toBe(1);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('the request log has one line per request with its id, outcome and Cypher round trips', async () => {
    const r = await post(api.url, 'query LogMe { search(text: "黄石", first: 1) { node { id } } }');
    const id = r.headers.get('x-request-id');
    const lines = api.logs.filter((l) => l.requestId === id && l.msg === 'graphql request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ operationName: 'LogMe', outcome: 'ok', status: 200, cypherRoundTrips: expect.any(Number) });
    expect(lines[0]!.cypherRoundTrips as number).toBeGreaterThan(0);
  });
});
