/**
 * `npm run bench` with many clients from one address measures the data path, not admission: the server
 * it starts gets limits above any --clients, and a server that sheds bench requests anyway (one given
 * with --url, started with the production defaults) is recognised and named, so the run stops instead
 * of reporting latencies of the few answered. Against the real admission middleware (src/server/admission.ts).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { admissionControl } from '../../../src/server/admission.js';
import { loadConfig } from '../../../src/config/config.js';
import { postJson } from '../../../bench/lib/post-json.js';
import { admissionRefusal, BENCH_SERVER_ADMISSION } from '../../../bench/lib/admission.js';

const servers: Array<{ close(): void }> = [];
afterAll(() => servers.forEach((s) => s.close()));

async function serve(limits: { maxInFlight: number; maxPerClient: number }): Promise<string> {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.requestId = 'r';
    next();
  });
  app.use('/graphql', admissionControl(limits, pino({ level: 'silent' })));
  // Every request takes a while, so 16 clients' requests are in flight together.
  app.post('/graphql', (_req, res) => void setTimeout(() => res.json({ data: { ok: true } }), 150));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function sixteenClients(base: string) {
  return Promise.all(Array.from({ length: 16 }, () => postJson<{ errors?: { message: string; extensions?: { code?: string } }[] }>(`${base}/graphql`, { query: '{ ok }' })));
}

describe('the bench and admission control', () => {
  it('a server with the production defaults sheds 16 clients from one address; the bench names the limit and the fix', async () => {
    const defaults = loadConfig({ NEO4J_PASSWORD: 'password-for-test' }).server;
    const base = await serve({ maxInFlight: defaults.maxInFlight, maxPerClient: defaults.maxInFlightPerClient });
    const answers = await sixteenClients(base);
    const refusals = answers.map((a) => admissionRefusal(a.status, a.body, base)).filter((e) => e !== null);
    expect(refusals.length).toBe(16 - defaults.maxInFlightPerClient);
    expect(refusals[0]!.message).toMatch(/HTTP 429, HTTP_MAX_IN_FLIGHT_PER_CLIENT/);
    expect(refusals[0]!.hint).toMatch(/HTTP_MAX_IN_FLIGHT_PER_CLIENT=1000/);
  });

  it('the limits the bench starts its server with admit 16 (and 256) clients: nothing is shed', async () => {
    const env = loadConfig({ NEO4J_PASSWORD: 'password-for-test', ...BENCH_SERVER_ADMISSION }).server;
    expect(env.maxInFlightPerClient).toBeGreaterThanOrEqual(256);
    const base = await serve({ maxInFlight: env.maxInFlight, maxPerClient: env.maxInFlightPerClient });
    const answers = await sixteenClients(base);
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
    expect(answers.map((a) => admissionRefusal(a.status, a.body, base))).toEqual(Array(16).fill(null));
  });

  it('other errors are not taken for admission', () => {
    expect(admissionRefusal(200, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }, 'b')).toBeNull();
    expect(admissionRefusal(503, { errors: [{ message: 'The graph database is unavailable. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, 'b')).toBeNull();
  });
});
