/**
 * The playground and the graph view as a person uses them, in a real headless Chromium (Debian's
 * package, driven by playwright-core) with the network closed to everything but this machine: every
 * request to another host is aborted and recorded, and the test fails if there was any. Screenshots
 * go to test/artifacts/ (gitignored; docs/img/ holds the copies README shows).
 *
 * Chromium is required: when it is missing this test fails with what to install (CI installs it in
 * .ci/run), it does not skip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { startSeededApi, type Api } from '../helpers/api.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'test', 'artifacts');
// As the machine notes say: without the background-networking flags Chromium calls Google at start.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let api: Api;
let context: BrowserContext;
let userDataDir: string;
const offHost: string[] = [];
const seen: string[] = [];

function isLocal(url: string): boolean {
  const u = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}; the browser tests need it. Install it with: apt-get install -y --no-install-recommends chromium (as .ci/run does), or set CHROMIUM_PATH.`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  api = await startSeededApi();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1440, height: 900 } });
  context.on('request', (req) => seen.push(req.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    offHost.push(url);
    return route.abort('blockedbyclient');
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  await api?.close();
});

/** The part of cytoscape the test reads through `window.explore` (the page's test hook). */
interface CyElement {
  id(): string;
  data(key: string): any;
  style(key: string): string;
  hasClass(c: string): boolean;
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  connectedNodes(): unknown;
}
interface Explore {
  explore: {
    cy: {
      nodes(): CyElement[];
      edges(): CyElement[];
      getElementById(id: string): CyElement;
      container(): { getBoundingClientRect(): { left: number; top: number } };
      fit(eles?: unknown, padding?: number): void;
    };
  };
}

/** A page whose script errors and CSP refusals are collected for the test to assert on. */
async function openPage(route: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.goto(api.base + route);
  return { page, problems };
}

describe('in a browser, offline', () => {
  it('the playground loads GraphiQL from this server with the example tabs and the docs explorer, and runs a query', async () => {
    const { page, problems } = await openPage('/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // The docs explorer is open and has read the schema through introspection.
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await expect.poll(() => docs.innerText(), { timeout: 30_000 }).toMatch(/Query/);
    // Seven example tabs, the first one selected, every name shown whole (none cut off, none off-screen).
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 15_000 }).toBe(7);
    const tabTitles = await tabs.allInnerTexts();
    expect(tabTitles.join(' | ')).toMatch(/SearchChinese.*SearchEnglish.*CityDesignations.*ProvinceCitiesByProgramme.*PathBetween.*Timeline.*NeighbourhoodByType/);
    const fit = await page.locator('.graphiql-tab-button').evaluateAll((buttons) =>
      buttons.map((b) => ({ text: b.textContent, cut: b.scrollWidth > b.clientWidth + 1, right: b.getBoundingClientRect().right, width: (globalThis as unknown as { innerWidth: number }).innerWidth })),
    );
    expect(fit.filter((f) => f.cut || f.right > f.width)).toEqual([]);
    // Every id variable was filled from a search before the playground opened.
    const resolved = await page.evaluate(() => (globalThis as unknown as { playground: { tabs: { variables: string }[] } }).playground.tabs.map((t) => t.variables));
    expect(resolved.join('\n')).not.toContain('<id of');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('黄石');

    // The result table downloads as CSV: one row per search hit, nested fields as dotted columns.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    expect(csv.suggestedFilename()).toBe('SearchChinese.csv');
    const text = fs.readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['score', 'node.__typename', 'node.id', 'node.name', 'node.nameEn']));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows[0]).toMatch(/黄石/);

    // The designations tab answers too, sources and all.
    await tabs.nth(2).click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 10_000 }).toContain('CityDesignations');
    await page.waitForTimeout(1000); // GraphiQL settles the tab's operation name after the editor changes
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('evidence');
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });

    expect(problems).toEqual([]);
    expect(offHost).toEqual([]);
    await page.close();
  }, 120_000);

  it('the graph view: search, pick, see the neighbourhood; a node click expands it, an edge click shows sources and evidence', async () => {
    const { page, problems } = await openPage('/explore');
    const idle = () => page.waitForSelector('body[data-state="idle"]');
    const cyState = () =>
      page.evaluate(() => {
        const { cy } = (globalThis as unknown as Explore).explore;
        return {
          nodes: cy.nodes().map((n: CyElement) => ({ id: n.id(), name: n.data('name'), label: n.data('label'), colour: n.style('background-color'), expanded: n.hasClass('expanded') })),
          edges: cy.edges().map((e: CyElement) => ({ id: e.id(), type: e.data('type'), label: e.style('label'), sources: (e.data('sources') ?? []).length })),
        };
      });

    await page.fill('#search', '黄石');
    await page.press('#search', 'Enter');
    const first = page.locator('#results li button').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.innerText()).toContain('黄石');
    await first.click();
    await expect.poll(async () => (await cyState()).nodes.length, { timeout: 30_000 }).toBeGreaterThan(2);
    await idle();

    const drawn = await cyState();
    // Colours follow labels: one colour per label, different labels different colours.
    const colourOf = new Map<string, Set<string>>();
    for (const n of drawn.nodes) colourOf.set(n.label, (colourOf.get(n.label) ?? new Set()).add(n.colour));
    expect([...colourOf.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set([...colourOf.values()].map((s) => [...s][0])).size).toBe(colourOf.size);
    expect(colourOf.size).toBeGreaterThan(1);
    // Edges are labelled by their type.
    expect(drawn.edges.length).toBeGreaterThan(0);
    expect(drawn.edges.every((e) => e.label === e.type && /^[A-Z_]+$/.test(e.type))).toBe(true);
    expect(await page.locator('#legend li').count()).toBe(colourOf.size);

    // Click (a real mouse click on the canvas) a node that is not expanded yet: it expands and merges.
    const target = drawn.nodes.find((n) => !n.expanded && n.label === 'Province') ?? drawn.nodes.find((n) => !n.expanded)!;
    const at = await page.evaluate((id) => {
      const { cy } = (globalThis as unknown as Explore).explore;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, target.id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await cyState()).nodes.find((n) => n.id === target.id)?.expanded, { timeout: 30_000 }).toBe(true);
    await idle();
    const expanded = await cyState();
    expect(expanded.nodes.length).toBeGreaterThan(drawn.nodes.length);
    expect(new Set(expanded.nodes.map((n) => n.id)).size).toBe(expanded.nodes.length); // merged, not duplicated
    expect(await page.locator('#details h2').innerText()).toBe(target.name);

    // Click an edge that has sources: its sources and evidence sentences show.
    const edge = expanded.edges.find((e) => e.sources > 0)!;
    expect(edge).toBeDefined();
    const mid = await page.evaluate((id) => {
      const { cy } = (globalThis as unknown as Explore).explore;
      cy.fit(cy.getElementById(id).connectedNodes(), 200);
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(id).renderedMidpoint();
      return { x: box.left + p.x, y: box.top + p.y };
    }, edge.id);
    await page.mouse.click(mid.x, mid.y);
    await page.locator('#details [data-edge-type]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#details h2').innerText()).toBe(edge.type);
    expect(await page.locator('#details blockquote').count()).toBe(edge.sources);
    expect((await page.locator('#details blockquote').first().innerText()).length).toBeGreaterThan(5);
    await page.evaluate(() => (globalThis as unknown as Explore).explore.cy.fit(undefined, 40));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore.png') });

    expect(problems).toEqual([]);
    expect(offHost).toEqual([]);
    await page.close();
  }, 120_000);

  it('the playground: reloading after editing the first tab opens no duplicate; a GET URL in the address bar gets a hint', async () => {
    const { page, problems } = await openPage('/');
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(7);
    await tabs.nth(0).click();
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# edited by the test\n');
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('edited by the test');
    await page.waitForTimeout(800); // GraphiQL debounces saving the tabs
    await page.reload();
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    expect(await tabs.count()).toBe(7);
    expect((await tabs.allInnerTexts()).filter((x) => /SearchChinese/.test(x))).toHaveLength(1);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('edited by the test');

    // A query typed into the address bar: not a bare CSRF 400 but a page that says why and links to
    // the playground, which opens the same query.
    const query = '{ search(text: "黄石", first: 1) { node { name } } }';
    const res = await page.goto(`${api.base}/graphql?query=${encodeURIComponent(query)}`);
    expect(res!.status()).toBe(400);
    expect(await page.locator('h1').innerText()).toBe('This is the GraphQL endpoint');
    expect(await page.locator('body').innerText()).toMatch(/cross-site request forgery/);
    await page.locator('#open-in-playground').click();
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 10_000 }).toContain('search(text: "黄石", first: 1)');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('黄石市');
    // A program (JSON accepted, no HTML) still gets Apollo's answer, which names the headers to send.
    const json = await fetch(`${api.base}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(400);
    expect(await json.text()).toMatch(/apollo-require-preflight/);
    const ok = await fetch(`${api.base}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/html', 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);

    // The 400 of the hint page is meant (Chromium logs every 4xx document); nothing else went wrong.
    expect(problems.filter((p) => !/status of 400 \(Bad Request\)/.test(p))).toEqual([]);
    expect(offHost).toEqual([]);
    await page.close();
  }, 120_000);

  it('the graph view at 100+ nodes: readable layout, legend, filters, shareable link, exports, 中文 by default for a Chinese browser', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    // A browser set to Chinese.
    await page.addInitScript(() => {
      const g = globalThis as unknown as { navigator: object; localStorage: { removeItem(k: string): void } };
      Object.defineProperty(g.navigator, 'languages', { get: () => ['zh-CN', 'zh', 'en'] });
      Object.defineProperty(g.navigator, 'language', { get: () => 'zh-CN' });
      g.localStorage.removeItem('explore:lang');
    });
    await page.goto(`${api.base}/explore`);
    const idle = () => page.waitForSelector('body[data-state="idle"]');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#search-form button[type=submit]').innerText()).toBe('搜索');
    expect(await page.locator('label[for=search]').innerText()).toMatch(/查找城市/);

    // The programmes (each with many member cities), then provinces until well over 100 nodes.
    const ids = await page.evaluate(async () => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ p: search(text: "知识产权", kinds: [PROGRAMME], first: 10) { node { id } } q: search(text: "省", kinds: [PROVINCE], first: 10) { node { id } } }' }) });
      const { data } = (await r.json()) as { data: Record<string, Array<{ node: { id: string } }>> };
      return { programmes: data.p!.map((h) => h.node.id), provinces: data.q!.map((h) => h.node.id) };
    });
    expect(ids.programmes.length).toBeGreaterThanOrEqual(2);
    await page.evaluate(async ({ programmes, provinces }) => {
      const { explore } = globalThis as unknown as { explore: { show(id: string): Promise<void>; expand(id: string): Promise<void>; cy: { nodes(): { length: number } } } };
      await explore.show(programmes[0]!);
      for (const id of [...programmes.slice(1), ...provinces]) {
        if (explore.cy.nodes().length >= 120) break;
        await explore.expand(id);
      }
    }, ids);
    await idle();
    const drawn = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as Explore).explore as unknown as { cy: any };
      const nodes = cy.nodes(':visible');
      // Label boxes in model coordinates: how many nodes' names overlap another's?
      const boxes = nodes.map((n: any) => n.boundingBox({ includeNodes: true, includeLabels: true, includeOverlays: false }));
      let overlapping = 0;
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i];
        if (boxes.some((b: any, j: number) => j !== i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)) overlapping++;
      }
      return { nodes: nodes.length, edges: cy.edges(':visible').length, overlapping, types: [...new Set(cy.edges().map((e: any) => e.data('type')))] as string[] };
    });
    process.stderr.write(`[explore] ${drawn.nodes} nodes, ${drawn.edges} edges; ${drawn.overlapping} nodes whose name box overlaps another's\n`);
    expect(drawn.nodes).toBeGreaterThanOrEqual(100);
    // Readable: at most 1 node in 10 has its name touching another's (the old layout piled them up).
    expect(drawn.overlapping / drawn.nodes, JSON.stringify(drawn)).toBeLessThan(0.1);
    const labels = await page.locator('#legend li').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['城市', '项目']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-zh.png') });

    // Filter by relationship type: switch DESIGNATED_IN off; its edges (and the cities they alone held) go.
    expect(drawn.types).toContain('DESIGNATED_IN');
    await page.locator('#type-filters input[value="DESIGNATED_IN"]').uncheck();
    await idle();
    const afterType = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as Explore).explore as unknown as { cy: any };
      return { nodes: cy.nodes(':visible').length, designated: cy.edges(':visible').filter((e: any) => e.data('type') === 'DESIGNATED_IN').length };
    });
    expect(afterType.designated).toBe(0);
    expect(afterType.nodes).toBeLessThan(drawn.nodes);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('off=DESIGNATED_IN');
    await page.locator('#type-filters input[value="DESIGNATED_IN"]').check();

    // Filter by source: only edges that this source supports remain.
    const options = await page.locator('#source-filter option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    await page.selectOption('#source-filter', options[0]!);
    const bySource = await page.evaluate((src) => {
      const { cy } = (globalThis as unknown as Explore).explore as unknown as { cy: any };
      const vis = cy.edges(':visible');
      return { edges: vis.length, all: vis.every((e: any) => (e.data('sources') ?? []).some((s: any) => s.source.id === src)) };
    }, options[0]!);
    expect(bySource.edges).toBeGreaterThan(0);
    expect(bySource.edges).toBeLessThan(drawn.edges);
    expect(bySource.all).toBe(true);

    // Exports of what is shown: CSV rows = visible edges; GraphML parses with the same counts; PNG is a PNG.
    const save = async (button: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      return { name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path())!) };
    };
    const csv = await save('#export-csv');
    expect(csv.name).toMatch(/^ip-city-graph-[A-Za-z0-9._-]+\.csv$/); // ASCII: saved under its name in any locale
    const csvLines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csvLines[0]).toBe('source_id,source_name,type,target_id,target_name,sources,evidence');
    expect(csvLines.length - 1).toBe(bySource.edges);
    const graphml = await save('#export-graphml');
    const xmlText = graphml.bytes.toString('utf8');
    expect((xmlText.match(/<edge /g) ?? []).length).toBe(bySource.edges);
    const visibleNodes = await page.evaluate(() => ((globalThis as unknown as Explore).explore as unknown as { cy: any }).cy.nodes(':visible').length);
    expect((xmlText.match(/<node /g) ?? []).length).toBe(visibleNodes);
    const png = await save('#export-png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(10_000);

    // The address is the view: opened elsewhere it draws the same nodes with the same filter.
    const shared = page.url();
    expect(new URL(shared).hash).toMatch(/id=.*x=.*src=.*lang=zh/);
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => other.evaluate(() => ((globalThis as unknown as Explore).explore as unknown as { cy: any }).cy.nodes(':visible').length), { timeout: 60_000 }).toBe(visibleNodes);
    await other.waitForSelector('body[data-state="idle"]');
    expect(await other.locator('#source-filter').inputValue()).toBe(options[0]);
    // Switch the interface to English.
    await other.locator('#lang').click();
    expect(await other.locator('#search-form button[type=submit]').innerText()).toBe('Search');
    expect(await other.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(other.url()).hash).toContain('lang=en');
    await other.close();

    await page.selectOption('#source-filter', '');
    await idle();
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-100.png') });
    expect(problems).toEqual([]);
    expect(offHost).toEqual([]);
    await page.close();
  }, 180_000);

  it('no request left this machine', () => {
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((u) => !isLocal(u))).toEqual([]);
    expect(offHost).toEqual([]);
  });
});
