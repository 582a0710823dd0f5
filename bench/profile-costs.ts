/**
 * Measures what the expensive API fields cost the database: runs their named Cypher with PROFILE on the
 * seeded graph and prints db hits, rows and time per call, for the cost estimator in
 * src/server/limits.ts (FIELD_COSTS) and docs/operations.md. Usage (against any seeded Neo4j):
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… npx tsx bench/profile-costs.ts
 */
import { loadConfig } from '../src/config/config.js';
import { createDriver } from '../src/db/driver.js';
import { Executor, toCypherParams } from '../src/db/executor.js';
import { loadQueries } from '../src/db/queries.js';

interface PlanNode {
  dbHits?: number;
  rows?: number;
  children?: PlanNode[];
}
const hits = (p: PlanNode): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + hits(c), 0);

async function main() {
  const config = loadConfig();
  const driver = createDriver({ uri: config.neo4jUri ?? `bolt://127.0.0.1:${config.local.boltPort}`, username: config.neo4jUsername, password: config.neo4jPassword });
  const registry = loadQueries();
  const executor = new Executor(driver, registry, { database: config.neo4jDatabase, txTimeoutMs: 60_000 });
  const ids = async (label: string, order: string) =>
    (await executor.runText('bench:ids', `MATCH (n:${label}) RETURN n.id AS id, n.name AS name ORDER BY ${order} LIMIT 1`, {}, 'READ')).map((r) => ({ id: String(r.get('id')), name: String(r.get('name')) }))[0]!;
  const programme = await ids('Programme', 'COUNT { (n)--() } DESC');
  const city = await ids('City', 'COUNT { (n)--() } DESC');
  const profile = async (name: string, params: Record<string, unknown>) => {
    const { text } = registry.get(name);
    const times: number[] = [];
    let dbHits = 0;
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const summary = await executor.stream('bench:profile', `PROFILE ${text}`, toCypherParams(params) as Record<string, unknown>, () => {
        rows++;
      });
      times.push(performance.now() - t0);
      dbHits = hits(summary.profile as unknown as PlanNode);
    }
    times.sort((a, b) => a - b);
    return { dbHits, rows: rows / 5, medianMs: Math.round(times[2]!) };
  };
  const out: Record<string, unknown> = { programme: programme.name, city: city.name };
  // An ordinary page: what one row of a list costs, the unit the other figures are compared with.
  const provinces = await profile('api/province/provinces-page', { batch: { forward: [{ k: 0, after: null, before: null }], backward: [] }, limit: 35 });
  out['provinces(first: 34)'] = { ...provinces, dbHitsPerRow: Math.round(provinces.dbHits / 34) };
  const provinceIds = (await executor.runText('bench:ids', 'MATCH (p:Province) RETURN p.id AS id', {}, 'READ')).map((r) => String(r.get('id')));
  const keys = provinceIds.map((id, k) => ({ k, province: id, programme: null, year: null, level: null, after: null, before: null }));
  const cities = await profile('api/city/cities-in-province-page', { forward: keys, backward: [], limit: 101 });
  const cityRows = Number((await executor.runText('bench:count', 'MATCH (c:City) RETURN count(c) AS n', {}, 'READ'))[0]!.get('n'));
  out['cities(first: 100) of all provinces, one batch'] = { ...cities, cities: cityRows, dbHitsPerRow: Math.round(cities.dbHits / cityRows) };
  // Fan-out of the graph: how many neighbours a node has per relationship type (p50, p95, max).
  const [fan] = await executor.runText(
    'bench:fanout',
    'MATCH (n) WHERE n.id IS NOT NULL CALL (n) { MATCH (n)-[r]-() RETURN type(r) AS t, count(*) AS c } RETURN percentileDisc(c, 0.5) AS p50, percentileDisc(c, 0.95) AS p95, max(c) AS max',
    {},
    'READ',
  );
  out['neighbours per node and relationship type'] = fan!.toObject();
  for (const depth of [1, 2, 3]) {
    for (const limit of [100, 500]) {
      out[`neighbourhood(programme, depth ${depth}, limit ${limit})`] = await profile('api/traversal/neighbourhood', { args: { id: programme.id, types: null }, depth, limit, withSources: false, withProperties: true });
    }
  }
  out['neighbourhood(city, depth 3, limit 500)'] = await profile('api/traversal/neighbourhood', { args: { id: city.id, types: null }, depth: 3, limit: 500, withSources: false, withProperties: true });
  // paths: between the best-connected city and the node farthest from it within 6 hops, and between
  // two cities of different provinces (no shared programme in common is needed: they meet through one).
  const [far] = await executor.runText(
    'bench:far',
    'MATCH (a:Node {id: $id}) MATCH p = SHORTEST 1 (a)-[*1..6]-(b:City) WHERE b <> a RETURN b.id AS id, length(p) AS hops ORDER BY hops DESC LIMIT 1',
    { id: city.id },
    'READ',
  );
  const [other] = await executor.runText('bench:other', 'MATCH (a:City {id: $id})-[:LOCATED_IN]->(p) MATCH (b:City)-[:LOCATED_IN]->(q) WHERE q <> p RETURN b.id AS id LIMIT 1', { id: city.id }, 'READ');
  out['paths: far city'] = { to: far?.get('id'), hops: Number(far?.get('hops')) };
  for (const [label, to] of [['far', far?.get('id')], ['other province', other?.get('id')]] as const) {
    if (!to) continue;
    for (const maxHops of [2, 4, 6]) {
      for (const first of [3, 20]) {
        out[`paths(city → ${label} city, maxHops ${maxHops}, first ${first})`] = await profile('api/traversal/paths', { args: { from: city.id, to, types: null }, maxHops, first, withSources: false, withProperties: true });
      }
    }
  }
  out['timeline(programme)'] = await profile('api/traversal/timeline', { args: { id: programme.id }, withSources: false });
  out['timeline(city)'] = await profile('api/traversal/timeline', { args: { id: city.id }, withSources: false });
  console.log(JSON.stringify(out, null, 2));
  await driver.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
