/**
 * The wiring and gold checks every named-only held-out set gets (sets 8, 9 and 10): the bench's own list of
 * sets names it, a plain `npm run bench:extract` skips it (only `--only heldoutN` scores it), and its gold
 * loads and validates — schema, quotes in the text, places the gazetteer knows, nothing dated after its page —
 * with the counts, language balance and precision-test pages its README states. Nothing here runs the
 * extractor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_SETS, NAMED_ONLY, UNSEEN, cvSets, selectSets } from '../../bench/extract/select.js';
import { loadExtractContext } from '../../src/extract/context.js';
import { ArticleFactsSchema, readDataFile, type ArticleFacts } from '../../src/ingest/facts.js';

const TYPES = ['designations', 'assessments', 'observations', 'events', 'positions'] as const;
type FactCounts = Record<(typeof TYPES)[number], number>;

export interface HeldOutSetSpec {
  /** The set's name as `--only` takes it, e.g. `heldout9`. */
  name: string;
  /** Other names given to `--only` that must never pick this set. */
  otherNames: string[];
  pages: number;
  counts: FactCounts;
  languages: Record<string, number>;
  /** The precision-test pages: gold files with no fact at all. */
  emptyPages: string[];
  /** Not yet scored: then `--cv` must not read it either (cv.ts takes its sets from `cvSets`). */
  unseen?: boolean;
}

const dirsOf = (only: string[] | null): string[] => selectSets(BENCH_SETS, only, NAMED_ONLY).map(([, d]) => d);

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

export function describeHeldOutSet(spec: HeldOutSetSpec): void {
  const entry = BENCH_SETS.find(([, d]) => d.endsWith(join('bench', 'extract', spec.name)));

  describe(`held-out set ${spec.name.replace(/^heldout/u, '')}`, () => {
    it('is listed by the bench, skipped by a plain run, and run only when --only names it', () => {
      expect(entry).toBeDefined();
      const dir = entry![1];
      const plain = dirsOf(null);
      expect(plain).not.toContain(dir);
      // every set that is not held out is still scored by a plain run
      expect(plain).toHaveLength(BENCH_SETS.length - NAMED_ONLY.length);
      expect(plain.some((d) => d.endsWith('seeds'))).toBe(true);
      expect(dirsOf([spec.name])).toEqual([dir]);
      for (const other of spec.otherNames) expect(dirsOf([other]), other).not.toContain(dir);
      expect(dirsOf(spec.otherNames)).not.toContain(dir);
    });

    if (spec.unseen) {
      it('is left out of --cv, which reads every other set', () => {
        const dir = entry![1];
        const cv = cvSets(BENCH_SETS).map(([, d]) => d);
        expect(cv).not.toContain(dir);
        expect(cv).toHaveLength(BENCH_SETS.length - UNSEEN.length);
        // cv.ts reads its sets through cvSets (importing cv.ts would run the extractor on every set)
        const source = readFileSync(fileURLToPath(new URL('../../bench/extract/cv.ts', import.meta.url)), 'utf8');
        expect(source).toMatch(/cvSets\(BENCH_SETS\)/u);
        expect(source).not.toMatch(/^const sets = BENCH_SETS\./mu);
      });
    }

    it('has a gold file for every text, each valid, quoting its text, naming places the gazetteer knows', () => {
      const dir = entry![1];
      const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      const golds = goldOf(dir);
      expect(golds.map(({ file }) => file.replace(/\.facts\.json$/u, '.txt'))).toEqual(texts);
      expect(texts).toHaveLength(spec.pages);
      const { gazetteer } = loadExtractContext();
      const counts = Object.fromEntries(TYPES.map((t) => [t, 0])) as FactCounts;
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
      // the counts and the language balance the set's README states
      expect(counts).toEqual(spec.counts);
      expect(languages).toEqual(spec.languages);
    });

    it(`keeps ${spec.emptyPages.length} pages with no gold at all, so proposing anything there costs precision`, () => {
      const empty = goldOf(entry![1])
        .filter(({ gold }) => TYPES.every((t) => gold[t].length === 0))
        .map(({ file }) => file);
      expect(empty).toEqual(spec.emptyPages);
    });
  });
}
