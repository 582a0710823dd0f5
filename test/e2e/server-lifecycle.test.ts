/**
 * `npm start` as a user runs it: the local Neo4j comes up, the seeds load, the data path is warmed, then
 * the compiled server (dist/) answers; Ctrl-C
 * (SIGINT) shuts everything down with no Java left behind; a second start is immediate and keeps the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { findNeo4jProcesses, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
import { freePort, spawnEntry, spawnNpmStart } from '../helpers/spawn-server.js';

const home = path.join(PROJECT_ROOT, '.neo4j', 'e2e');
const [bolt, http, port] = [await freePort(), await freePort(), await freePort()];
const env = { LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_BOLT_PORT: String(bolt), LOCAL_NEO4J_HTTP_PORT: String(http), PORT: String(port), LOCAL_NEO4J_HEAP: '384m' };
const url = `http://127.0.0.1:${port}/graphql`;

beforeAll(async () => {
  await stopLocalNeo4j(home, () => undefined); // a leftover from an interrupted earlier run
  fs.rmSync(home, { recursive: true, force: true }); // a new user's first start: no data yet
});
const spawned: ReturnType<typeof spawnEntry>[] = [];
afterAll(async () => {
  for (const s of spawned) if (s.child.exitCode === null) s.child.kill('SIGKILL'); // only after a failure
  await stopLocalNeo4j(home, () => undefined);
});

function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}`)), ms))]);
}

/** The command lines of the processes in a process group (Linux /proc). */
function commandLinesOfGroup(pgid: number): string[] {
  const lines: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state, ppid, pgrp, …
      if (Number(fields[2]) === pgid) lines.push(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
    } catch {
      // the process ended while we looked
    }
  }
  return lines;
}

async function gql(query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('server lifecycle', () => {
  it('`npm start` starts the local Neo4j and answers; Ctrl-C leaves no Java process; a restart keeps the data', async () => {
    const first = spawnNpmStart(env);
    spawned.push(first);
    await first.waitFor(/GraphQL ready/);
    expect(await gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    const info = await gql('{ serverInfo { name neo4jVersion } }');
    expect(info.data?.serverInfo).toMatchObject({ name: 'ip-city-graph' });
    expect((info.data?.serverInfo as { neo4jVersion: string }).neo4jVersion).toMatch(/^5\.26\./);
    // A first start says what it is doing, with progress and counts (and downloads nothing it has).
    const boot = first.output();
    expect(boot).toMatch(/Starting Neo4j 5\.26\.\d+ \(pid \d+[^)]*\); a first start takes 10–30 s/);
    expect(boot).toMatch(/HTTP answers on :\d+ after \d+ s; waiting for Bolt on :\d+/);
    expect(boot).toMatch(/applying the schema/);
    const loading = /loading the seeds — (\d+) nodes and (\d+) relationships/.exec(boot);
    expect(loading).not.toBeNull();
    // The loaded graph has exactly what the seed files make: each node counted once, not once per label.
    expect(boot).toMatch(new RegExp(`seeds loaded: ${loading![1]} nodes, ${loading![2]} relationships in [\\d.]+ s`));
    expect(boot).not.toMatch(/Downloading/);
    expect(findNeo4jProcesses(home)).toHaveLength(1);
    // The data path is warm before the port opens: /ready never answers while the warm-up runs.
    expect(boot.indexOf('warmed the data path')).toBeGreaterThan(-1);
    expect(boot.indexOf('warmed the data path')).toBeLessThan(boot.indexOf('GraphQL ready'));
    // What serves is the compiled build, with the heap cap, not tsx.
    const server = commandLinesOfGroup(first.child.pid!).find((c) => c.includes(path.join(PROJECT_ROOT, 'dist', 'main.js')));
    expect(server, commandLinesOfGroup(first.child.pid!).join('\n')).toBeDefined();
    expect(server).toContain('--max-old-space-size=256');
    expect(server).not.toContain('tsx');

    process.kill(-first.child.pid!, 'SIGINT'); // Ctrl-C in a terminal: the whole foreground group
    await within(60_000, first.exited, 'npm start to exit after Ctrl-C');
    expect(first.output()).toMatch(/SIGINT: finishing in-flight requests/);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    expect(first.output()).not.toMatch(/exiting now/);
    expect(findNeo4jProcesses(home)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();

    const second = spawnEntry('src/main.ts', env);
    spawned.push(second);
    await second.waitFor(/GraphQL ready/);
    expect(second.output()).not.toMatch(/seeds loaded/); // the graph from the first run is still there
    expect(second.output()).toMatch(/Starting Neo4j [^\n]*the last start took \d+ s/); // so it can say how long the rest takes
    expect(await gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    second.child.kill('SIGTERM');
    expect(await within(60_000, second.exited, 'the server to exit after SIGTERM')).toBe(0);
    expect(findNeo4jProcesses(home)).toEqual([]);
  }, 300_000);
});
