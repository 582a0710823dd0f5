/**
 * `npx tsx bench/profile-queries.ts [--cypher-dir DIR]`: PROFILEs the API queries whose cost could grow
 * with the graph (timeline, a source's facts, the province / assessment / source / programme pages, paths) on the
 * configured Neo4j and prints their db hits and rows, so a change to one of them can be judged on the
 * seed and on a synthetic graph (`npm run bench:data`). `--cypher-dir` reads the query texts from another
 * checkout's `cypher/` (e.g. `git archive <commit> cypher | tar -x -C /tmp/before`), for before/after.
 * The anchors are the seed's 黄石, 遂宁, CNIPA, 湖北 and the first article; not part of the product.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { runCli } from '../src/cli/run-cli.js';
import { ints } from './lib/floor.js';

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}
const hits = (p: PlanNode): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + hits(c), 0);

runCli(async () => {
  const { values } = parseArgs({ options: { 'cypher-dir': { type: 'string' } }, strict: true });
  const dir = path.resolve(values['cypher-dir'] ?? path.join(PROJECT_ROOT, 'cypher'));
  const config = loadConfig();
  const db = await openDatabase(config, { owner: 'tool', log: (line) => process.stderr.write(`[local-neo4j] ${line}\n`) });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword), { disableLosslessIntegers: true });
  try {
    const one = async (text: string) => {
      const res = await driver.executeQuery(text, {}, { database: config.neo4jDatabase, routing: neo4j.routing.READ });
      const v = res.records[0]?.get(0);
      if (v === undefined || v === null) throw new Error(`No anchor for: ${text}`);
      return String(v);
    };
    const huangshi = await one("MATCH (c:City {name: '黄石市'}) RETURN c.id");
    const suining = await one("MATCH (c:City {name: '遂宁市'}) RETURN c.id");
    const hubei = await one("MATCH (p:Province {name: '湖北省'}) RETURN p.id");
    const article = await one('MATCH (a:Article) WHERE a.synthetic IS NULL RETURN a.id ORDER BY a.id LIMIT 1');
    const programme = await one('MATCH (p:Programme) RETURN p.id ORDER BY COUNT { (p)<-[:DESIGNATED_IN]-() } DESC LIMIT 1');
    const round = await one(`MATCH (:Programme {id: '${programme}'})-[:HAS_ROUND]->(r:Round) RETURN r.id ORDER BY r.id LIMIT 1`);
    // A cursor deep in the unanchored assessments order: the event half-way through (s, id as the API's cursor).
    const mid = await one(`MATCH (a:AssessmentEvent) WITH a, toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) AS s ORDER BY s, a.id WITH collect(s + '|' + a.id) AS keys RETURN keys[size(keys) / 2]`);
    const deepAfter = { s: mid.slice(0, mid.indexOf('|')), id: mid.slice(mid.indexOf('|') + 1) };
    const noFilter = { city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null };
    const page = (key: Record<string, unknown>) => ({ forward: [{ k: 0, after: null, before: null, ...key }], backward: [], limit: 21 });
    const cases: [string, string, Record<string, unknown>][] = [
      ['timeline(黄石)', 'api/traversal/timeline', { id: huangshi }],
      ['timeline(湖北)', 'api/traversal/timeline', { id: hubei }],
      ['timeline(CNIPA)', 'api/traversal/timeline', { id: 'agency:cnipa' }],
      ['timeline(largest programme)', 'api/traversal/timeline', { id: programme }],
      ['facts of the first article', 'api/source/facts', { keys: [{ k: 0, id: article }] }],
      ['cities of 湖北, first 20', 'api/city/cities-in-province-page', page({ province: hubei, level: null, programme: null, year: null })],
      ['cities of 湖北, last 20', 'api/city/cities-in-province-page', { forward: [], backward: [{ k: 0, after: null, before: null, province: hubei, level: null, programme: null, year: null }], limit: 21 }],
      ['assessments, first 20', 'api/assessment/assessments-page', page({ city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments, last 20', 'api/assessment/assessments-page', { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter }], limit: 21 }],
      ['assessments, 20 after the middle one', 'api/assessment/assessments-page', { forward: [{ k: 0, before: null, ...noFilter, after: deepAfter }], backward: [], limit: 21 }],
      ['assessments of 遂宁, first 20', 'api/assessment/assessments-page', page({ city: suining, agency: null, role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments by CNIPA, first 20', 'api/assessment/assessments-page', page({ city: null, agency: 'agency:cnipa', role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments by CNIPA, last 20', 'api/assessment/assessments-page', { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter, agency: 'agency:cnipa' }], limit: 21 }],
      ['assessments by CNIPA, 20 after the middle one', 'api/assessment/assessments-page', { forward: [{ k: 0, before: null, ...noFilter, agency: 'agency:cnipa', after: deepAfter }], backward: [], limit: 21 }],
      ['assessments by CNIPA as "carried out", first 20', 'api/assessment/assessments-page', page({ ...noFilter, agency: 'agency:cnipa', role: 'carried out' })],
      ['assessments of the largest programme, first 20', 'api/assessment/assessments-page', page({ ...noFilter, programme })],
      ['assessments of the largest programme, last 20', 'api/assessment/assessments-page', { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter, programme }], limit: 21 }],
      ['sources, first 20', 'api/source/sources-page', page({ kind: null })],
      ['cities of the largest programme, first 20', 'api/city/cities-in-programme-page', page({ programme, year: null, level: null })],
      ['designations, first 20', 'api/designation/designations-page', page({ city: null, programme: null, province: null, yearFrom: null, yearTo: null })],
      ['designations of the largest programme, first 20', 'api/designation/designations-in-programme-page', page({ city: null, programme, province: null, yearFrom: null, yearTo: null })],
      ['members of a round of the largest programme, first 20', 'api/round/members-page', page({ round })],
      ['paths 遂宁 → CNIPA (maxHops 4, first 20)', 'api/traversal/paths', { from: suining, to: 'agency:cnipa', maxHops: 4, types: null, first: 20 }],
    ];
    const graph = await one('MATCH (n) RETURN count(n)');
    process.stdout.write(`Cypher from ${dir}; graph: ${Number(graph).toLocaleString('en')} nodes\n\n| query | db hits | rows | ms |\n|---|---:|---:|---:|\n`);
    for (const [title, name, params] of cases) {
      const file = path.join(dir, `${name}.cypher`);
      const text = fs.readFileSync(file, 'utf8');
      const session = driver.session({ database: config.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
      try {
        const t0 = performance.now();
        const res = await session.run(`PROFILE ${text}`, ints(params) as Record<string, unknown>, { timeout: 60_000 });
        const ms = performance.now() - t0;
        const profile = res.summary.profile as unknown as PlanNode;
        process.stdout.write(`| ${title} | ${hits(profile).toLocaleString('en')} | ${res.records.length} | ${ms.toFixed(0)} |\n`);
      } catch (err) {
        process.stdout.write(`| ${title} | failed: ${(err as Error).message.split('\n')[0]} | | |\n`);
      } finally {
        await session.close();
      }
    }
    return 0;
  } finally {
    await driver.close();
    await db.close();
  }
});
