/**
 * The GraphQL body reader (src/server/json-body.ts) answers every body as `express.json` does: the same
 * parsed value, or an error of the same `type` and `status` (what the server's error handler turns into
 * its answer). Each case runs through both, over real HTTP.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../../src/server/json-body.js';

const LIMIT = 1024;

function app(parser: express.RequestHandler): express.Express {
  const a = express();
  a.post('/', parser, (req, res) => {
    res.json({ body: req.body ?? null });
  });
  a.use(((err, _req, res, _next) => {
    const e = err as { type?: string; status?: number };
    res.status(e.status ?? 500).json({ error: { type: e.type, status: e.status } });
  }) as express.ErrorRequestHandler);
  return a;
}

const servers: http.Server[] = [];
let ours = '';
let theirs = '';
beforeAll(async () => {
  const listen = async (a: express.Express) => {
    const s = http.createServer(a);
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  };
  ours = await listen(app(jsonBody(LIMIT)));
  theirs = await listen(app(express.json({ limit: LIMIT })));
});
afterAll(() => {
  for (const s of servers) s.close();
});

/** Status and JSON answer of one raw POST (headers as given: no fetch defaults). */
function post(url: string, headers: Record<string, string>, body: Buffer | string | string[]): Promise<{ status: number; answer: unknown }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: '/', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, answer: JSON.parse(text) }));
    });
    req.on('error', reject);
    if (Array.isArray(body)) {
      for (const part of body) req.write(part); // no content-length: chunked
      req.end();
    } else req.end(body);
  });
}

const json = (text: string, type = 'application/json') => ({ headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(text)) }, body: text });

const CASES: Array<[string, { headers: Record<string, string>; body: Buffer | string | string[] }]> = [
  ['a GraphQL request', json('{"query":"{ __typename }","variables":{"ids":["a","b"]}}')],
  ['with charset=utf-8', json('{"query":"{ a }"}', 'application/json; charset=utf-8')],
  ['upper-case type', json('{"query":"{ a }"}', 'Application/JSON')],
  ['leading whitespace and a byte order mark', json('\uFEFF \n {"query":"黄石"}')],
  ['a top-level array', json('[{"query":"{ a }"}]')],
  ['a top-level string (strict JSON bodies)', json('"{ a }"')],
  ['a top-level number', json('  42')],
  ['malformed JSON', json('{"query": ')],
  ['an empty body', json('')],
  ['over the size limit', json(JSON.stringify({ query: 'x'.repeat(LIMIT) }))],
  ['charset utf-16', json('{"query":"{ a }"}', 'application/json; charset=utf-16')],
  ['another media type', json('{"query":"{ a }"}', 'text/plain')],
  ['gzip', { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(gzipSync('{"query":"{ a }"}').length) }, body: gzipSync('{"query":"{ a }"}') }],
  ['labelled gzip but not compressed', { ...json('{"query":"{ a }"}'), headers: { ...json('{"query":"{ a }"}').headers, 'content-encoding': 'gzip' } }],
  ['chunked, no content-length', { headers: { 'content-type': 'application/json' }, body: ['{"query":', '"{ a }"}'] }],
];

describe('jsonBody answers as express.json does', () => {
  it.each(CASES)('%s', async (_name, c) => {
    const [a, b] = await Promise.all([post(ours, c.headers, c.body), post(theirs, c.headers, c.body)]);
    expect(a).toEqual(b);
  });
});
