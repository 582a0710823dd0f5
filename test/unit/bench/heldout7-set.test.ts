/**
 * Held-out set 7 is wired into `npm run bench:extract` without anyone running the extractor on it: the
 * bench's own list of sets names it, a plain run skips it (only `--only heldout7` scores it), and its gold
 * loads and validates (schema, quotes in the text, places in the gazetteer) with the counts its README
 * states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_SETS, NAMED_ONLY, selectSets } from '../../../bench/extract/select.js';
import { loadExtractContext } from '../../../src/extract/context.js';
import { ArticleFactsSchema, readDataFile } from '../../../src/ingest/facts.js';

const set7 = BENCH_SETS.find(([, d]) => d.endsWith(join('bench', 'extract', 'heldout7')));
const dirsOf = (only: string[] | null): string[] => selectSets(BENCH_SETS, only, NAMED_ONLY).map(([, d]) => d);

describe('held-out set 7', () => {
  it('is listed by the bench, skipped by a plain run and run only when --only names it', () => {
    expect(set7).toBeDefined();
    const dir = set7![1];
    expect(dirsOf(null)).not.toContain(dir);
    // a plain run still scores the sets that are not held out, and still skips set 6
    expect(dirsOf(null)).toHaveLength(BENCH_SETS.length - NAMED_ONLY.length);
    expect(dirsOf(null).some((d) => d.endsWith('heldout6'))).toBe(false);
    expect(dirsOf(['heldout7'])).toEqual([dir]);
    expect(dirsOf(['seed', 'heldout5']).some((d) => d === dir)).toBe(false);
  });

  it('has a gold file for every text, each valid, quoting its text, naming places the gazetteer knows', () => {
    const dir = set7![1];
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const golds = readdirSync(dir).filter((f) => f.endsWith('.facts.json')).sort();
    expect(golds.map((f) => f.replace(/\.facts\.json$/u, '.txt'))).toEqual(texts);
    expect(texts).toHaveLength(16);
    const { gazetteer } = loadExtractContext();
    const counts = { designations: 0, assessments: 0, observations: 0, events: 0, positions: 0 };
    const languages: Record<string, number> = {};
    for (const f of golds) {
      const gold = readDataFile(join(dir, f), f, ArticleFactsSchema);
      const text = readFileSync(join(dir, f.replace(/\.facts\.json$/u, '.txt')), 'utf8');
      languages[gold.article.language] = (languages[gold.article.language] ?? 0) + 1;
      for (const t of Object.keys(counts) as Array<keyof typeof counts>) {
        counts[t] += gold[t].length;
        for (const x of gold[t] as Array<{ quote: string }>) expect(text, `${f} ${t}`).toContain(x.quote);
      }
      const places = [
        ...gold.designations.map((x) => x.place),
        ...gold.observations.map((x) => x.place),
        ...gold.events.map((x) => x.place),
        ...gold.assessments.flatMap((x) => x.subjects),
      ];
      for (const p of places) expect(gazetteer.resolve(p).ok, `${f}: ${p}`).toBe(true);
    }
    // the counts and the language balance the set's README states (43 facts over 16 pages)
    expect(counts).toEqual({ designations: 10, assessments: 4, observations: 11, events: 3, positions: 15 });
    expect(languages).toEqual({ 'zh-Hans': 6, 'zh-Hant': 4, en: 6 });
  });
});
