/**
 * The access log is written asynchronously (src/logging/logger.ts); an orderly stop must still write
 * every line: the real server answers a burst of requests, gets SIGTERM right after the last answer, and
 * its stdout must hold one `graphql request` line for each of them, with the request id the client sent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnEntry, type Spawned } from '../helpers/spawn-server.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

const REQUESTS = 400;
/** At most the server's default share per client (HTTP_MAX_IN_FLIGHT_PER_CLIENT 8) at once, so none is shed. */
const AT_ONCE = 8;

let server: Spawned | undefined;
afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL'); // only after a failure
});

describe('access log on SIGTERM', () => {
  it('every answered request has its line in the log once the server has exited', async () => {
    const port = await freePort();
    server = spawnEntry('src/main.ts', { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password, PORT: String(port), LOG_LEVEL: 'info' });
    await server.waitFor(/GraphQL ready/);
    const ids = Array.from({ length: REQUESTS }, (_, i) => `log-test-${i}`);
    for (let i = 0; i < ids.length; i += AT_ONCE) {
      await Promise.all(
        ids.slice(i, i + AT_ONCE).map(async (id) => {
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: JSON.stringify({ query: 'query LogTest { provinces(first: 2) { edges { node { name } } } }' }) });
          expect(res.status).toBe(200);
          await res.arrayBuffer();
        }),
      );
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const logged = new Set<string>();
    for (const line of server.output().split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { msg?: string; requestId?: string; operationName?: string };
      if (entry.msg === 'graphql request' && entry.operationName === 'LogTest' && entry.requestId) logged.add(entry.requestId);
    }
    expect(ids.filter((id) => !logged.has(id))).toEqual([]);
    expect(server.output()).toMatch(/"msg":"stopped"/); // the shutdown's own last line too
  }, 300_000);
});
