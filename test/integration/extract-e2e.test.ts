/**
 * A new article (not one of the five seeds) goes from raw text to facts in the API by the README's
 * steps: npm run extract writes a draft; npm run seed loads it as a source with mentions only and
 * says so; the reviewer accepts the draft (renames it); npm run seed's build loads its facts, each
 * with its quote and `extraction { method: extracted, reviewed: true }`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { buildGraph } from '../../src/ingest/build.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { seed, wipe } from '../../src/seed/loader.js';
import { metricsExecutor, post, startServer, type RunningServer } from './server-harness.js';

const ARTICLE = '005_wuhu_2012.txt';
const URL_ = 'http://www.ahjgbzw.gov.cn/content/detail/5a3defa219121b90b27ef116.html';
let dir: string;
let server: RunningServer | undefined;
const executor = metricsExecutor();

function extract(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, ['src/cli/extract.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-e2e-'));
  cpSync(join(PROJECT_ROOT, 'seeds'), dir, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'test', 'fixtures', 'articles', ARTICLE), join(dir, ARTICLE));
});
afterAll(async () => {
  await server?.close();
  await executor.close();
});

describe('raw article → draft → review → graph → API', () => {
  it('extract needs a date when the page shows none, and says how to give it', { timeout: 60_000 }, () => {
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, '芜湖入选示范城市\n\n芜湖入选国家知识产权示范城市。\n');
    const r = extract(undated, '--out', '-');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--published YYYY-MM-DD');
    rmSync(undated);
  });

  it('extract writes a deterministic draft next to the article, every fact quoted from the body', { timeout: 120_000 }, () => {
    // the page's own publication line (发布时间:2012-04-28) dates it
    const r = extract(join(dir, ARTICLE), '--url', URL_);
    expect(r.status, r.stderr).toBe(0);
    const draftPath = join(dir, '005_wuhu_2012.facts.draft.json');
    expect(existsSync(draftPath)).toBe(true);
    const first = readFileSync(draftPath, 'utf8');
    const again = extract(join(dir, ARTICLE), '--url', URL_, '--out', '-');
    expect(again.stdout).toBe(first);
    const draft = JSON.parse(first);
    expect(draft.article).toMatchObject({ title: '芜湖入选首批国家知识产权示范市', publishedAt: '2012-04-28', url: URL_, language: 'zh-Hans' });
    const wuhu = draft.designations.find((d: { place: string }) => d.place === '芜湖市');
    expect(wuhu).toMatchObject({ programme: 'programme:ip-demonstration-city', year: 2012, extraction: { method: 'extracted', rule: expect.any(String) } });
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toContain(wuhu.quote);
    // the country's total (全国…104个) is not attributed to 芜湖: it is listed as unresolved
    expect(draft.observations).toEqual([]);
    expect(draft.unresolved).toEqual([expect.objectContaining({ kind: 'observation', text: '104个' })]);
  });

  it('npm run seed loads an article with only a draft as a source with its mentions, and lists it', async () => {
    const bundle = await buildGraph({ seedsDir: dir });
    expect(bundle.pending).toEqual([{ file: ARTICLE, draft: '005_wuhu_2012.facts.draft.json' }]);
    const article = bundle.nodes.find((n) => n.id === 'article:005_wuhu_2012');
    expect(article?.props).toMatchObject({ title: '芜湖入选首批国家知识产权示范市', publishedAt: '2012-04-28' });
    expect(bundle.rels.some((r) => r.type === 'MENTIONS' && r.from.id === 'article:005_wuhu_2012' && r.to.id === 'city:340200')).toBe(true);
    expect(bundle.rels.some((r) => (r.props.sourceIds as string[] | undefined)?.includes('article:005_wuhu_2012'))).toBe(false);
  });

  it('once accepted, its facts are in the API with their quotes and how they were found', async () => {
    renameSync(join(dir, '005_wuhu_2012.facts.draft.json'), join(dir, '005_wuhu_2012.facts.json'));
    const bundle = await buildGraph({ seedsDir: dir });
    expect(bundle.pending).toEqual([]);
    await wipe(executor);
    await seed(executor, { bundle });
    server = await startServer({ schema: await buildAppSchema(), executor, options: { maxCost: 1_000_000 } });
    const q = async (query: string, variables?: Record<string, unknown>) => {
      const r = await post(server!.url, query, variables);
      if (r.body.errors?.length) throw new Error(JSON.stringify(r.body.errors));
      return r.body.data as Record<string, any>;
    };
    const hit = await q('{search(text:"芜湖", kinds:[CITY], first:1){node{id name}}}');
    expect(hit.search[0].node.name).toBe('芜湖市');
    const d = await q(
      'query($id:ID!){city(id:$id){designations{year programme{name} sources{evidence source{graphId title} extraction{method confidence reviewed}}}}}',
      { id: hit.search[0].node.id },
    );
    const fromArticle = d.city.designations
      .flatMap((x: any) => x.sources.map((s: any) => ({ ...s, year: x.year, programme: x.programme.name })))
      .find((s: any) => s.source.graphId === 'article:005_wuhu_2012');
    expect(fromArticle).toMatchObject({ programme: '国家知识产权示范城市', year: 2012, source: { title: '芜湖入选首批国家知识产权示范市' } });
    expect(fromArticle.evidence).toContain('芜湖');
    expect(fromArticle.extraction).toMatchObject({ method: 'EXTRACTED', reviewed: true });
    expect(fromArticle.extraction.confidence).toBeGreaterThan(0);
    expect(fromArticle.extraction.confidence).toBeLessThan(1);
    // the roster's statement of the same designation stays curated
    const curated = d.city.designations.flatMap((x: any) => x.sources).filter((s: any) => s.source.graphId !== 'article:005_wuhu_2012');
    for (const s of curated) expect(s.extraction).toMatchObject({ method: 'CURATED', confidence: 1, reviewed: true });
  }, 300_000);
});
