/**
 * README's "Your first hour" runs as written: each `<!-- first-hour: … -->` block is taken from README.md
 * and run by bash, stopping at the first failing command, with only the ports moved (README says 4000,
 * 7687 and 7474; the test uses free ones, passed the way a user moves them: PORT, LOCAL_NEO4J_*).
 *   explorer   against a server started as `npm start` does (src/main.ts) on the tests' Neo4j
 *   frontend   verbatim in an empty folder: npm installs (from the npm cache where it can), codegen with
 *              the client preset for NodeNext, tsc, and the compiled client run against that server
 *   researcher in the repository, with a Neo4j of its own: db:start, seed, cypher, export, Python, db:stop
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { findNeo4jProcesses, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
import { freePort, spawnEntry, type Spawned } from '../helpers/spawn-server.js';
import { venvPython } from '../helpers/python.js';
import { TEST_NEO4J } from '../setup/test-neo4j.js';

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

/** The fenced block after `<!-- first-hour: name -->`. */
function block(name: string): string {
  const m = new RegExp(`<!-- first-hour: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme);
  if (!m) throw new Error(`README.md has no first-hour block "${name}"`);
  return m[1]!;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      out += `\n[first-hour] timed out after ${timeoutMs / 1000} s\n`;
      process.kill(-child.pid!, 'SIGTERM');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** A user's shell: PATH and HOME, nothing from the developer's .env. */
const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent', PYTHONNOUSERSITE: '1', LOG_PRETTY: 'false' });

let port: number;
let server: Spawned;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-first-hour-'));

beforeAll(async () => {
  port = await freePort();
  server = spawnEntry('src/main.ts', { NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J.boltPort}`, NEO4J_PASSWORD: TEST_NEO4J.password, PORT: String(port) });
  await server.waitFor(/GraphQL ready/, 240_000);
}, 300_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("README's first hour", () => {
  it('explorer: the server answers the curl commands', async () => {
    expect(readme).toContain('npm run setup && npm start     # then open http://127.0.0.1:4000/ and http://127.0.0.1:4000/explore');
    const script = block('explorer').replaceAll('127.0.0.1:4000', `127.0.0.1:${port}`);
    const r = await bash(script, PROJECT_ROOT, baseEnv(), 60_000);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('{"status":"ready","neo4j":"up"}');
    expect(r.out).toMatch(/"name":"黄石市","designations":\[\{"year":\d{4},"programme":\{"name":"[^"]+"\}/);
    for (const page of ['/', '/explore']) expect((await fetch(`http://127.0.0.1:${port}${page}`)).status).toBe(200);
  });

  it('frontend: the codegen recipe works verbatim in an empty folder', async () => {
    const dir = path.join(tmp, 'my-frontend');
    fs.mkdirSync(dir);
    const env = { ...baseEnv(), IP_CITY_GRAPH: PROJECT_ROOT, GRAPHQL_URL: `http://127.0.0.1:${port}/graphql`, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    const r = await bash(block('frontend'), dir, env, 600_000);
    expect(r.code, r.out.slice(-4000)).toBe(0);
    // The generated imports carry .js (NodeNext), and the compiled client printed the city's designations.
    expect(fs.readFileSync(path.join(dir, 'src/gql/index.ts'), 'utf8')).toMatch(/from "\.\/gql\.js"|from '\.\/gql\.js'/);
    expect(r.out).toMatch(/^黄石市 \(Huangshi\): \d{4} \S+/m);
  }, 660_000);

  it('researcher: db:start, seed, cypher, export, the Python example, db:stop', async () => {
    venvPython(); // README's set-up made it
    const home = path.join(PROJECT_ROOT, '.neo4j', 'first-hour');
    await stopLocalNeo4j(home, () => undefined);
    const [bolt, http] = [await freePort(), await freePort()];
    const script = block('researcher');
    fs.rmSync('/tmp/ip-city-graph-export', { recursive: true, force: true });
    const env = { ...baseEnv(), LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_BOLT_PORT: String(bolt), LOCAL_NEO4J_HTTP_PORT: String(http), LOCAL_NEO4J_HEAP: '384m' };
    try {
      const r = await bash(script, PROJECT_ROOT, env, 600_000);
      expect(r.code, r.out.slice(-4000)).toBe(0);
      expect(r.out).toMatch(/Local Neo4j 5\.26\.\d+ running/);
      expect(r.out).toMatch(/Seeded bolt:\/\/127\.0\.0\.1:\d+/);
      expect(r.out).toMatch(/^multi-programme-cities\s/m);
      expect(r.out).toMatch(/Exported \d+ nodes and \d+ relationships/);
      expect(r.out).toMatch(/^city,cityEn,adcode,province,year/m);
      expect(r.out).toMatch(/The local Neo4j has stopped/);
      expect(fs.existsSync('/tmp/ip-city-graph-export/graph.graphml')).toBe(true);
      expect(findNeo4jProcesses(home)).toEqual([]);
    } finally {
      await stopLocalNeo4j(home, () => undefined);
    }
  }, 660_000);
});
