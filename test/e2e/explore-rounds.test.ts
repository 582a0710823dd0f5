/**
 * /explore shows what the graph does not know (issue 11): a programme's panel lists its rounds with
 * their coverage, and every drawn edge — MENTIONS included — has a source with its sentences. Real
 * headless Chromium, network closed to everything but this machine (as test/e2e/browser.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { startSeededApi, type Api } from '../helpers/api.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let api: Api;
let context: BrowserContext;
let userDataDir: string;
const offHost: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium was not found at ${CHROMIUM}; install it with: apt-get install -y --no-install-recommends chromium, or set CHROMIUM_PATH.`);
  api = await startSeededApi();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
  await context.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || ['data:', 'blob:', 'about:'].includes(u.protocol)) return route.continue();
    offHost.push(u.href);
    return route.abort('blockedbyclient');
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  await api?.close();
});

it('a programme’s panel lists its rounds with coverage; every drawn edge has a source', async () => {
  const id = await api.idOf('国家知识产权强市建设试点城市', 'PROGRAMME');
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${api.base}/explore?id=${encodeURIComponent(id)}`);
  await page.locator('#details ul.rounds li').first().waitFor({ timeout: 30_000 });
  await page.waitForSelector('body[data-state="idle"]');
  const items = await page.locator('#details ul.rounds li').allInnerTexts();
  expect(items).toEqual([
    'Round 2022, announced 2022-08-04 (国知发运字〔2022〕33号): 16 of 72 known (22%, partial)',
    'Round 2023, announced 2024 (国知发运字〔2024〕2号): 1 of 38 known (3%, partial)',
  ]);
  const edges = await page.evaluate(() => {
    const { cy } = (globalThis as unknown as { explore: { cy: { edges(): Array<{ data(k: string): any }> } } }).explore;
    return cy.edges().map((e) => ({ type: e.data('type') as string, sources: (e.data('sources') ?? []) as Array<{ evidence: string }> }));
  });
  expect(edges.filter((e) => e.type === 'MENTIONS').length).toBeGreaterThan(5);
  for (const e of edges) {
    expect(e.sources.length, e.type).toBeGreaterThan(0);
    for (const s of e.sources) expect(s.evidence.length).toBeGreaterThan(1);
  }
  expect(problems).toEqual([]);
  expect(offHost).toEqual([]);
  await page.close();
}, 120_000);
