/**
 * Exports against the seed graph: GraphML round-trips through networkx (node and edge counts equal the
 * graph's), CSV has the documented columns and provenance, JSON parses; the CLI writes a subset.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { exportCounts, exportGraph } from '../../src/research/export/graph-export.js';
import { seed, wipe } from '../../src/seed/loader.js';
import { openTestExecutor } from '../helpers/db.js';
import { spawnEntry } from '../helpers/spawn-server.js';
import { pythonEnv, venvPython } from '../helpers/python.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

let executor: ReturnType<typeof openTestExecutor>;
let dir: string;
let all: { nodes: number; relationships: number };

beforeAll(async () => {
  executor = openTestExecutor();
  await wipe(executor);
  await seed(executor);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-export-'));
  all = await exportCounts(executor);
});

afterAll(async () => {
  await executor?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function python(code: string): string {
  const r = spawnSync(venvPython(), ['-c', code], { encoding: 'utf8', env: pythonEnv() });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

describe('GraphML', () => {
  it('round-trips through networkx with every node and relationship, typed and with provenance', async () => {
    expect(all.nodes).toBeGreaterThan(500); // 34 provinces, 378 cities, ... (docs/graph-model.md)
    const out = path.join(dir, 'graphml');
    const report = await exportGraph(executor, { format: 'graphml', outDir: out });
    expect(report).toMatchObject({ nodes: all.nodes, relationships: all.relationships });
    const got = JSON.parse(
      python(`
import json, networkx as nx
g = nx.read_graphml(${JSON.stringify(path.join(out, 'graph.graphml'))})
e = [d for _, t, d in g.edges('city:510900', data=True) if d['_type'] == 'DESIGNATED_IN'][0]
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(),
  'suining': g.nodes['city:510900'], 'designation': e, 'acceptance': g.nodes['assessment:suining-pilot-city-acceptance']}, ensure_ascii=False))
`),
    ) as Record<string, Record<string, unknown>> & { nodes: number; edges: number };
    expect(got.nodes).toBe(all.nodes);
    expect(got.edges).toBe(all.relationships);
    expect(got.directed).toBe(true);
    expect(got.suining).toMatchObject({ _labels: 'City:Node', name: '遂宁市', adcode: '510900', level: 'prefecture' });
    expect(JSON.parse(got.suining!.aliases as string)).toContain('Suining City');
    // The roster said high; its address copies article 000, so the rule makes it one report: medium.
    expect(got.designation).toMatchObject({ _type: 'DESIGNATED_IN', confidence: 'medium', statedConfidence: 'high' });
    expect(JSON.parse(got.designation!.sourceIds as string)).toEqual([expect.stringMatching(/^ref:/u), 'article:000_4006a6802a36d9e6']);
    expect(JSON.parse(got.designation!.evidence as string)[1]).toBe('since it became the national pilot city of intellectual property in 2017');
    expect(got.acceptance).toMatchObject({ date: '2022-03-24', outcome: 'passed' });
  });
});

describe('CSV', () => {
  it('writes nodes.csv and relationships.csv with the documented leading columns, loadable row by row', async () => {
    const out = path.join(dir, 'csv');
    await exportGraph(executor, { format: 'csv', outDir: out });
    const nodes = parse(fs.readFileSync(path.join(out, 'nodes.csv')), { columns: true }) as Array<Record<string, string>>;
    const rels = parse(fs.readFileSync(path.join(out, 'relationships.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(nodes).toHaveLength(all.nodes);
    expect(rels).toHaveLength(all.relationships);
    expect(Object.keys(nodes[0]!).slice(0, 2)).toEqual(['_id', '_labels']);
    expect(Object.keys(rels[0]!).slice(0, 3)).toEqual(['_type', '_start', '_end']);
    expect(nodes.find((n) => n._id === 'article:004_082a931f3e294f16')).toMatchObject({ _labels: 'Article;Node;Source', language: 'zh-Hant', publishedAt: '2024-07-31' });
    const wuhan = rels.find((r) => r._type === 'DESIGNATED_IN' && r._start === 'city:420100' && r.confidence === 'low')!;
    expect(wuhan).toMatchObject({ _end: 'programme:ip-strong-city-demonstration', year: '2022' });
    expect(JSON.parse(wuhan.sourceIds!)).toHaveLength(1);
  });
});

describe('JSON', () => {
  it('writes one document with nodes and relationships', async () => {
    const out = path.join(dir, 'json');
    await exportGraph(executor, { format: 'json', outDir: out });
    const g = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: Array<{ id: string; labels: string[]; properties: Record<string, unknown> }>; relationships: unknown[] };
    expect(g.nodes).toHaveLength(all.nodes);
    expect(g.relationships).toHaveLength(all.relationships);
    expect(g.nodes.find((n) => n.id === 'agency:cnipa')!.properties.formerNames).toEqual(['State Intellectual Property Office (SIPO)', '中国专利局']);
  });
});

describe('npm run export (the CLI)', () => {
  it('writes a label/type subset whose counts match the graph’s, loadable by networkx', async () => {
    const out = path.join(dir, 'subset');
    const cli = spawnEntry('src/cli/export.ts', { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password }, ['--format', 'graphml', '--out', out, '--labels', 'City,Province', '--types', 'LOCATED_IN']);
    expect(await cli.exited, cli.output()).toBe(0);
    const want = await exportCounts(executor, ['City', 'Province'], ['LOCATED_IN']);
    expect(want).toEqual({ nodes: 34 + 378, relationships: 378 });
    expect(cli.output()).toContain(`Exported ${want.nodes} nodes and ${want.relationships} relationships`);
    const counts = python(`import networkx as nx; g = nx.read_graphml(${JSON.stringify(path.join(out, 'graph.graphml'))}); print(g.number_of_nodes(), g.number_of_edges())`);
    expect(counts.trim()).toBe(`${want.nodes} ${want.relationships}`);
  });

  it('refuses an unknown label instead of exporting nothing', async () => {
    const cli = spawnEntry('src/cli/export.ts', { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password }, ['--format', 'csv', '--out', path.join(dir, 'x'), '--labels', 'Citty']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/--labels takes a comma-separated list of .*found "Citty"/u);
  });
});

describe('the Python example (examples/python/designations_table.py)', () => {
  it('pulls the strong-city pilot designations into rows with the official driver', () => {
    const r = spawnSync(venvPython(), [path.join(PROJECT_ROOT, 'examples/python/designations_table.py'), '--uri', TEST_BOLT_URI, '--password', TEST_NEO4J.password], { encoding: 'utf8', env: pythonEnv() });
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    // seeds/reference/cnipa-designations.csv: 17 rows for 国家知识产权强市建设试点城市 (16 in 2022, 昌平 in 2024).
    expect(rows).toHaveLength(17);
    expect(rows.filter((x) => x.year === 2022)).toHaveLength(16);
    expect(rows.find((x) => x.city === '达州市')).toEqual({
      city: '达州市',
      cityEn: 'Dazhou',
      adcode: '511700',
      province: '四川省',
      year: 2022,
      batch: '2022',
      term: '2022-07/2025-06',
      confidence: 'medium', // the roster said high; its address copies article 003 (the confidence rule)
      sourceCount: 2,
      sourceIds: [expect.stringMatching(/^ref:/u), 'article:003_ff94119c8289c4e6'],
    });
    expect(rows.at(-1)).toMatchObject({ city: '昌平区', province: '北京市', year: 2024 });
  });
});
