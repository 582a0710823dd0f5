/**
 * `npm run bench:layer`: what the GraphQL layer itself costs per request. For each operation it times,
 * sequentially (one client) and interleaved over several rounds:
 *
 * - **http**: the operation over HTTP against a server started in this process (the real createServer:
 *   express, admission, Apollo with every plugin, one JSON log line per request to /dev/null);
 * - **inproc**: the same operation through `apollo.executeOperation` (no HTTP, no express);
 * - **cypher**: the very Cypher calls the server made for it (recorded on a first request: same named
 *   queries, same parameters, the same calls concurrent), replayed through the driver with no
 *   GraphQL at all.
 *
 * `{ __typename }` is the first operation: the fixed cost of a request that touches no data. The table
 * shows medians over rounds of each side's p50, the ratio http ÷ cypher (taken within a round, then the
 * median) and http − cypher, the time that is neither the database nor the network: ours. It also
 * shows each side's CPU time per request (of this whole process: server, client and driver), which
 * moves far less than latency when the machine is shared. The replay runs each call as the floors of
 * `npm run bench` do (`executeRead`), so it stays a fixed yardstick whatever the executor does. Speed is
 * measured here, never asserted in tests.
 *
 * Options: --rounds N (default 5), --requests N (per side per round, default 40), --ops typename,page,…
 * (default all), --api-only (only the http side, for a profile: `node --cpu-prof --import tsx
 * bench/layer.ts --api-only --ops nested-bounded --requests 500`), --profile (no timing: PROFILE each Cypher call
 * one request made, once, and print its db hits and rows: which of an operation's queries grows with the graph).
 */
import 'reflect-metadata';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { loadConfig } from '../src/config/config.js';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/database.js';
import { Executor, toCypherParams, type RunOptions } from '../src/db/executor.js';
import { runCli, UserError } from '../src/cli/run-cli.js';
import { buildAppSchema } from '../src/schema/build-schema.js';
import { createServer } from '../src/server/app.js';
import { OPERATIONS, type Fixtures } from './lib/operations.js';
import { median, medianRatio, percentile } from './lib/stats.js';
import { parseIntOption } from './lib/args.js';

const USAGE = 'Usage: npm run bench:layer -- [--rounds 5] [--requests 40] [--ops typename,page,search,city,nested-bounded,timeline,neighbourhood,paths,nested] [--api-only] [--profile]';
/** The operations of bench/lib/operations.ts measured here (deep-page needs the synthetic graph). */
/** Measured when --ops is not given; --ops takes any operation of bench/lib/operations.ts. */
const DEFAULT_OPS = ['typename', 'page', 'search', 'city', 'nested-bounded', 'timeline', 'neighbourhood', 'paths', 'nested'];
const KNOWN = ['typename', ...OPERATIONS.map((o) => o.key)];

interface Call {
  name: string;
  params: Record<string, unknown>;
  start: number;
  end: number;
}

/** An executor that records each read a request makes (to replay the same Cypher without GraphQL). */
class RecordingExecutor extends Executor {
  recording: Call[] | null = null;
  override async read(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}) {
    const start = performance.now();
    const records = await super.read(name, params, opts);
    this.recording?.push({ name, params, start, end: performance.now() });
    return records;
  }
}

/** Calls that overlapped in time ran concurrently: they form one group; groups ran one after another. */
function groups(calls: Call[]): Call[][] {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const out: Call[][] = [];
  let end = -Infinity;
  for (const c of sorted) {
    if (c.start < end && out.length) out.at(-1)!.push(c);
    else out.push([c]);
    end = Math.max(end, c.end);
  }
  return out;
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { rounds: { type: 'string' }, requests: { type: 'string' }, ops: { type: 'string' }, 'api-only': { type: 'boolean' }, profile: { type: 'boolean' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UserError((err as Error).message, USAGE);
  }
  const v = parsed.values;
  const rounds = parseIntOption('--rounds', v.rounds ?? '5', 1, 100, USAGE);
  const requests = parseIntOption('--requests', v.requests ?? '40', 1, 1_000_000, USAGE);
  const wanted = v.ops ? v.ops.split(',').map((s) => s.trim()) : DEFAULT_OPS;
  const unknown = wanted.filter((k) => !KNOWN.includes(k));
  if (unknown.length) throw new UserError(`Unknown operation${unknown.length > 1 ? 's' : ''} for --ops: ${unknown.join(', ')}.`, `Choose from: ${KNOWN.join(', ')}.`);
  const apiOnly = Boolean(v['api-only']);
  const profileOnly = Boolean(v.profile);

  const config = loadConfig();
  const db = await openDatabase(config, { owner: 'tool', log: (line) => process.stderr.write(`[local-neo4j] ${line}\n`) });
  const base = db.executor;
  const executor = new RecordingExecutor(base.driver, base.registry, base.options);
  // As in production: one JSON line per request, written synchronously (here to /dev/null).
  const logger = pino({ level: 'info', base: { service: 'ip-city-graph' } }, pino.destination({ dest: '/dev/null', sync: true }));
  const schema = await buildAppSchema();
  const server = await createServer({ schema, executor, logger, options: { maxCost: 10_000_000, maxDepth: 20, maxInFlight: 1000, maxInFlightPerClient: 1000 } });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  try {
    // node:http with keep-alive, not fetch: Node 20's fetch (undici) costs about 1.5 ms of client CPU per
    // request on this machine, which would be counted as the server's.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const target = new URL(url);
    const http = (query: string, variables: Record<string, unknown>) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, unknown>; errors?: { message: string }[] };
            if (body.errors?.length || !body.data) reject(new Error(`API error: ${JSON.stringify(body.errors ?? body)}`));
            else resolve(body.data);
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query, variables }));
      });
    const inproc = async (query: string, variables: Record<string, unknown>) => {
      const ctx = createContext({ requestId: 'bench', executor, logger, headers: {}, revealVersions: false });
      const res = await server.apollo.executeOperation({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single' || res.body.singleResult.errors?.length) throw new Error(`API error: ${JSON.stringify(res.body)}`);
      return res.body.singleResult.data;
    };
    const replay = async (gs: Call[][]) => {
      for (const g of gs) {
        await Promise.all(
          g.map(async (c) => {
            const session = base.driver.session({ database: config.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
            try {
              const text = base.registry.get(c.name).wire;
              const params = toCypherParams(c.params) as Record<string, unknown>;
              return (await session.executeRead((tx) => tx.run(text, params), { timeout: config.txTimeoutMs })).records;
            } finally {
              await session.close();
            }
          }),
        );
      }
    };

    /** PROFILE of one recorded call: its db hits (summed over the plan) and rows. */
    const profileCall = async (c: Call): Promise<string> => {
      type PlanNode = { dbHits?: number; children?: PlanNode[] };
      const hits = (p: PlanNode): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, ch) => n + hits(ch), 0);
      const session = base.driver.session({ database: config.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
      try {
        const res = await session.run(`PROFILE ${base.registry.get(c.name).wire}`, toCypherParams(c.params) as Record<string, unknown>, { timeout: config.txTimeoutMs });
        return `${hits(res.summary.profile as unknown as PlanNode).toLocaleString('en')} | ${res.records.length}`;
      } finally {
        await session.close();
      }
    };
    const fixtures = await makeFixtures(http);
    process.stdout.write(`## GraphQL layer cost ${new Date().toISOString()}\n\n`);
    process.stdout.write(`Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${rounds} rounds × ${requests} sequential requests per side, interleaved; medians over rounds of each round's p50 (ms).\n\n`);
    if (profileOnly) process.stdout.write('| operation | Cypher call | db hits | rows |\n|---|---|---:|---:|\n');
    else process.stdout.write(
      apiOnly
        ? '| operation | http p50 | http CPU ms/req |\n|---|---:|---:|\n'
        : '| operation | round trips | http p50 | inproc p50 | cypher p50 | http ÷ cypher | http − cypher (ms) | CPU ms/req: http | inproc | cypher |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n',
    );
    for (const key of wanted) {
      let query: string;
      let variables: Record<string, unknown>;
      if (key === 'typename') {
        query = '{ __typename }';
        variables = {};
      } else {
        const op = OPERATIONS.find((o) => o.key === key)!;
        const prep = await op.prepare(fixtures);
        if ('skip' in prep) {
          process.stdout.write(`| ${key} | skipped: ${prep.skip} |\n`);
          continue;
        }
        query = prep.query;
        variables = prep.variables;
      }
      // Warm up both paths, then record the Cypher of one request.
      for (let i = 0; i < 3; i++) await http(query, variables);
      executor.recording = [];
      await http(query, variables);
      const calls = executor.recording;
      executor.recording = null;
      const gs = groups(calls);
      if (profileOnly) {
        for (const c of calls) process.stdout.write(`| ${key} | ${c.name} | ${await profileCall(c)} |\n`);
        continue;
      }
      if (!apiOnly) for (let i = 0; i < 3; i++) await replay(gs);

      const sides: Record<'http' | 'inproc' | 'cypher', number[]> = { http: [], inproc: [], cypher: [] };
      // CPU time of this process per request (server, client and driver alike): unlike latency, it
      // hardly moves with the machine's load, so it is the steadier measure of what a change saves.
      const cpu: Record<'http' | 'inproc' | 'cypher', number[]> = { http: [], inproc: [], cypher: [] };
      const run: Record<keyof typeof sides, () => Promise<unknown>> = { http: () => http(query, variables), inproc: () => inproc(query, variables), cypher: () => replay(gs) };
      const order: (keyof typeof sides)[] = apiOnly ? ['http'] : ['http', 'inproc', 'cypher'];
      for (let r = 0; r < rounds; r++) {
        for (const side of r % 2 === 0 ? order : [...order].reverse()) {
          const lat: number[] = [];
          const c0 = process.cpuUsage();
          for (let i = 0; i < requests; i++) {
            const t0 = performance.now();
            await run[side]();
            lat.push(performance.now() - t0);
          }
          const c = process.cpuUsage(c0);
          cpu[side].push((c.user + c.system) / 1000 / requests);
          sides[side].push(percentile(lat, 50));
        }
      }
      const m = (xs: number[]) => median(xs);
      if (apiOnly) {
        process.stdout.write(`| ${key} | ${fmt(m(sides.http))} | ${fmt(m(cpu.http))} |\n`);
      } else {
        const ratio = medianRatio(sides.http, sides.cypher);
        const diff = median(sides.http.map((x, i) => x - sides.cypher[i]!));
        process.stdout.write(`| ${key} | ${calls.length} | ${fmt(m(sides.http))} | ${fmt(m(sides.inproc))} | ${calls.length ? fmt(m(sides.cypher)) : '—'} | ${calls.length ? ratio.toFixed(2) : '—'} | ${fmt(diff)} | ${fmt(m(cpu.http))} | ${fmt(m(cpu.inproc))} | ${calls.length ? fmt(m(cpu.cypher)) : '—'} |\n`);
      }
    }
    return 0;
  } finally {
    await server.apollo.stop();
    await db.close();
  }
});

const fmt = (x: number) => (Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
async function makeFixtures(http: (q: string, v: Record<string, unknown>) => Promise<Record<string, unknown>>): Promise<Fixtures> {
  const find = async (text: string, kind: string) => {
    const d = await http('query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k, first: 1) { node { id graphId } } }', { t: text, k: [kind] });
    const hit = (d.search as { node: { id: string; graphId: string } }[])[0];
    if (!hit) throw new UserError(`The API's search finds no ${kind} for ${text}: is the seed loaded?`, 'npm run seed');
    return hit.node;
  };
  const count = await http('{ cities(first: 1) { totalCount } }', {});
  return {
    huangshi: await find('黄石', 'CITY'),
    suining: await find('遂宁', 'CITY'),
    cnipa: await find('CNIPA', 'AGENCY'),
    programme: await find('国家知识产权示范城市', 'PROGRAMME'),
    // The `nodes` operation needs one node of each kind: this profile does not set it up (it is skipped).
    kinds: [],
    cities: (count.cities as { totalCount: number }).totalCount,
    cursorAfter: async (n) => {
      let after: string | null = null;
      let seen = 0;
      while (seen < n) {
        const take = Math.min(100, n - seen);
        const d = await http('query($f: Int!, $a: String) { cities(first: $f, after: $a) { pageInfo { endCursor } } }', { f: take, a: after });
        after = (d.cities as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
        seen += take;
      }
      return { cursor: after!, adcode: '', id: '' };
    },
  };
}
