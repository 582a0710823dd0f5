/**
 * `npm run bench:extract`: precision and recall of the extractor per fact type and overall, on the
 * five seed articles (gold: their curated facts files), on the development set in bench/extract/dev/
 * (the first held-out set; rules have since been tuned on it) and on held-out set 2 in
 * bench/extract/heldout2/ (gold written and committed before any rule change and before the
 * extractor was first run on it; rules were changed after that first run, whose figures
 * docs/extraction.md keeps) and on held-out set 3 in bench/extract/heldout3/ (gold committed before
 * the extractor first ran on it; rules were then tuned on it, so it is no longer unseen: its one
 * untouched run is kept in docs/extraction.md) and on held-out set 4 in bench/extract/heldout4/ (gold
 * committed before the first run; rules tuned on it since, so it is no longer unseen: its two untouched
 * runs are kept in docs/extraction.md) and on held-out set 5 in bench/extract/heldout5/ (texts and gold
 * committed before the extractor first ran on them; rules tuned on it since (branch s7-10-gen), so no longer unseen: its two untouched runs are in docs/extraction.md) and on held-out set 6
 * in bench/extract/heldout6/ and held-out set 7 in bench/extract/heldout7/ (texts and gold committed
 * before the extractor ever ran on them; scored unseen once each, tuned on since (branch s9-10-tune)) and
 * held-out set 8 in bench/extract/heldout8/ (texts and gold committed before the extractor ever ran on it;
 * scored unseen once, tuned on since) and held-out set 9 in bench/extract/heldout9/ (likewise; scored unseen
 * once, tuned on since (branch s11-10-gen)) and held-out set 10 in bench/extract/heldout10/ (texts and gold
 * committed before the extractor ever ran on it; scored unseen once) and held-out set 11 in
 * bench/extract/heldout11/ (texts and gold committed before the extractor ever ran on it; scored unseen
 * once) and held-out set 12 in bench/extract/heldout12/ (texts and gold committed before the extractor
 * ever ran on it; scored unseen once); each of the
 * seven runs only when `--only heldout6`, `--only heldout7`, `--only heldout8`, `--only heldout9`,
 * `--only heldout10`, `--only heldout11` or `--only heldout12` names it; the
 * list of sets is in select.ts). The article's
 * publication date comes from the gold file (as --published would), the rest from the raw text. A fact
 * counts as quoted from boilerplate when its quote is not in the cleaned body or contains a line the
 * cleaning put in boilerplate. `-- --cv` prints instead the leave-one-set-out table of cv.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtractContext } from '../../src/extract/context.js';
import { extractArticle } from '../../src/extract/extract.js';
import { cleanPage } from '../../src/ingest/clean.js';
import { ArticleFactsSchema, readDataFile } from '../../src/ingest/facts.js';
import { FACT_TYPES, score, type FactType, type Tally } from './score.js';
import { BENCH_SETS, NAMED_ONLY, selectSets } from './select.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// `-- --only seed,dev,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,heldout9,heldout10,heldout11,heldout12` runs some sets (while rules are tuned, a held-out set stays unread)
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : null;
// `-- --cv`: leave one set out (cv.ts) instead of the tables
const cv = process.argv.includes('--cv');
if (cv) await import('./cv.js');
const ctx = loadExtractContext();
const pct = (x: number): string => (Number.isNaN(x) ? '  –  ' : x.toFixed(2).padStart(5));

for (const [title, dir] of cv ? [] : selectSets(BENCH_SETS, only, NAMED_ONLY)) {
  const articles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/u, '.facts.json')))).sort() : [];
  const totals = Object.fromEntries(FACT_TYPES.map((t) => [t, { gold: 0, proposed: 0, matched: 0 }])) as Record<FactType, Tally>;
  let fromBoilerplate = 0;
  let facts = 0;
  for (const f of articles) {
    const raw = readFileSync(join(dir, f), 'utf8');
    const gold = readDataFile(join(dir, f.replace(/\.txt$/u, '.facts.json')), f, ArticleFactsSchema);
    const got = extractArticle(raw, { file: f, published: gold.article.publishedAt, url: gold.article.url ?? undefined }, ctx);
    const page = cleanPage(raw);
    const body = page.body;
    const chromeLines = page.boilerplate.split('\n').filter((l) => l.trim().length >= 4);
    for (const t of FACT_TYPES) {
      for (const x of got[t] as Array<{ quote: string }>) {
        facts++;
        if (!body.includes(x.quote) || chromeLines.some((l) => x.quote.includes(l))) fromBoilerplate++;
      }
    }
    const s = score(ctx.gazetteer, gold, got);
    for (const t of FACT_TYPES) {
      totals[t].gold += s[t].gold;
      totals[t].proposed += s[t].proposed;
      totals[t].matched += s[t].matched;
    }
  }
  process.stdout.write(`\n${title}: ${articles.length} articles (${dir.replace(ROOT, '')})\n`);
  process.stdout.write(`  ${'fact type'.padEnd(14)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'match'.padStart(5)} ${'P'.padStart(5)} ${'R'.padStart(5)}\n`);
  const all: Tally = { gold: 0, proposed: 0, matched: 0 };
  for (const t of FACT_TYPES) {
    const x = totals[t];
    all.gold += x.gold;
    all.proposed += x.proposed;
    all.matched += x.matched;
    process.stdout.write(`  ${t.padEnd(14)} ${String(x.gold).padStart(5)} ${String(x.proposed).padStart(5)} ${String(x.matched).padStart(5)} ${pct(x.matched / x.proposed)} ${pct(x.matched / x.gold)}\n`);
  }
  process.stdout.write(`  ${'overall'.padEnd(14)} ${String(all.gold).padStart(5)} ${String(all.proposed).padStart(5)} ${String(all.matched).padStart(5)} ${pct(all.matched / all.proposed)} ${pct(all.matched / all.gold)}\n`);
  process.stdout.write(`  facts quoted from outside the article body or with a boilerplate line in the quote: ${fromBoilerplate} of ${facts}\n`);
}
