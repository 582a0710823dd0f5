/**
 * `npm run bench:api`: round trips and latency of the API's heavy hitters on the seeded local Neo4j
 * (or NEO4J_URI). Prints a table; it asserts nothing (speed is measured here, not in tests).
 * Each operation runs WARMUP times, then RUNS times; figures are per request.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { buildAppSchema } from '../src/schema/build-schema.js';
import { isSeeded, seed } from '../src/seed/loader.js';
import { createServer } from '../src/server/app.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;

const config = loadConfig();
const db = await openDatabase(config, { owner: 'tool', log: () => undefined });
if (!(await isSeeded(db.executor)).complete) await seed(db.executor);
const lines: { ms: number; trips: number }[] = [];
const logger = pino({ level: 'info' }, {
  write(line: string) {
    const l = JSON.parse(line) as { cypherRoundTrips?: number; ms?: number };
    if (typeof l.cypherRoundTrips === 'number') lines.push({ ms: l.ms ?? 0, trips: l.cypherRoundTrips });
  },
});
const server = await createServer({ schema: await buildAppSchema(), executor: db.executor, logger, options: { maxCost: 1_000_000 } });
await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const idOf = async (text: string, kind: string) => (await gql('query($t:String!,$k:[EntityKind!]){search(text:$t,kinds:$k,first:1){node{id}}}', { t: text, k: [kind] })).search[0].node.id as string;
const huangshi = await idOf('黄石', 'CITY');
const suining = await idOf('遂宁', 'CITY');
const cnipa = await idOf('CNIPA', 'AGENCY');

const cases: [string, string, Record<string, unknown>][] = [
  ['nested: 34 provinces → cities → designations → programme → agency', '{ provinces(first: 34) { edges { node { name cities(first: 100) { edges { node { name designations { year programme { name administeredBy { name } } } } } } } } } }', {}],
  ['search("黄石")', 'query($t:String!){ search(text:$t, first: 10) { score node { id name } } }', { t: '黄石' }],
  ['search("Huangshi City")', 'query($t:String!){ search(text:$t, first: 10) { score node { id name } } }', { t: 'Huangshi City' }],
  ['neighbourhood(黄石, depth 2, limit 100)', 'query($id:ID!){ neighbourhood(id:$id, depth: 2) { nodes { id name label } edges { type source target sources { evidence } } } }', { id: huangshi }],
  ['paths(遂宁 → CNIPA, maxHops 4)', 'query($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops: 4) { length nodes { name } edges { type sources { evidence } } } }', { a: suining, b: cnipa }],
];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(`Neo4j ${db.neo4j.version} at ${db.uri}; ${RUNS} runs after ${WARMUP} warm-up runs each\n`);
console.log(`${'operation'.padEnd(68)} ${'trips'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
for (const [name, query, vars] of cases) {
  for (let i = 0; i < WARMUP; i++) await gql(query, vars);
  lines.length = 0;
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await gql(query, vars);
    wall.push(performance.now() - t0);
  }
  const trips = [...new Set(lines.map((l) => l.trips))].join('/');
  console.log(`${name.padEnd(68)} ${trips.padStart(5)} ${pct(wall, 50).toFixed(1).padStart(8)} ${pct(wall, 95).toFixed(1).padStart(8)} ${Math.max(...wall).toFixed(1).padStart(8)}`);
}
await server.apollo.stop();
await db.close();
