/**
 * Held-out set 9 is wired into `npm run bench:extract` without anyone running the extractor on it: the
 * bench's own list of sets names it, a plain run skips it (only `--only heldout9` scores it), and its
 * gold loads and validates (schema, quotes in the text, places in the gazetteer) with the counts,
 * language balance and precision-test pages its README states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_SETS, NAMED_ONLY, selectSets } from '../../../bench/extract/select.js';
import { loadExtractContext } from '../../../src/extract/context.js';
import { ArticleFactsSchema, readDataFile, type ArticleFacts } from '../../../src/ingest/facts.js';

const set9 = BENCH_SETS.find(([, d]) => d.endsWith(join('bench', 'extract', 'heldout9')));
const dirsOf = (only: string[] | null): string[] => selectSets(BENCH_SETS, only, NAMED_ONLY).map(([, d]) => d);
const TYPES = ['designations', 'assessments', 'observations', 'events', 'positions'] as const;

function goldOf(dir: string): Array<{ file: string; gold: ArticleFacts; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.facts.json'))
    .sort()
    .map((f) => ({
      file: f,
      gold: readDataFile(join(dir, f), f, ArticleFactsSchema),
      text: readFileSync(join(dir, f.replace(/\.facts\.json$/u, '.txt')), 'utf8'),
    }));
}

describe('held-out set 9', () => {
  it('is listed by the bench, skipped by a plain run, and run only when --only names it', () => {
    expect(set9).toBeDefined();
    const dir = set9![1];
    const plain = dirsOf(null);
    expect(plain).not.toContain(dir);
    // every set that is not held out is still scored by a plain run
    expect(plain).toHaveLength(BENCH_SETS.length - NAMED_ONLY.length);
    expect(plain.some((d) => d.endsWith('seeds'))).toBe(true);
    expect(dirsOf(['heldout9'])).toEqual([dir]);
    // naming set 8 (or the sets being tuned on) never scores set 9 by accident
    expect(dirsOf(['heldout8']).some((d) => d === dir)).toBe(false);
    expect(dirsOf(['seed', 'dev', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8']).some((d) => d === dir)).toBe(false);
  });

  it('has a gold file for every text, each valid, quoting its text, naming places the gazetteer knows', () => {
    const dir = set9![1];
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const golds = goldOf(dir);
    expect(golds.map(({ file }) => file.replace(/\.facts\.json$/u, '.txt'))).toEqual(texts);
    expect(texts).toHaveLength(16);
    const { gazetteer } = loadExtractContext();
    const counts = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<(typeof TYPES)[number], number>;
    const languages: Record<string, number> = {};
    for (const { file, gold, text } of golds) {
      languages[gold.article.language] = (languages[gold.article.language] ?? 0) + 1;
      for (const t of TYPES) {
        counts[t] += gold[t].length;
        for (const x of gold[t] as Array<{ quote: string }>) expect(text, `${file} ${t}`).toContain(x.quote);
      }
      for (const a of gold.assessments) for (const g of a.agencies) expect(text, `${file} ${a.key}`).toContain(g.quote);
      const places = [
        ...gold.designations.map((x) => x.place),
        ...gold.observations.map((x) => x.place),
        ...gold.events.map((x) => x.place),
        ...gold.assessments.flatMap((x) => x.subjects),
        ...gold.positions.map((x) => x.at).filter((at) => !at.startsWith('agency:')),
      ];
      for (const p of places) expect(gazetteer.resolve(p).ok, `${file}: ${p}`).toBe(true);
      // nothing the page reports happens after the page: events, designations and assessments are on or before its date
      const year = Number(gold.article.publishedAt.slice(0, 4));
      for (const e of gold.events) expect(e.date! <= gold.article.publishedAt, `${file}: ${e.key}`).toBe(true);
      for (const d of gold.designations) expect(d.year ?? 0, `${file}: ${d.place}`).toBeLessThanOrEqual(year);
      for (const a of gold.assessments) expect(a.year!, `${file}: ${a.key}`).toBeLessThanOrEqual(year);
    }
    // the counts and the language balance the set's README states (67 facts over 16 pages)
    expect(counts).toEqual({ designations: 8, assessments: 4, observations: 25, events: 8, positions: 22 });
    expect(languages).toEqual({ 'zh-Hans': 7, 'zh-Hant': 3, en: 6 });
  });

  it('keeps two pages with no gold at all, so proposing anything there costs precision', () => {
    const empty = goldOf(set9![1])
      .filter(({ gold }) => TYPES.every((t) => gold[t].length === 0))
      .map(({ file }) => file);
    expect(empty).toEqual(['z14_ip_brief_jiangsu_2014_en.facts.json', 'z15_hohhot_pilot_aim_en.facts.json']);
  });
});
