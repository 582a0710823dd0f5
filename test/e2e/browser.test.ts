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
    // Six example tabs, the first one selected.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 15_000 }).toBe(6);
    const tabTitles = await tabs.allInnerTexts();
    expect(tabTitles.join(' | ')).toMatch(/SearchChinese.*SearchEnglish.*CityDesignations.*ProvinceCitiesByProgramme.*PathBetween.*Timeline/);
    // Every id variable was filled from a search before the playground opened.
    const resolved = await page.evaluate(() => (globalThis as unknown as { playground: { tabs: { variables: string }[] } }).playground.tabs.map((t) => t.variables));
    expect(resolved.join('\n')).not.toContain('<id of');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('黄石');

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

  it('no request left this machine', () => {
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((u) => !isLocal(u))).toEqual([]);
    expect(offHost).toEqual([]);
  });
});
