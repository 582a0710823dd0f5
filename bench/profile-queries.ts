/**
 * `npx tsx bench/profile-queries.ts [--cypher-dir DIR] [--only REGEX] [--compare DIR --runs 9]`: PROFILEs the API queries whose cost could grow
 * with the graph (timeline, a source's facts, the province / assessment / source / programme pages, paths) on the
 * configured Neo4j and prints their db hits and rows, so a change to one of them can be judged on the
 * seed and on a synthetic graph (`npm run bench:data`). `--cypher-dir` reads the query texts from another
 * checkout's `cypher/` (e.g. `git archive <commit> cypher | tar -x -C /tmp/before`), for before/after;
 * `--compare DIR` instead times DIR's text against --cypher-dir's, alternately, and prints both p50s
 * and whether their answers are equal; `--only` keeps the cases whose title matches.
 * The anchors are the seed's 黄石, 遂宁, CNIPA, 湖北 and the first article; not part of the product.
 */
import { createHash } from 'node:crypto';
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
  const { values } = parseArgs({ options: { 'cypher-dir': { type: 'string' }, compare: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } }, strict: true });
  const only = values.only ? new RegExp(values.only, 'u') : null;
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
    // A synthetic article (the first group's) when bench:data has written some, else the first article again.
    const synArticle = await one(`OPTIONAL MATCH (s:Article {id: 'article:syn-0000000'}) RETURN coalesce(s.id, '${article}')`);
    const roster = await one("MATCH (r:ReferenceList) WHERE r.id <> 'ref:gazetteer' RETURN r.id ORDER BY r.id LIMIT 1");
    const programme = await one('MATCH (p:Programme) RETURN p.id ORDER BY COUNT { (p)<-[:DESIGNATED_IN]-() } DESC LIMIT 1');
    const round = await one(`MATCH (:Programme {id: '${programme}'})-[:HAS_ROUND]->(r:Round) RETURN r.id ORDER BY r.id LIMIT 1`);
    // A cursor deep in the unanchored assessments order: the event half-way through (s, id as the API's cursor).
    const mid = await one(`MATCH (a:AssessmentEvent) WITH a, toString(coalesce(a.date, date({year: coalesce(a.year, 1), month: 1, day: 1}))) AS s ORDER BY s, a.id WITH collect(s + '|' + a.id) AS keys RETURN keys[size(keys) / 2]`);
    const deepAfter = { s: mid.slice(0, mid.indexOf('|')), id: mid.slice(mid.indexOf('|') + 1) };
    // Cursors half-way through the designation pages' orders (s, id as the API's cursors), found without the stored keys.
    const hashSplit = (v: string) => ({ s: v.slice(0, v.indexOf('#')), id: v.slice(v.indexOf('#') + 1) });
    const middle = async (match: string, order: string, ret: string) => {
      const n = Number(await one(`${match} RETURN count(*)`));
      return hashSplit(await one(`${match} WITH * ORDER BY ${order} SKIP ${Math.floor(n / 2)} LIMIT 1 RETURN ${ret}`));
    };
    const midProgrammeCity = await middle(`MATCH (:Programme {id: '${programme}'})<-[:DESIGNATED_IN]-(c:City) WITH DISTINCT c`, 'c.adcode, c.id', "c.adcode + '#' + c.id");
    const designationKeys = (where: string) =>
      middle(`MATCH (c:City)-[d:DESIGNATED_IN]->(g:Programme) ${where} WITH right('0000' + toString(d.year), 4) + '|' + c.adcode + '|' + g.id AS s, c.id + '|' + g.id + '|' + coalesce(d.key, '') AS id`, 's, id', "s + '#' + id");
    const midDesignation = await designationKeys('');
    const midProgrammeDesignation = await designationKeys(`WHERE g.id = '${programme}'`);
    const noFilter = { city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null };
    // `args.ends`: the designation pages' projection of their ends (null: whole nodes), as the page loader sends it.
    const page = (key: Record<string, unknown>, after: { s: string; id: string } | null = null) => ({ batch: { forward: [{ k: 0, after, before: null, ...key }], backward: [] }, limit: 21, args: { ends: null } });
    const last = (key: Record<string, unknown>) => ({ batch: { forward: [], backward: [{ k: 0, after: null, before: null, ...key }] }, limit: 21, args: { ends: null } });
    // Query.cities' cursors after the 300th and the 100,000th city (the bench's page and deep page),
    // found by counting, not by the seek the API makes; on a graph with fewer cities, the page before the last.
    const cities = Number(await one('MATCH (c:City) RETURN count(c)'));
    const cityAt = async (n: number) => hashSplit(await one(`MATCH (c:City) WITH c ORDER BY c.adcode, c.id SKIP ${Math.max(0, Math.min(n, cities - 20) - 1)} LIMIT 1 RETURN c.adcode + '#' + c.id`));
    const city300 = await cityAt(300);
    const city100k = await cityAt(100_000);
    const allCities = { level: null, programme: null, year: null };
    const cases: [string, string, Record<string, unknown>][] = [
      ['cities, first 20', 'api/city/cities-page', page(allCities)],
      ['cities, 20 after the 300th', 'api/city/cities-page', page(allCities, city300)],
      ['cities, 20 after the 100,000th', 'api/city/cities-page', page(allCities, city100k)],
      ['cities, last 20', 'api/city/cities-page', last(allCities)],
      ['timeline(黄石)', 'api/traversal/timeline', { args: { id: huangshi }, withSources: false }],
      ['timeline(湖北)', 'api/traversal/timeline', { args: { id: hubei }, withSources: false }],
      ['timeline(CNIPA)', 'api/traversal/timeline', { args: { id: 'agency:cnipa' }, withSources: false }],
      ['timeline(largest programme)', 'api/traversal/timeline', { args: { id: programme }, withSources: false }],
      ['facts of the first article', 'api/source/facts', { batch: { keys: [{ k: 0, id: article }] } }],
      ['facts of a synthetic article', 'api/source/facts', { batch: { keys: [{ k: 0, id: synArticle }] } }],
      ['facts of the first roster list', 'api/source/facts', { batch: { keys: [{ k: 0, id: roster }] } }],
      ['cities of 湖北, first 20', 'api/city/cities-in-province-page', page({ province: hubei, level: null, programme: null, year: null })],
      ['cities of 湖北, last 20', 'api/city/cities-in-province-page', { batch: { forward: [], backward: [{ k: 0, after: null, before: null, province: hubei, level: null, programme: null, year: null }] }, limit: 21 }],
      ['assessments, first 20', 'api/assessment/assessments-page', page({ city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments, last 20', 'api/assessment/assessments-page', { batch: { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter }] }, limit: 21 }],
      ['assessments, 20 after the middle one', 'api/assessment/assessments-page', { batch: { forward: [{ k: 0, before: null, ...noFilter, after: deepAfter }], backward: [] }, limit: 21 }],
      ['assessments of 遂宁, first 20', 'api/assessment/assessments-page', page({ city: suining, agency: null, role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments by CNIPA, first 20', 'api/assessment/assessments-page', page({ city: null, agency: 'agency:cnipa', role: null, programme: null, kind: null, from: null, to: null })],
      ['assessments by CNIPA, last 20', 'api/assessment/assessments-page', { batch: { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter, agency: 'agency:cnipa' }] }, limit: 21 }],
      ['assessments by CNIPA, 20 after the middle one', 'api/assessment/assessments-page', { batch: { forward: [{ k: 0, before: null, ...noFilter, agency: 'agency:cnipa', after: deepAfter }], backward: [] }, limit: 21 }],
      ['assessments by CNIPA as "carried out", first 20', 'api/assessment/assessments-page', page({ ...noFilter, agency: 'agency:cnipa', role: 'carried out' })],
      ['assessments of the largest programme, first 20', 'api/assessment/assessments-page', page({ ...noFilter, programme })],
      ['assessments of the largest programme, last 20', 'api/assessment/assessments-page', { batch: { forward: [], backward: [{ k: 0, after: null, before: null, ...noFilter, programme }] }, limit: 21 }],
      ['sources, first 20', 'api/source/sources-page', page({ kind: null })],
      ['cities of the largest programme, first 20', 'api/city/cities-in-programme-page', page({ programme, year: null, level: null })],
      ['designations, first 20', 'api/designation/designations-page', page({ city: null, programme: null, province: null, yearFrom: null, yearTo: null })],
      ['designations of the largest programme, first 20', 'api/designation/designations-in-programme-page', page({ city: null, programme, province: null, yearFrom: null, yearTo: null })],
      ['members of a round of the largest programme, first 20', 'api/round/members-page', page({ round })],
      ['cities of the largest programme, last 20', 'api/city/cities-in-programme-page', last({ programme, year: null, level: null })],
      ['cities of the largest programme, 20 after the middle one', 'api/city/cities-in-programme-page', page({ programme, year: null, level: null }, midProgrammeCity)],
      ['designations, last 20', 'api/designation/designations-page', last({ city: null, programme: null, province: null, yearFrom: null, yearTo: null })],
      ['designations, 20 after the middle one', 'api/designation/designations-page', page({ city: null, programme: null, province: null, yearFrom: null, yearTo: null }, midDesignation)],
      ['designations of the largest programme, last 20', 'api/designation/designations-in-programme-page', last({ city: null, programme, province: null, yearFrom: null, yearTo: null })],
      ['designations of the largest programme, 20 after its middle one', 'api/designation/designations-in-programme-page', page({ city: null, programme, province: null, yearFrom: null, yearTo: null }, midProgrammeDesignation)],
      ['members of a round of the largest programme, last 20', 'api/round/members-page', last({ round })],
      ['paths 遂宁 → CNIPA (maxHops 4, first 20)', 'api/traversal/paths', { args: { from: suining, to: 'agency:cnipa', types: null }, maxHops: 4, first: 20, withSources: false, withProperties: true }],
    ];
    const graph = await one('MATCH (n) RETURN count(n)');
    if (!values.compare) process.stdout.write(`Cypher from ${dir}; graph: ${Number(graph).toLocaleString('en')} nodes\n\n| query | db hits | rows | ms | answer |\n|---|---:|---:|---:|---|\n`);
    if (values.compare) {
      // --compare DIR: the query text of DIR's cypher/ and of --cypher-dir (default this checkout's),
      // run alternately --runs times each (no PROFILE), the p50 of each and whether the answers are equal.
      const other = path.resolve(values.compare);
      const runs = Number(values.runs ?? 9);
      process.stdout.write(`\n| query | p50 ms, ${other} | p50 ms, ${dir} | ratio | same answer |\n|---|---:|---:|---:|---|\n`);
      for (const [title, name, params] of cases) {
        if (only && !only.test(title)) continue;
        const texts = [other, dir].map((d) => fs.readFileSync(path.join(d, `${name}.cypher`), 'utf8'));
        const times: number[][] = [[], []];
        const answers = new Set<string>();
        for (let i = 0; i < runs; i++) {
          for (const t of [0, 1]) {
            const t0 = performance.now();
            try {
              const res = await driver.executeQuery(texts[t]!, ints(params) as Record<string, unknown>, { database: config.neo4jDatabase, routing: neo4j.routing.READ });
              times[t]!.push(performance.now() - t0);
              answers.add(JSON.stringify(res.records.map((r) => r.toObject())));
            } catch (err) {
              answers.add(`failed: ${(err as Error).message.split('\n')[0]}`);
            }
          }
        }
        const p50 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
        const [a, b] = [p50(times[0]!), p50(times[1]!)];
        const failed = [...answers].find((x) => x.startsWith('failed: '));
        const shown = (ms: number) => (Number.isNaN(ms) ? 'failed' : ms.toFixed(1));
        process.stdout.write(`| ${title} | ${shown(a)} | ${shown(b)} | ${(a / b).toFixed(1)} | ${failed ? failed.slice(0, 120) : answers.size === 1 ? 'yes' : 'NO'} |\n`);
      }
      return 0;
    }
    for (const [title, name, params] of cases) {
      if (only && !only.test(title)) continue;
      const file = path.join(dir, `${name}.cypher`);
      const text = fs.readFileSync(file, 'utf8');
      const session = driver.session({ database: config.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
      try {
        const t0 = performance.now();
        const res = await session.run(`PROFILE ${text}`, ints(params) as Record<string, unknown>, { timeout: 60_000 });
        const ms = performance.now() - t0;
        const profile = res.summary.profile as unknown as PlanNode;
        // The rows' content, hashed: equal texts (before/after) must give equal answers.
        const answer = createHash('sha256').update(JSON.stringify(res.records.map((r) => r.toObject()))).digest('hex').slice(0, 10);
        process.stdout.write(`| ${title} | ${hits(profile).toLocaleString('en')} | ${res.records.length} | ${ms.toFixed(0)} | ${answer} |\n`);
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
