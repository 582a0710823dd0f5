/**
 * `npm run bench:extract -- --cv`: leave one set out. What the extractor's learned parts are worth on a
 * set they were not fitted on, with no new set: for each bench set k (the seeds, the development set,
 * held-out sets 2–12: BENCH_SETS in select.ts but the sets not yet scored, UNSEEN there — none now; a new
 * held-out set is listed there until its one agreed run, and is never read here before it), the observation filter (filter.ts) is trained
 * on the candidates of every other set and scores set k's.
 *
 * Printed per set, observations P / R (the filter decides observations only) and all facts overall:
 * - first run: the rules' overall P / R on that set when it was unseen (docs/extraction.md); the gap
 *   to `rules` is what tuning on that set bought, i.e. the overfit;
 * - rules: the extractor as it is (its hand-written rules were written on every set, so this is not a
 *   figure for unseen text);
 * - cands: every candidate of recall mode, unfiltered (the ceiling of recall a filter can reach);
 * - filter: the filter trained without set k, on every feature;
 * - content: the same without the rules' decisions as features (rule, guards, confidence);
 * - rules+filter: the rules' proposals kept, the filter deciding only on the figures they do not propose.
 *
 * A second table gives designations, assessments and events per set: the rules (with the generators of branch
 * s11-10-gen and their hand-written judge, which is fitted on nothing, so its leave-one-set-out figure is the
 * plain one) and every candidate of recall mode (the recall a judge could reach).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractContext } from '../../src/extract/context.js';
import { extractArticle } from '../../src/extract/extract.js';
import { ArticleFactsSchema, readDataFile, type ArticleFacts } from '../../src/ingest/facts.js';
import { filterObservations, observationFeatures, trainLogistic, type FilterOptions } from './filter.js';
import { FACT_TYPES, score, scoreFacts, type FactType, type Tally } from './score.js';
import { BENCH_SETS, cvSets } from './select.js';

/** Overall P / R of each set's first run while it was unseen (docs/extraction.md; seeds: the prototype, issue #10). */
const FIRST_RUN: Record<string, string> = {
  seeds: '0.84/0.73*',
  dev: 'n/a',
  heldout2: '0.00/0.00',
  heldout3: '0.33/0.30',
  heldout4: '0.28/0.24',
  heldout5: '0.31/0.16',
  heldout6: '0.67/0.34',
  heldout7: '0.50/0.30',
  heldout8: '0.73/0.50',
  heldout9: '0.71/0.30',
  heldout10: '0.65/0.46',
  heldout11: '0.62/0.53',
  heldout12: '0.50/0.51',
};

interface Article {
  gold: ArticleFacts;
  rules: ArticleFacts;
  candidates: ArticleFacts;
}

const ctx = loadExtractContext();

function loadSet(dir: string): Article[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/u, '.facts.json')))).sort() : [];
  return files.map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const gold = readDataFile(join(dir, f.replace(/\.txt$/u, '.facts.json')), f, ArticleFactsSchema);
    const opts = { file: f, published: gold.article.publishedAt, url: gold.article.url ?? undefined };
    return { gold, rules: extractArticle(raw, opts, ctx), candidates: extractArticle(raw, { ...opts, candidates: true }, ctx) };
  });
}

/** Every candidate observation of the articles with its features and whether it matches a gold fact. */
function examples(articles: Article[], content: boolean, keepRules: boolean): Array<{ features: Record<string, number>; label: boolean }> {
  return articles.flatMap((a) => {
    const labels = scoreFacts(ctx.gazetteer, a.gold, a.candidates).matched.observations;
    return a.candidates.observations.flatMap((o, k) => (keepRules && !o.extraction!.rule.includes(', candidate:') ? [] : [{ features: observationFeatures(a.candidates, k, content), label: labels[k]! }]));
  });
}

type Row = Record<FactType | 'overall', Tally>;
function tally(articles: Article[], draftOf: (a: Article) => ArticleFacts): Row {
  const out = Object.fromEntries([...FACT_TYPES, 'overall'].map((t) => [t, { gold: 0, proposed: 0, matched: 0 }])) as Row;
  for (const a of articles) {
    const s = score(ctx.gazetteer, a.gold, draftOf(a));
    for (const t of FACT_TYPES) {
      for (const k of ['gold', 'proposed', 'matched'] as const) {
        out[t][k] += s[t][k];
        out.overall[k] += s[t][k];
      }
    }
  }
  return out;
}

const pr = (x: Tally): string => `${x.proposed ? (x.matched / x.proposed).toFixed(2) : ' -  '}/${x.gold ? (x.matched / x.gold).toFixed(2) : ' -  '}`;
const add = (a: Tally, b: Tally): Tally => ({ gold: a.gold + b.gold, proposed: a.proposed + b.proposed, matched: a.matched + b.matched });

const sets = cvSets(BENCH_SETS).map(([, dir]) => ({ name: dir.split('/').at(-1)!, articles: loadSet(dir) }));
const variants: Array<{ name: string; opts: FilterOptions }> = [
  { name: 'filter', opts: {} },
  { name: 'content', opts: { content: true } },
  { name: 'rules+filter', opts: { keepRules: true } },
];
const trainingOf = variants.map((v) => sets.map((s) => examples(s.articles, v.opts.content === true, v.opts.keepRules === true)));
const columns = ['rules', 'cands', ...variants.map((v) => v.name)];
const w = 12;
process.stdout.write('leave one set out (P/R): the filter of each column is trained on every set but the row\'s\n');
process.stdout.write(`${'set'.padEnd(9)} ${'first run'.padEnd(11)}| observations: ${columns.map((c) => c.padEnd(w)).join('')}| all facts: ${columns.map((c) => c.padEnd(w)).join('')}\n`);
const totals = columns.map(() => ({ obs: { gold: 0, proposed: 0, matched: 0 }, all: { gold: 0, proposed: 0, matched: 0 } }));
for (const [k, s] of sets.entries()) {
  const drafts: Array<(a: Article) => ArticleFacts> = [
    (a) => a.rules,
    (a) => ({ ...a.rules, observations: a.candidates.observations }),
    ...variants.map((v, vi) => {
      const weights = trainLogistic(trainingOf[vi]!.filter((_, j) => j !== k).flat());
      return (a: Article) => ({ ...a.rules, observations: filterObservations(a.candidates, weights, v.opts).observations });
    }),
  ];
  const rows = drafts.map((d) => tally(s.articles, d));
  rows.forEach((r, c) => {
    totals[c]!.obs = add(totals[c]!.obs, r.observations);
    totals[c]!.all = add(totals[c]!.all, r.overall);
  });
  process.stdout.write(`${s.name.padEnd(9)} ${(FIRST_RUN[s.name] ?? '').padEnd(11)}| observations: ${rows.map((r) => pr(r.observations).padEnd(w)).join('')}| all facts: ${rows.map((r) => pr(r.overall).padEnd(w)).join('')}\n`);
}
process.stdout.write(`${'all sets'.padEnd(9)} ${''.padEnd(11)}| observations: ${totals.map((t) => pr(t.obs).padEnd(w)).join('')}| all facts: ${totals.map((t) => pr(t.all).padEnd(w)).join('')}\n`);
// what a filter can learn from: the candidates recall mode adds to the rules' (a tag `candidate:`), and how many match gold
const added = sets.map((s) => {
  let n = 0;
  let matched = 0;
  for (const a of s.articles) {
    const labels = scoreFacts(ctx.gazetteer, a.gold, a.candidates).matched.observations;
    a.candidates.observations.forEach((o, k) => {
      if (!o.extraction!.rule.includes(', candidate:')) return;
      n++;
      if (labels[k]) matched++;
    });
  }
  return `${s.name} ${matched}/${n}`;
});
process.stdout.write(`candidates recall mode adds to the rules', matching a gold fact / all: ${added.join(', ')}\n`);
const OTHER: FactType[] = ['designations', 'assessments', 'events'];
process.stdout.write(`\nper set (P/R), rules | recall-mode candidates: ${OTHER.join(', ')}\n`);
const otherTotals = OTHER.map(() => [{ gold: 0, proposed: 0, matched: 0 }, { gold: 0, proposed: 0, matched: 0 }] as [Tally, Tally]);
for (const s of sets) {
  const rules = tally(s.articles, (a) => a.rules);
  const cands = tally(s.articles, (a) => a.candidates);
  OTHER.forEach((t, k) => {
    otherTotals[k]![0] = add(otherTotals[k]![0], rules[t]);
    otherTotals[k]![1] = add(otherTotals[k]![1], cands[t]);
  });
  process.stdout.write(`${s.name.padEnd(9)} ${OTHER.map((t) => `${t.padEnd(13)}${pr(rules[t])} | ${pr(cands[t])}`.padEnd(40)).join('')}\n`);
}
process.stdout.write(`${'all sets'.padEnd(9)} ${OTHER.map((t, k) => `${t.padEnd(13)}${pr(otherTotals[k]![0])} | ${pr(otherTotals[k]![1])}`.padEnd(40)).join('')}\n`);
process.stdout.write('first run: overall P/R of the rules on the set while it was unseen (docs/extraction.md); * the prototype on the seeds (issue #10, an older scorer)\n');
