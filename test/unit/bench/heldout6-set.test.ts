/**
 * Held-out set 6 is wired into `npm run bench:extract` without anyone running the extractor on it: its
 * gold loads and validates (schema, quotes in the text, places in the gazetteer) and a plain bench run
 * skips it — only `--only heldout6` scores it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { selectSets } from '../../../bench/extract/select.js';
import { loadExtractContext } from '../../../src/extract/context.js';
import { ArticleFactsSchema, readDataFile } from '../../../src/ingest/facts.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = join(ROOT, 'bench', 'extract', 'heldout6');
const SETS: Array<[string, string]> = ['seeds', 'bench/extract/dev', 'bench/extract/heldout5', 'bench/extract/heldout6'].map((d) => [d, join(ROOT, d)]);

describe('held-out set 6', () => {
  it('is skipped by a plain bench run and run only when --only names it', () => {
    const dirs = (only: string[] | null): string[] => selectSets(SETS, only, ['heldout6']).map(([t]) => t);
    expect(dirs(null)).toEqual(['seeds', 'bench/extract/dev', 'bench/extract/heldout5']);
    expect(dirs(['heldout6'])).toEqual(['bench/extract/heldout6']);
    expect(dirs(['seed', 'heldout5'])).toEqual(['seeds', 'bench/extract/heldout5']);
  });

  it('has a gold file for every text, each valid, quoting its text, naming places the gazetteer knows', () => {
    const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
    const golds = readdirSync(DIR).filter((f) => f.endsWith('.facts.json')).sort();
    expect(golds.map((f) => f.replace(/\.facts\.json$/u, '.txt'))).toEqual(texts);
    expect(texts).toHaveLength(11);
    const { gazetteer } = loadExtractContext();
    const counts = { designations: 0, assessments: 0, observations: 0, events: 0, positions: 0 };
    for (const f of golds) {
      const gold = readDataFile(join(DIR, f), f, ArticleFactsSchema);
      const text = readFileSync(join(DIR, f.replace(/\.facts\.json$/u, '.txt')), 'utf8');
      for (const t of Object.keys(counts) as Array<keyof typeof counts>) {
        counts[t] += gold[t].length;
        for (const x of gold[t] as Array<{ quote: string }>) expect(text, `${f} ${t}`).toContain(x.quote);
      }
      const places = [...gold.designations.map((x) => x.place), ...gold.observations.map((x) => x.place), ...gold.events.map((x) => x.place)];
      for (const p of places) expect(gazetteer.resolve(p).ok, `${f}: ${p}`).toBe(true);
    }
    // the counts the set's README states (29 facts)
    expect(counts).toEqual({ designations: 3, assessments: 0, observations: 16, events: 3, positions: 7 });
  });
});
