/**
 * What a client sees of each error code, and what the log keeps: every code has its documented shape
 * with the request id of the x-request-id header; an unexpected failure (a thrown JS error, a Cypher
 * error from the real Neo4j) is masked — no stack, Cypher or driver text — and logged once, with its
 * cause, under the same request id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, ERROR_CODES } from '../../src/errors/errors.js';
import { post, probeSchema, startServer, type GqlResult, type RunningServer } from './server-harness.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ schema: probeSchema() });
});
afterAll(async () => {
  await server.close();
});

function single(r: GqlResult) {
  expect(r.body.errors).toHaveLength(1);
  const e = r.body.errors![0]!;
  expect(e.extensions!.requestId).toBe(r.headers.get('x-request-id'));
  expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['message', 'extensions']));
  return e;
}

function logsOf(requestId: string) {
  return server.logs.filter((l) => l.requestId === requestId);
}

const LEAKS = [/\bat .+:\d+:\d+/, /MATCH/i, /RETURN/i, /secretNode|Secret|hunter2|kaboom/, /Neo4jError|Invalid input|offset/i, /\.ts\b|node_modules/];

describe('error codes', () => {
  it('the closed set is documented in one list, with the protocol codes beside it', () => {
    expect(ERROR_CODES).toEqual(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']);
    expect(CLIENT_ERROR_CODES).toEqual([...ERROR_CODES, 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
  });

  it('BAD_USER_INPUT from a resolver says what is allowed', async () => {
    const r = await post(server.url, '{ badInput(n: 42) }');
    expect(r.status).toBe(200);
    const e = single(r);
    expect(e).toMatchObject({ message: 'Argument "n" must be between 1 and 10; got 42.', path: ['badInput'], extensions: { code: 'BAD_USER_INPUT', argument: 'n', allowed: { min: 1, max: 10 } } });
  });

  it('BAD_USER_INPUT for a variable of the wrong type, before execution', async () => {
    const r = await post(server.url, 'query($n: Int!) { badInput(n: $n) }', { n: 'many' });
    expect(r.status).toBe(400);
    const e = single(r);
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('Int cannot represent non-integer value: "many"');
  });

  it('NOT_FOUND names the id', async () => {
    const e = single(await post(server.url, '{ notFound(id: "nope") }'));
    expect(e).toMatchObject({ message: 'No node has id "nope".', path: ['notFound'], extensions: { code: 'NOT_FOUND', id: 'nope' } });
  });

  it('FORBIDDEN says which door and why', async () => {
    const e = single(await post(server.url, '{ forbidden }'));
    expect(e).toMatchObject({ message: 'The research door is closed (CYPHER_DOOR_ENABLED=false).', extensions: { code: 'FORBIDDEN' } });
  });

  it('SERVICE_UNAVAILABLE asks to retry', async () => {
    const e = single(await post(server.url, '{ unavailable }'));
    expect(e).toMatchObject({ message: 'The graph database is unavailable. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('GRAPHQL_VALIDATION_FAILED for an unknown field, with a suggestion in development', async () => {
    const r = await post(server.url, '{ helo }');
    expect(r.status).toBe(400);
    const e = single(r);
    expect(e).toMatchObject({ message: 'Cannot query field "helo" on type "Query". Did you mean "hello"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('GRAPHQL_PARSE_FAILED for text that is not GraphQL', async () => {
    const r = await post(server.url, '{ hello ');
    expect(r.status).toBe(400);
    expect(single(r).extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('OPERATION_RESOLUTION_FAILURE when operationName names no operation', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { hello }', operationName: 'B' }) });
    const body = (await res.json()) as GqlResult['body'];
    expect(res.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('BAD_REQUEST for a body that is not JSON, or has no query', async () => {
    const bad = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as GqlResult['body']).errors![0]).toMatchObject({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId: bad.headers.get('x-request-id') } });
    const none = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"variables": {}}' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as GqlResult['body']).errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });

  it('a client-chosen x-request-id is kept; a malformed one is replaced', async () => {
    const kept = await post(server.url, '{ notFound(id: "x") }', undefined, { 'x-request-id': 'client-abc.123' });
    expect(kept.headers.get('x-request-id')).toBe('client-abc.123');
    expect(kept.body.errors![0]!.extensions!.requestId).toBe('client-abc.123');
    const replaced = await post(server.url, '{ hello }', undefined, { 'x-request-id': 'no spaces <allowed>' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('masking unexpected errors', () => {
  it('a thrown JS error: the client sees INTERNAL_SERVER_ERROR only; the log has the cause once, with the request id', async () => {
    const r = await post(server.url, '{ hello boom }');
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ hello: 'world', boom: null });
    const e = single(r);
    expect(e).toEqual({ message: 'Internal server error. The request id identifies it in the server log.', locations: [{ line: 1, column: 9 }], path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: r.headers.get('x-request-id') } });
    const text = JSON.stringify(r.body);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    const logged = logsOf(String(e.extensions!.requestId)).filter((l) => l.level >= 50);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: 'internal error (masked for the client)', path: ['boom'], err: { message: 'kaboom: MATCH (s:Secret) RETURN s.password AS hunter2' } });
    expect(String((logged[0]!.err as { stack: string }).stack)).toMatch(/\n\s+at /);
  });

  it('a Cypher error from Neo4j: no Cypher text and no driver message reach the client', async () => {
    const r = await post(server.url, '{ cypherFailure }');
    const e = single(r);
    expect(e.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    const text = JSON.stringify(r.body);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    const logged = logsOf(String(e.extensions!.requestId)).filter((l) => l.level >= 50);
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).toContain('secretNode');
  });

  it('each error is logged once; client errors at info, not as server faults', async () => {
    const r = await post(server.url, '{ notFound(id: "x") }');
    const lines = logsOf(r.headers.get('x-request-id')!);
    expect(lines.filter((l) => l.msg === 'request error')).toHaveLength(1);
    expect(lines.find((l) => l.msg === 'request error')).toMatchObject({ level: 30, code: 'NOT_FOUND' });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => l.msg === 'graphql request')).toHaveLength(1);
  });

  it('in production settings, "Did you mean" suggestions and introspection are off', async () => {
    const prod = await startServer({ schema: probeSchema(), options: { introspection: false, suggestions: false } });
    try {
      const r = await post(prod.url, '{ helo }');
      expect(r.body.errors![0]!.message).toBe('Cannot query field "helo" on type "Query".');
      const intro = await post(prod.url, '{ __schema { queryType { name } } }');
      expect(intro.status).toBe(400);
      expect(intro.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(intro.body.errors![0]!.message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});
