/**
 * The HTTP floor (`npm run bench -- --floor http`, the default): the benchmark's hand-written Cypher
 * behind the same HTTP stack as the API — Node's http server with Express 5, a JSON body parsed by
 * `express.json`, the project's driver settings (src/db/driver.ts), the answer sent as a JSON body —
 * so a ratio to it charges the API only for what it does beyond that: GraphQL parsing, validation and
 * execution, its middleware, and its data path.
 *
 * POST /floor {"query": "floor/nested", "params": {…}} → {"data": <the query's single value>}.
 * Started by bench/run.ts as a child process: it listens on FLOOR_PORT (0: any free port) on HOST and
 * tells its parent the port over IPC. Connection from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD /
 * NEO4J_DATABASE. Not part of the product.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createDriver } from '../src/db/driver.js';
import { driverFloor, floorFiles, jsonReplacer } from './lib/floor.js';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`bench/floor-server.ts needs ${name} in its environment (bench/run.ts sets it).`);
  return v;
};

const driver = createDriver({ uri: env('NEO4J_URI'), username: env('NEO4J_USERNAME'), password: env('NEO4J_PASSWORD') });
const run = driverFloor(driver, env('NEO4J_DATABASE'));
const known = new Set(floorFiles());

const app = express();
app.disable('x-powered-by');
app.set('json replacer', jsonReplacer);
app.post('/floor', express.json({ limit: '100kb' }), async (req, res) => {
  const body = req.body as { query?: unknown; params?: unknown } | undefined;
  const query = typeof body?.query === 'string' ? body.query : '';
  if (!known.has(query)) {
    res.status(400).json({ errors: [{ message: `"query" must name a floor query; got ${JSON.stringify(body?.query)}. Known: ${[...known].join(', ')}.` }] });
    return;
  }
  const params = body?.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {};
  try {
    res.json({ data: await run(query, params) });
  } catch (err) {
    res.status(500).json({ errors: [{ message: (err as Error).message }] });
  }
});
app.get('/ready', (_req, res) => {
  res.json({ status: 'ready' });
});

const server = http.createServer(app);
server.listen(Number(process.env.FLOOR_PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  if (process.send) process.send({ port });
  else process.stdout.write(`floor server on http://${process.env.HOST ?? '127.0.0.1'}:${port}/floor\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
