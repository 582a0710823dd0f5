/**
 * `npm run bench`: every operation of bench/lib/operations.ts against the GraphQL server (over HTTP) and
 * against its floor (one hand-written Cypher query per operation), on the configured Neo4j. The floor is
 * served over HTTP by bench/floor-server.ts, the same stack as the API's (`--floor http`, the default), or
 * run through the driver in this process (`--floor driver`: no HTTP, no JSON).
 * First the two answers must be equal (a difference is printed and fails the run); then both are timed,
 * interleaved (API, floor, floor, API, …) over several rounds, at each client count. Prints a markdown
 * table: req/s, p50/p95, Cypher round trips per request (from the server's /metrics), the ratios to the
 * floor, and the server's RSS under load. Speed is measured here, never asserted in tests.
 *
 * Options: --url http://host:port (an existing server; else one is started on the configured Neo4j),
 * --server-dir DIR (start the server from another checkout), --rounds N (default 3),
 * --duration S (seconds per side per round, default 2), --clients 1,16, --ops nested,city,…,
 * --floor http|driver (default http), --out FILE (also append the report there).
 * --ready-timeout S: how long to wait for the started server's /ready (default 180 s; its warm-up plans
 * every query on the graph as it is, which at a million nodes on a busy machine can take longer).
 * --then-nodes N: after measuring, write N synthetic nodes (bench:data; the graph must hold none yet),
 * measure the same operations again and print the two sizes side by side (ratio larger ÷ smaller).
 * Environment: FLOOR_PORT, the floor server's port (default 0: any free port).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { BENCH_CYPHER_DIR, driverFloor, plain, type FloorQuery } from './lib/floor.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { runCli, UserError } from '../src/cli/run-cli.js';
import { admissionRefusal, BENCH_SERVER_ADMISSION } from './lib/admission.js';
import { OPERATIONS, type Fixtures, type Prepared } from './lib/operations.js';
import { median, medianRatio, summarise, type RunSample } from './lib/stats.js';
import { floorPort, parseIntOption } from './lib/args.js';
import { postJson } from './lib/post-json.js';
import { toGlobalId } from '../src/graph/global-id.js';
import type { NodeLabel } from '../src/graph/labels.js';

const USAGE = 'Usage: npm run bench -- [--url http://127.0.0.1:4000] [--server-dir DIR] [--rounds 3] [--duration 2] [--clients 1,16] [--ops nested,city,nodes,page,search,paths,nested-bounded,deep-page,agency-assessments,designations,programme-designations,programme-cities,neighbourhood,timeline] [--floor http|driver] [--out FILE] [--then-nodes 1000000] [--ready-timeout 180]';
const CYPHER_DIR = BENCH_CYPHER_DIR;
/** The started server's own log (its errors under load would drown the report). */
const SERVER_LOG = path.join(os.tmpdir(), `ip-city-graph-bench-server-${process.pid}.log`);

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { url: { type: 'string' }, 'server-dir': { type: 'string' }, rounds: { type: 'string' }, duration: { type: 'string' }, clients: { type: 'string' }, ops: { type: 'string' }, floor: { type: 'string' }, out: { type: 'string' }, 'then-nodes': { type: 'string' }, 'ready-timeout': { type: 'string' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UserError((err as Error).message, USAGE);
  }
  const v = parsed.values;
  const rounds = parseIntOption('--rounds', v.rounds ?? '3', 1, 100, USAGE);
  const duration = Number(v.duration ?? '2');
  if (!(duration >= 0.2 && duration <= 600)) throw new UserError(`--duration must be a number of seconds from 0.2 to 600; got ${JSON.stringify(v.duration)}.`, USAGE);
  const clients = (v.clients ?? '1,16').split(',').map((c) => parseIntOption('--clients', c.trim(), 1, 256, USAGE));
  const known = OPERATIONS.map((o) => o.key);
  const wanted = v.ops ? v.ops.split(',').map((s) => s.trim()) : known;
  const unknown = wanted.filter((k) => !known.includes(k));
  if (unknown.length) throw new UserError(`Unknown operation${unknown.length > 1 ? 's' : ''} for --ops: ${unknown.join(', ')}.`, `Choose from: ${known.join(', ')}.`);
  if (v.url && v['server-dir']) throw new UserError('Give either --url (a running server) or --server-dir (start one from that checkout), not both.', USAGE);
  let baseUrl: string | null = null;
  if (v.url) {
    try {
      baseUrl = new URL(v.url).origin;
    } catch {
      throw new UserError(`--url must be a URL such as http://127.0.0.1:4000; got ${JSON.stringify(v.url)}.`, USAGE);
    }
  }
  // Measure, then write that many synthetic nodes (npm run bench:data) and measure again: the same
  // operations at two graph sizes in one run, one server, one Neo4j (lookups independent of size).
  const thenNodes = v['then-nodes'] === undefined ? null : parseIntOption('--then-nodes', v['then-nodes'], 10, 20_000_000, USAGE);
  const readyTimeoutS = parseIntOption('--ready-timeout', v['ready-timeout'] ?? '180', 10, 3600, USAGE);
  const floorMode = v.floor ?? 'http';
  if (floorMode !== 'http' && floorMode !== 'driver') throw new UserError(`--floor must be http or driver; got ${JSON.stringify(v.floor)}.`, USAGE);
  const serverDir = v['server-dir'] ? path.resolve(v['server-dir']) : PROJECT_ROOT;
  if (!fs.existsSync(path.join(serverDir, 'src', 'main.ts'))) throw new UserError(`--server-dir ${serverDir} holds no src/main.ts.`, USAGE);

  const floorPortValue = floorPort(process.env, USAGE);
  const config = loadConfig();
  const db = await openDatabase(config, { owner: 'tool', log: (line) => process.stderr.write(`[local-neo4j] ${line}\n`) });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword), { disableLosslessIntegers: true });
  let server: ChildProcess | null = null;
  let floorServer: ChildProcess | null = null;
  const out: string[] = [];
  const say = (line = '') => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  let failed = false;
  try {
    // Fixtures (the cursor after the n-th city) always go through the driver; only timing uses `floorRun`.
    const driverRun = driverFloor(driver, config.neo4jDatabase);
    let floorRun: FloorRun = async (file, params) => plain(await driverRun(file, params));
    let floorWhere = 'one Cypher query per operation through the driver in the bench process (no HTTP)';
    if (floorMode === 'http') {
      const started = await startFloorServer(db.uri, config, floorPortValue);
      floorServer = started.child;
      floorRun = httpFloor(`http://${config.host}:${started.port}`);
      floorWhere = `one Cypher query per operation behind the same HTTP stack (bench/floor-server.ts on :${started.port}, pid ${floorServer.pid}: Express 5, JSON body, the project's driver settings)`;
    }
    let readyS: number | null = null;
    if (!baseUrl) {
      baseUrl = `http://${config.host}:${config.port}`;
      const t0 = performance.now();
      server = startServer(serverDir, db.uri, config, process.env);
      await waitReady(baseUrl, server, readyTimeoutS * 1000);
      readyS = (performance.now() - t0) / 1000;
    }
    const api = apiClient(baseUrl);
    let graph = await graphFacts(driver, config.neo4jDatabase);
    if (thenNodes !== null && graph.synthetic > 0) throw new UserError(`--then-nodes measures the graph as it is, then with ${thenNodes.toLocaleString('en')} synthetic nodes added, but it already holds ${graph.synthetic.toLocaleString('en')} synthetic cities.`, 'Remove them first: npm run bench:data -- --clear');
    const setupNotes: string[] = [];
    let fixtures = await makeFixtures(api, async (file, params) => plain(await driverRun(file, params)), graph.cities, (line) => setupNotes.push(line));
    const neo4jVersion = graph.version;

    say(`## Benchmark ${new Date().toISOString()}`);
    say();
    say(`- machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; Node ${process.version}; Neo4j ${neo4jVersion}`);
    say(`- graph: ${graph.nodes.toLocaleString('en')} nodes, ${graph.rels.toLocaleString('en')} relationships, ${graph.cities.toLocaleString('en')} cities (${graph.synthetic.toLocaleString('en')} synthetic)`);
    say(`- server: ${server ? `started from ${serverDir} (pid ${server.pid}, log ${SERVER_LOG}), ready ${readyS!.toFixed(1)} s after spawn` : baseUrl}; floor: ${floorWhere}`);
    say(`- ${rounds} rounds × ${duration} s per side, interleaved; clients ${clients.join(', ')}; figures are medians over rounds; ratio = API ÷ floor within a round, then the median`);
    for (const n of setupNotes) say(n);
    say();
    const rows: string[] = [];
    const cpuRows: string[] = [];
    let sizeTable: string[] = [];
    const notes: string[] = [];
    // The local Neo4j's JVM (its pid file); an external Neo4j's CPU cannot be read from here.
    const neo4jPid = config.neo4jUri ? undefined : readPid(path.join(config.local.home, 'run', 'neo4j.pid'));
    const firstCalls: string[] = [];
    let rssMaxKiB = 0;
    // The server's own node process (scripts/start.mjs runs it as a child), for its RSS and CPU.
    const apiPid = server ? serverPid(server) : undefined;
    const sampleRss = async () => {
      const pid = apiPid;
      if (pid) rssMaxKiB = Math.max(rssMaxKiB, rssOfPid(pid));
      else rssMaxKiB = Math.max(rssMaxKiB, Math.round(((await api.metric('process_resident_memory_bytes')) ?? 0) / 1024));
    };

    const sizes: { phase: string; key: string; title: string; clients: number; apiP50: number; floorP50: number; apiRps: number; floorRps: number }[] = [];
    const measure = async (phase: string) => {
      for (const op of OPERATIONS.filter((o) => wanted.includes(o.key))) {
        const prep = await op.prepare(fixtures);
        if ('skip' in prep) {
          rows.push(`| ${phase}${op.title} | — | skipped: ${prep.skip} |||||||||`);
          process.stderr.write(`${op.key}: skipped (${prep.skip})\n`);
          continue;
        }
        const apiCall = () => api.data(prep);
        const floorCall = () => floorRun(prep.floor.file, prep.floor.params);
        // 1. The same answer, or no timing.
        let apiAnswer: unknown;
        try {
          const t0 = performance.now();
          apiAnswer = await apiCall();
          firstCalls.push(`${op.key} ${fmt(performance.now() - t0)}`);
        } catch (err) {
          rows.push(`| ${phase}${op.title} | — | API failed: ${oneLine((err as Error).message)} |||||||||`);
          notes.push(`${op.key}: the API answered with an error, so it was not timed: ${oneLine((err as Error).message)}`);
          process.stderr.write(`${op.key}: API error: ${(err as Error).message}\n`);
          continue;
        }
        const floorAnswer = await floorCall();
        const canon = (x: unknown) => (prep.canonical ? prep.canonical(x) : x);
        try {
          assert.deepStrictEqual(canon(apiAnswer), canon(floorAnswer), `${op.key}: the API and the floor answer differently`);
        } catch (err) {
          failed = true;
          const msg = (err as Error).message;
          process.stderr.write(`\n✖ ${op.key}: the API's answer differs from the floor's (API is "actual", floor is "expected"):\n${msg.length > 6000 ? `${msg.slice(0, 6000)}\n… (${msg.length} characters)` : msg}\n\n`);
          rows.push(`| ${phase}${op.title} | — | ANSWERS DIFFER: not timed |||||||||`);
          continue;
        }
        process.stderr.write(`${op.key}: answers equal (${JSON.stringify(apiAnswer).length.toLocaleString('en')} bytes); timing…\n`);
        // Warm both sides a little.
        for (let i = 0; i < 2; i++) {
          await apiCall();
          await floorCall();
        }
        for (const c of clients) {
          const a: RunSample[] = [];
          const f: RunSample[] = [];
          /** Per round: CPU ms per request of [the side's server process, Neo4j]. */
          const cpuA: number[][] = [];
          const cpuF: number[][] = [];
          let trips = 0;
          let tripRequests = 0;
          const errors = { api: 0, floor: 0 };
          let firstError = '';
          for (let r = 0; r < rounds; r++) {
            const order: ('api' | 'floor')[] = r % 2 === 0 ? ['api', 'floor'] : ['floor', 'api'];
            for (const side of order) {
              if (side === 'api') {
                const before = await api.roundTrips();
                const timer = setInterval(() => void sampleRss(), 250);
                const cpu0 = [cpuSecondsOf(apiPid), cpuSecondsOf(neo4jPid), bytesReadBy(apiPid) / 1e6];
                const res = await load(apiCall, c, duration * 1000);
                cpuA.push(cpuPerRequest(cpu0, [cpuSecondsOf(apiPid), cpuSecondsOf(neo4jPid), bytesReadBy(apiPid) / 1e6], res.latencies.length));
                clearInterval(timer);
                await sampleRss();
                const after = await api.roundTrips();
                if (before && after) {
                  trips += after.sum - before.sum;
                  tripRequests += after.count - before.count;
                }
                errors.api += res.errors;
                firstError ||= res.firstError;
                a.push(summarise(res.latencies, res.wallS));
              } else {
                const cpu0 = [cpuSecondsOf(floorServer?.pid), cpuSecondsOf(neo4jPid), bytesReadBy(floorServer?.pid) / 1e6];
                const res = await load(floorCall, c, duration * 1000);
                cpuF.push(cpuPerRequest(cpu0, [cpuSecondsOf(floorServer?.pid), cpuSecondsOf(neo4jPid), bytesReadBy(floorServer?.pid) / 1e6], res.latencies.length));
                errors.floor += res.errors;
                firstError ||= res.firstError;
                f.push(summarise(res.latencies, res.wallS));
              }
            }
          }
          const med = (xs: RunSample[], k: keyof RunSample) => median(xs.map((x) => x[k]));
          const tp = medianRatio(a.map((x) => x.rps), f.map((x) => x.rps));
          const p50 = medianRatio(a.map((x) => x.p50), f.map((x) => x.p50));
          const tripsPerReq = tripRequests > 0 ? trips / tripRequests : NaN;
          const apiOk = a.some((x) => x.rps > 0);
          const verdict = !apiOk
            ? '✗ every API request failed'
            : [
                c === 1 ? (p50 <= 1.5 ? 'p50 ✓' : `p50 ✗ (${ratio(p50)}× > 1.5×)`) : tp >= 0.67 ? 'req/s ✓' : `req/s ✗ (${ratio(tp)} < 0.67)`,
                Number.isNaN(tripsPerReq) ? '' : tripsPerReq <= op.depth + 1 ? 'trips ✓' : `trips ✗ (> ${op.depth + 1})`,
              ].filter(Boolean).join(', ');
          sizes.push({ phase, key: `${op.title}|${c}`, title: op.title, clients: c, apiP50: med(a, 'p50'), floorP50: med(f, 'p50'), apiRps: med(a, 'rps'), floorRps: med(f, 'rps') });
          rows.push(`| ${phase}${op.title} | ${c} | ${fmt(med(a, 'rps'))} | ${fmt(med(a, 'p50'))} | ${fmt(med(a, 'p95'))} | ${Number.isNaN(tripsPerReq) ? '?' : fmt(tripsPerReq)} | ${fmt(med(f, 'rps'))} | ${fmt(med(f, 'p50'))} | ${fmt(med(f, 'p95'))} | ${ratio(tp)} | ${ratio(p50)} | ${verdict} |`);
          process.stderr.write(`${rows.at(-1)}\n`);
          const cpuMed = (xs: number[][], i: number) => median(xs.map((x) => x[i]!).filter((x) => Number.isFinite(x)));
          cpuRows.push(`| ${phase}${op.title} | ${c} | ${fmt(cpuMed(cpuA, 0))} | ${fmt(cpuMed(cpuA, 1))} | ${fmt(cpuMed(cpuF, 0))} | ${fmt(cpuMed(cpuF, 1))} | ${ratio((cpuMed(cpuA, 0) + cpuMed(cpuA, 1)) / (cpuMed(cpuF, 0) + cpuMed(cpuF, 1)))} | ${fmt(cpuMed(cpuA, 2))} | ${fmt(cpuMed(cpuF, 2))} |`);
          if (errors.api || errors.floor) notes.push(`${op.key} at ${c} clients: ${errors.api} API and ${errors.floor} floor requests failed (first: ${oneLine(firstError)}); latencies are of the answered ones`);
          process.stderr.write(`  ${c} client(s): API ${fmt(med(a, 'rps'))} req/s, floor ${fmt(med(f, 'rps'))} req/s\n`);
        }
      }
    };
    if (thenNodes === null) await measure('');
    else {
      const label = (g: typeof graph) => `[${g.nodes.toLocaleString('en')} nodes] `;
      const small = label(graph);
      await measure(small);
      process.stderr.write(`Writing ${thenNodes.toLocaleString('en')} synthetic nodes (npm run bench:data)…\n`);
      const writer = fork(path.join(PROJECT_ROOT, 'bench', 'synthetic-data.ts'), ['--nodes', String(thenNodes)], { execArgv: ['--import', 'tsx'], env: withoutNodeOptions(process.env), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const code = await new Promise<number | null>((r) => writer.once('exit', r));
      if (code !== 0) throw new UserError(`npm run bench:data -- --nodes ${thenNodes} failed (exit ${code}); the first size was measured (above).`);
      graph = await graphFacts(driver, config.neo4jDatabase);
      fixtures = await makeFixtures(api, async (file, params) => plain(await driverRun(file, params)), graph.cities, (line) => setupNotes.push(line));
      say(`- then: ${graph.nodes.toLocaleString('en')} nodes, ${graph.rels.toLocaleString('en')} relationships, ${graph.cities.toLocaleString('en')} cities (${graph.synthetic.toLocaleString('en')} synthetic) after npm run bench:data -- --nodes ${thenNodes}`);
      await measure(label(graph));
      const big = label(graph);
      sizeTable = [
        `The same operations at both sizes (${small.trim()} vs ${big.trim()}; p50 in ms, medians over rounds; one server and one Neo4j, the larger graph written between the two): a ratio near 1 means the operation's cost does not depend on the graph's size. The floor is measured alongside as the control for the machine's load.`,
        '',
        '| operation | clients | API p50, smaller | API p50, larger | API p50 larger ÷ smaller | floor p50, smaller | floor p50, larger | floor p50 larger ÷ smaller | API req/s larger ÷ smaller |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...[...new Set(sizes.map((x) => x.key))].flatMap((key) => {
          const a = sizes.find((x) => x.key === key && x.phase === small);
          const b = sizes.find((x) => x.key === key && x.phase === big);
          return a && b ? [`| ${a.title} | ${a.clients} | ${fmt(a.apiP50)} | ${fmt(b.apiP50)} | ${ratio(b.apiP50 / a.apiP50)} | ${fmt(a.floorP50)} | ${fmt(b.floorP50)} | ${ratio(b.floorP50 / a.floorP50)} | ${ratio(b.apiRps / a.apiRps)} |`] : [];
        }),
        '',
      ];
    }
    say('| operation | clients | API req/s | API p50 ms | API p95 ms | round trips / req | floor req/s | floor p50 ms | floor p95 ms | req/s ratio | p50 ratio | target |');
    say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of rows) say(r);
    say();
    say(`CPU per request (ms of user + system time, /proc/<pid>/stat, median over rounds): the API server's or the floor server's process and the local Neo4j's (${neo4jPid ? `pid ${neo4jPid}` : 'not readable: not the local Neo4j'}) over each timed run, divided by the requests answered in it. With every core busy, throughput is about this total; the bench's own client CPU is the same for both sides and left out. kB read/req: what the server process read (/proc/<pid>/io rchar: Neo4j's answers, plus the small HTTP requests) per request.`);
    say();
    say('| operation | clients | API server CPU ms/req | Neo4j CPU ms/req (API) | floor server CPU ms/req | Neo4j CPU ms/req (floor) | total CPU ratio API ÷ floor | API server kB read/req | floor server kB read/req |');
    say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of cpuRows) say(r);
    say();
    for (const line of sizeTable) say(line);
    say(`Server RSS under load: max ${rssMaxKiB ? `${(rssMaxKiB / 1024).toFixed(0)} MiB` : 'unknown'}${server ? ' (VmRSS of the server process)' : ' (process_resident_memory_bytes)'}.`);
    say(`First answer of each operation (ms; the first ones come right after the server's start): ${firstCalls.join(', ')}.`);
    for (const n of notes) say(`- ${n}`);
    if (v.out) fs.appendFileSync(v.out, `${out.join('\n')}\n\n`);
    return failed ? 1 : 0;
  } finally {
    for (const child of [server, floorServer]) {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    await driver.close();
    await db.close();
  }
});

const fmt = (x: number) => (Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** Two significant digits, so 0.0038 does not print as 0.00. */
const ratio = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(0) : Number(x.toPrecision(2)).toString()) : '—');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 200);

type FloorRun = FloorQuery;

/** The floor over HTTP: POST {query, params}, the answer is the body's `data` (as the API's). */
function httpFloor(base: string): FloorRun {
  return async (file, params) => {
    const { status, body } = await postJson<{ data?: unknown; errors?: { message: string }[] }>(`${base}/floor`, { query: file, params });
    if (body.errors?.length) throw new Error(`floor: ${body.errors[0]!.message}`);
    if (body.data === undefined || body.data === null) throw new Error(`floor: HTTP ${status} without data`);
    return body.data;
  };
}

/** Starts bench/floor-server.ts (Node with the tsx loader, as the API server) and waits for its port. */
async function startFloorServer(uri: string, config: ReturnType<typeof loadConfig>, listenPort: number): Promise<{ child: ChildProcess; port: number }> {
  const log = path.join(os.tmpdir(), `ip-city-graph-bench-floor-${process.pid}.log`);
  const child = fork(path.join(PROJECT_ROOT, 'bench', 'floor-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...withoutNodeOptions(process.env), NEO4J_URI: uri, NEO4J_USERNAME: config.neo4jUsername, NEO4J_PASSWORD: config.neo4jPassword, NEO4J_DATABASE: config.neo4jDatabase, HOST: config.host, FLOOR_PORT: String(listenPort) },
    stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a'), 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new UserError(`The floor server did not start within 60 s (log: ${log}).`)), 60_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve((m as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new UserError(`The floor server exited (code ${code}) before it listened. Its log (${log}):\n${fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')}`));
    });
  });
  return { child, port };
}

interface Api {
  data(p: Prepared): Promise<unknown>;
  gql(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
  roundTrips(): Promise<{ sum: number; count: number } | null>;
  metric(name: string): Promise<number | null>;
}

function apiClient(base: string): Api {
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const { status, body } = await postJson<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }>(`${base}/graphql`, { query, variables });
    const refused = admissionRefusal(status, body, base);
    if (refused) throw refused;
    if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? 'ERROR'}: ${body.errors[0]!.message}`);
    if (!body.data) throw new Error(`HTTP ${status} without data`);
    return body.data;
  };
  const metricsText = async () => {
    const res = await fetch(`${base}/metrics`);
    return res.ok ? res.text() : '';
  };
  const value = (text: string, name: string) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    gql,
    data: async (p) => JSON.parse(JSON.stringify((await gql(p.query, p.variables))[p.field])),
    roundTrips: async () => {
      const text = await metricsText();
      const sum = value(text, 'graphql_request_cypher_round_trips_sum');
      const count = value(text, 'graphql_request_cypher_round_trips_count');
      return sum === null || count === null ? null : { sum, count };
    },
    metric: async (name) => value(await metricsText(), name),
  };
}

async function load(fn: () => Promise<unknown>, clients: number, ms: number): Promise<{ latencies: number[]; wallS: number; errors: number; firstError: string }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError = '';
  const t0 = performance.now();
  const end = t0 + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      do {
        const s = performance.now();
        try {
          await fn();
          latencies.push(performance.now() - s);
        } catch (err) {
          // Shed by admission: the run stops (see bench/lib/admission.ts) rather than measure refusals.
          if (err instanceof UserError) throw err;
          errors++;
          firstError ||= (err as Error).message;
        }
      } while (performance.now() < end);
    }),
  );
  return { latencies, wallS: (performance.now() - t0) / 1000, errors, firstError };
}

function startServer(dir: string, uri: string, config: ReturnType<typeof loadConfig>, env: NodeJS.ProcessEnv): ChildProcess {
  // As `npm start` runs it (scripts/start.mjs: compiled, heap flags from SERVER_*_MB), or in a checkout
  // from before that script, node with the tsx loader. The server uses the Neo4j this benchmark uses;
  // limits are raised so the big nested query is allowed. This process's NODE_OPTIONS (a profiler, a
  // heap flag) is not passed on: the server gets its own flags, the floor and the clients none of its.
  const launcher = fs.existsSync(path.join(dir, 'scripts', 'start.mjs'));
  const { NODE_OPTIONS: _dropped, ...rest } = env;
  const child = spawn(process.execPath, launcher ? ['scripts/start.mjs'] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: dir,
    env: {
      ...rest,
      NEO4J_URI: uri,
      NEO4J_USERNAME: config.neo4jUsername,
      NEO4J_PASSWORD: config.neo4jPassword,
      NEO4J_DATABASE: config.neo4jDatabase,
      PORT: String(config.port),
      HOST: config.host,
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      GRAPHQL_MAX_COST: '10000000',
      // Every client of the bench comes from one address: admission limits would refuse most of them.
      ...BENCH_SERVER_ADMISSION,
      GRAPHQL_MAX_DEPTH: '20',
    },
    stdio: ['ignore', fs.openSync(SERVER_LOG, 'w'), fs.openSync(SERVER_LOG, 'a')],
  });
  return child;
}

async function waitReady(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) {
      const tail = fs.readFileSync(SERVER_LOG, 'utf8').split('\n').slice(-15).join('\n');
      throw new UserError(`The server exited (code ${child.exitCode}) before it was ready. The end of its log (${SERVER_LOG}):\n${tail}`, 'Is PORT free?');
    }
    try {
      const res = await fetch(`${base}/ready`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new UserError(`The server at ${base} was not ready within ${timeoutMs / 1000} s.`, 'Its warm-up plans every query on the graph as it is; give it longer with --ready-timeout (seconds), or start it yourself and pass --url.');
}

/** The clock ticks per second of /proc/<pid>/stat's times (getconf CLK_TCK; 100 on Linux). */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) the process has used so far; NaN when it cannot be read (no pid, no /proc). */
function cpuSecondsOf(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** Bytes the process has read so far (rchar: sockets included); NaN when it cannot be read. */
function bytesReadBy(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /^rchar:\s+(\d+)$/m.exec(fs.readFileSync(`/proc/${pid}/io`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** Per request, between two readings: CPU ms of each process (and kB of a reading in MB). */
function cpuPerRequest(before: number[], after: number[], requests: number): number[] {
  return before.map((b, i) => (requests > 0 ? ((after[i]! - b) * 1000) / requests : NaN));
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function withoutNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _dropped, ...rest } = env;
  return rest;
}

/** The server's own pid: the node process scripts/start.mjs runs, or the spawned process itself. */
function serverPid(child: ChildProcess): number | undefined {
  if (!child.pid) return undefined;
  try {
    const kids = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return kids[0] ?? child.pid;
  } catch {
    return child.pid;
  }
}

function rssOfPid(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function graphFacts(driver: Driver, database: string): Promise<{ nodes: number; rels: number; cities: number; synthetic: number; version: string }> {
  const q = async (text: string) => (await driver.executeQuery(text, {}, { database, routing: neo4j.routing.READ })).records[0]!;
  const version = String((await q("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] + ' ' + edition AS v")).get('v'));
  const nodes = Number((await q('MATCH (n) RETURN count(n) AS n')).get('n'));
  const rels = Number((await q('MATCH ()-[r]->() RETURN count(r) AS n')).get('n'));
  const cities = Number((await q('MATCH (c:City) RETURN count(c) AS n')).get('n'));
  const synthetic = Number((await q(fs.readFileSync(path.join(CYPHER_DIR, 'synthetic-count.cypher'), 'utf8'))).get('cities'));
  return { nodes, rels, cities, synthetic, version };
}

async function makeFixtures(api: Api, floorRun: FloorRun, cities: number, say: (line: string) => void): Promise<Fixtures> {
  // The anchors come from the database through the driver (cypher/bench/fixture-node.cypher), not from
  // API requests: set-up is not what is measured, and under load on a cold million-node graph a set-up
  // request ran past the server's REQUEST_DEADLINE_MS. Their API ids are the documented global ids.
  const find = async (text: string, label: 'City' | 'Agency') => {
    const graphId = (await floorRun('fixture-node', { text, label }).catch(() => null)) as string | null;
    if (!graphId) throw new UserError(`The graph holds no ${label} found by ${text}: is the seed loaded?`, 'npm run seed');
    return { id: toGlobalId(label, graphId), graphId };
  };
  // Learn the cursor format from the API's own first cursor (a --server-dir checkout may differ); walk
  // pages only where that fails. This one set-up request does go through the API: when it fails (its
  // deadline on a cold graph), the bench says so and assumes the keyset cursor of this checkout.
  let keysetCursors = true;
  try {
    const firstPage = await api.gql('{ cities(first: 1) { edges { cursor node { graphId adcode } } } }');
    const e0 = (firstPage.cities as { edges: { cursor: string; node: { graphId: string; adcode: string } }[] }).edges[0]!;
    let decoded: unknown = null;
    try {
      decoded = JSON.parse(Buffer.from(e0.cursor, 'base64url').toString('utf8'));
    } catch {
      /* opaque in another way */
    }
    keysetCursors = Array.isArray(decoded) && decoded.length === 2 && decoded[0] === e0.node.adcode && decoded[1] === e0.node.graphId;
  } catch (err) {
    say(`- set-up: the API's first page (to learn its cursor format) failed (${oneLine((err as Error).message)}); assuming keyset cursors [adcode, id]`);
  }
  return {
    huangshi: await find('黄石', 'City'),
    suining: await find('遂宁', 'City'),
    cnipa: await find('CNIPA', 'Agency'),
    programme: await (async () => {
      const { graphId } = (await floorRun('fixture-programme', {})) as { graphId: string };
      return { id: toGlobalId('Programme', graphId), graphId };
    })(),
    kinds: ((await floorRun('fixture-kinds', {})) as { label: string; graphId: string }[]).map((k) => ({ ...k, id: toGlobalId(k.label as NodeLabel, k.graphId) })),
    cities,
    cursorAfter: async (n) => {
      const row = (await floorRun('city-at', { n })) as { adcode: string; id: string };
      if (keysetCursors) return { cursor: Buffer.from(JSON.stringify([row.adcode, row.id]), 'utf8').toString('base64url'), ...row };
      if (n > 2000) return null;
      let after: string | null = null;
      let seen = 0;
      while (seen < n) {
        const take = Math.min(100, n - seen);
        const d = await api.gql('query($f: Int!, $a: String) { cities(first: $f, after: $a) { pageInfo { endCursor } } }', { f: take, a: after });
        after = (d.cities as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
        seen += take;
      }
      return { cursor: after!, ...row };
    },
  };
}
