/**
 * What a user sees when the boot cannot proceed: a one-paragraph message naming the problem and the
 * fix, a non-zero exit, no stack trace, never the password.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { findNeo4jProcesses } from '../../src/db/local/local-neo4j.js';
import { freePort, spawnEntry } from '../helpers/spawn-server.js';
import { TEST_BOLT_URI } from '../setup/test-neo4j.js';

const home = path.join(PROJECT_ROOT, '.neo4j', 'boot-errors');
const servers: net.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

function occupy(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    servers.push(srv);
    srv.listen(0, '127.0.0.1', () => resolve((srv.address() as net.AddressInfo).port));
  });
}

async function boot(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const ports = { LOCAL_NEO4J_BOLT_PORT: String(await freePort()), LOCAL_NEO4J_HTTP_PORT: String(await freePort()), PORT: String(await freePort()) };
  const s = spawnEntry('src/main.ts', { LOCAL_NEO4J_HOME: home, ...ports, ...env });
  const code = await s.exited;
  return { code, out: s.output() };
}

function expectCleanFailure(r: { code: number | null; out: string }, ...fragments: string[]) {
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBeNull();
  for (const f of fragments) expect(r.out).toContain(f);
  expect(r.out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack frames
}

describe('boot failures', () => {
  it('a bad config value names the variable, the expectation and the value found', async () => {
    const r = await boot({ PORT: 'eighty' });
    expectCleanFailure(r, 'PORT must be a TCP port number between 1 and 65535; found "eighty"');
    expect(r.code).toBe(2);
  });

  it('a malformed NEO4J_URI is rejected before anything starts', async () => {
    const r = await boot({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'whatever1' });
    expectCleanFailure(r, 'NEO4J_URI must be a Neo4j URI with scheme bolt://', 'found "http://localhost:7474"');
  });

  it('an unreachable NEO4J_URI is named, without the password', async () => {
    const r = await boot({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'sup3r-secret-pw' });
    expectCleanFailure(r, 'Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(r.out).not.toContain('sup3r-secret-pw');
  });

  it('wrong credentials are named, without the password', async () => {
    const r = await boot({ NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: 'definitely-wrong-pw' });
    expectCleanFailure(r, `Neo4j at ${TEST_BOLT_URI} refused the credentials of user "neo4j"`);
    expect(r.out).not.toContain('definitely-wrong-pw');
  });

  it('a taken Bolt port is named with the variable that chooses another', async () => {
    const port = await occupy();
    const r = await boot({ LOCAL_NEO4J_BOLT_PORT: String(port) });
    expectCleanFailure(r, `Bolt port ${port} on 127.0.0.1 is already in use`, `LOCAL_NEO4J_BOLT_PORT=${port + 1}`);
    expect(findNeo4jProcesses(home)).toEqual([]);
  });

  it('a taken GraphQL port is named with the variable that chooses another', async () => {
    const port = await occupy();
    const r = await boot({ PORT: String(port) });
    expectCleanFailure(r, `port ${port} on 127.0.0.1 is already in use`, `PORT=${port + 1} npm start`);
  });

  it('missing Java says what to install', async () => {
    const r = await boot({ JAVA_HOME: '/nonexistent-java-home' });
    expectCleanFailure(r, 'Java was not found', 'needs Java 17 or 21', 'openjdk-17');
  });

  it('too old a Java says which version was found and what is needed', async () => {
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-java-'));
    fs.mkdirSync(path.join(fake, 'bin'));
    fs.writeFileSync(path.join(fake, 'bin', 'java'), '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n', { mode: 0o755 });
    const r = await boot({ JAVA_HOME: fake });
    expectCleanFailure(r, 'Java 11 found', 'needs Java 17 or 21');
  });
});
