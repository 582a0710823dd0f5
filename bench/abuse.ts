/**
 * `npm run bench:abuse`: the server under abuse, on the seeded local Neo4j (or NEO4J_URI), with the
 * default limits. Prints figures; asserts nothing. docs/operations.md quotes them.
 *
 * 1. Alias floods: 15 aliases of `neighbourhood(depth: 3, limit: 500)` on the largest programme, and 15
 *    of `timeline` (refused by GRAPHQL_MAX_HEAVY_FIELDS), and the most a request may hold of each:
 *    how long one takes and what it answers; then a cheap query (a one-hit search) alone and while
 *    one flood, and while four floods from other clients, run beside it (interleaved rounds, medians;
 *    the ratio is the slow-down). The cheap query beside copies of itself is the floor: what any second
 *    request does to it on this machine.
 * 2. Fuzz: FUZZ_N (default 3000) malformed requests of many kinds; counts answers by status; any 5xx
 *    is printed.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { buildAppSchema } from '../src/schema/build-schema.js';
import { isSeeded, seed } from '../src/seed/loader.js';
import { createServer } from '../src/server/app.js';
import { toGlobalId } from '../src/graph/global-id.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FUZZ_N = Number(process.env.FUZZ_N ?? 3000);
/** Only the floods whose name matches this (a regular expression), e.g. `most allowed`. */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;

const config = loadConfig();
const db = await openDatabase(config, { owner: 'tool', log: () => undefined });
if (!(await isSeeded(db.executor)).complete) await seed(db.executor);
const server = await createServer({ schema: await buildAppSchema(), executor: db.executor, logger: pino({ level: 'silent' }), options: config.server });
await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
const url = `${base}/graphql`;

interface Answer {
  status: number;
  ms: number;
  errors: string[];
}
async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string; limit?: string } }> };
  return { status: res.status, ms: performance.now() - t0, errors: (body.errors ?? []).map((e) => `${e.extensions?.code}${e.extensions?.limit ? `/${e.extensions.limit}` : ''}`) };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const summary = (a: Answer) => `${a.status} ${Math.round(a.ms)} ms${a.errors.length ? `, ${a.errors.length} errors (${[...new Set(a.errors)].join(', ')})` : ''}`;

// The programme with the most relationships: the heaviest neighbourhood in the seeded graph.
const [programme] = (await db.executor.runText('bench:programme', 'MATCH (n:Programme) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC LIMIT 1', {}, 'READ')).map((r) => String(r.get('id')));
const id = toGlobalId('Programme', programme!);

const CHEAP = '{ search(text: "黄石", first: 1) { node { id name } } }';
const aliases = (n: number, field: string) => `query($id: ID!) { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const NEIGHBOURHOOD = 'neighbourhood(id: $id, depth: 3, limit: 500) { truncated }';
const NEIGHBOURHOOD_NODES = 'neighbourhood(id: $id, depth: 3, limit: 500) { truncated nodes { id } }';
const TIMELINE = 'timeline(id: $id) { kind date title }';
// The floods of the operator's report (refused by GRAPHQL_MAX_HEAVY_FIELDS), and the most a request
// may hold of the same fields (config.server.maxHeavyFields aliases), which runs.
const floods = {
  neighbourhood: aliases(15, NEIGHBOURHOOD),
  timeline: aliases(15, TIMELINE),
  [`neighbourhood x${config.server.maxHeavyFields} (the most allowed)`]: aliases(config.server.maxHeavyFields, NEIGHBOURHOOD),
  [`timeline x${config.server.maxHeavyFields} (the most allowed)`]: aliases(config.server.maxHeavyFields, TIMELINE),
  // One such field per request: "four floods at once" is then four clients with one traversal each.
  'neighbourhood x1 (one per client)': aliases(1, NEIGHBOURHOOD),
  'timeline x1 (one per client)': aliases(1, TIMELINE),
  // The same traversal when the selection asks for its nodes too: the database must find and return them.
  'neighbourhood with nodes x1 (one per client)': aliases(1, NEIGHBOURHOOD_NODES),
  // The floor: the cheap query beside copies of itself. Two requests on one event loop and 2 cores slow
  // each other whatever they ask; a traversal's ratio is to be read against this one.
  'cheap query x1 (one per client; the floor)': CHEAP,
};

// Warm-up.
for (let i = 0; i < 3; i++) await post(CHEAP);
await post(floods.neighbourhood, { id });

const figures: Record<string, unknown> = {};
for (const [name, flood] of Object.entries(floods)) {
  if (ONLY && !ONLY.test(name)) continue;
  const alone: number[] = [];
  const floodTimes: number[] = [];
  const cheapAlone: number[] = [];
  const cheapBeside1: number[] = [];
  const cheapBeside4: number[] = [];
  let lastFlood: Answer | undefined;
  let shed = 0;
  // Fields of the four floods refused (by code/limit): the heavy lane sheds what waited too long.
  const refused = new Map<string, number>();
  const fourFloodMs: number[] = [];
  // How long the process's event loop (server and client share it) was blocked while the floods ran.
  const loop = monitorEventLoopDelay({ resolution: 5 });
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < 5; i++) cheapAlone.push((await post(CHEAP)).ms);
    lastFlood = await post(flood, { id });
    alone.push(lastFlood.ms);
    // One flood, cheap queries one after another beside it.
    loop.enable();
    let running = true;
    const one = post(flood, { id }).finally(() => (running = false));
    while (running) cheapBeside1.push((await post(CHEAP)).ms);
    floodTimes.push((await one).ms);
    // Four floods at once (the scenario that starved everyone), cheap queries beside them.
    running = true;
    const four = Promise.all(Array.from({ length: 4 }, () => post(flood, { id }))).finally(() => (running = false));
    while (running) cheapBeside4.push((await post(CHEAP)).ms);
    const fourAnswers = await four;
    shed += fourAnswers.filter((a) => a.status === 429 || a.status === 503).length;
    for (const a of fourAnswers) for (const e of a.errors) refused.set(e, (refused.get(e) ?? 0) + 1);
    fourFloodMs.push(Math.max(...fourAnswers.map((a) => a.ms)));
    loop.disable();
  }
  figures[`${name} flood`] = {
    oneFloodAloneMedianMs: Math.round(median(alone)),
    oneFloodBesideCheapMedianMs: Math.round(median(floodTimes)),
    lastAnswer: summary(lastFlood!),
    cheapAloneMedianMs: Math.round(median(cheapAlone)),
    cheapBesideOneFloodMedianMs: Math.round(median(cheapBeside1)),
    cheapBesideOneFloodRatio: +(median(cheapBeside1) / median(cheapAlone)).toFixed(2),
    cheapBesideFourFloodsMedianMs: Math.round(median(cheapBeside4)),
    cheapBesideFourFloodsRatio: +(median(cheapBeside4) / median(cheapAlone)).toFixed(2),
    cheapBesideFourFloodsMaxMs: Math.round(Math.max(...cheapBeside4)),
    floodsShed: shed,
    fourFloodsAllAnsweredMedianMs: Math.round(median(fourFloodMs)),
    fourFloodsFieldErrors: Object.fromEntries(refused),
    eventLoopDelayBesideFloodsP99Ms: +(loop.percentile(99) / 1e6).toFixed(1),
    eventLoopDelayBesideFloodsMaxMs: +(loop.max / 1e6).toFixed(1),
  };
}

// Fuzz: malformed requests of many kinds. Deterministic (seeded) so runs can be compared.
let seedValue = 12;
const rnd = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const VALID = [CHEAP, floods.timeline, '{ serverInfo { name } }', 'query($id: ID!) { node(id: $id) { id } }', '{ provinces(first: 3) { edges { node { name } } } }', '{ __schema { types { name } } }'];
function mutate(s: string): string {
  const chars = [...s];
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (chars.length + 1));
    const op = rnd();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, pick(['{', '}', '(', ')', '$', '"', '\\', ':', '!', '@', '...', '#', '\u0000', '😀', '\uD800', '1e999', 'null', ' ']));
    else chars.splice(at, 1, pick(['[', ']', ',', '=', 'query', 'mutation', 'subscription', 'fragment']));
  }
  return chars.join('');
}
type Req = { method: string; headers: Record<string, string>; body?: string | Uint8Array; path?: string };
const KINDS: Array<() => Req> = [
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutate(pick(VALID)), variables: pick([undefined, {}, { id: 'x' }, { id: 1 }, [], 'x', null]) }) }),
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: mutate(JSON.stringify({ query: pick(VALID) })) }),
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pick([null, 1, 'x', [], [{}], { query: 1 }, { query: null }, { query: [] }, { query: '{ hello }', operationName: 3 }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'nothex' } } }, { query: '{a}', extensions: { persistedQuery: { version: 2 } } }, { query: '{ serverInfo { name } }', variables: 'nope' }])) }),
  () => ({ method: 'POST', headers: { 'content-type': pick(['application/json', 'text/plain', 'application/graphql', 'multipart/form-data', 'application/json; charset=latin1', 'application/x-www-form-urlencoded', '']), 'content-encoding': pick(['gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, br']) }, body: JSON.stringify({ query: pick(VALID) }) }),
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array(Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 256))) }),
  () => ({ method: pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']), headers: { 'apollo-require-preflight': 'true' }, path: `/graphql?query=${encodeURIComponent(mutate(pick(VALID)).replace(/[\uD800-\uDFFF]/g, "?"))}&variables=${pick(['', '%7B', '{}', '%ZZ'])}` }),
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ${'a: '.repeat(Math.floor(rnd() * 50))}serverInfo { name } }` }) }),
  () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `${'{'.repeat(1 + Math.floor(rnd() * 300))}` }) }),
];
const byStatus = new Map<number, number>();
const fives: string[] = [];
const tFuzz = performance.now();
for (let i = 0; i < FUZZ_N; i++) {
  const req = pick(KINDS)();
  let status = 0;
  try {
    const res = await fetch(`${base}${req.path ?? '/graphql'}`, { method: req.method, headers: req.headers, body: req.body as string | undefined });
    await res.arrayBuffer();
    status = res.status;
  } catch {
    status = -1; // the connection itself failed
  }
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  if (status >= 500 || status < 0) fives.push(`${status} ${req.method} ${JSON.stringify(req.headers)} ${String(req.body ?? req.path).slice(0, 120)}`);
}
if (FUZZ_N > 0) figures.fuzz = { requests: FUZZ_N, seconds: Math.round((performance.now() - tFuzz) / 100) / 10, byStatus: Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])), count5xx: fives.length, examples5xx: fives.slice(0, 5) };
figures.afterwards = summary(await post(CHEAP));

console.log(JSON.stringify(figures, null, 2));
await server.apollo.stop();
await db.close();
