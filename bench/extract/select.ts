/**
 * Which bench sets `npm run bench:extract` runs. `--only a,b` picks sets by the end of their directory
 * (`seed` names `seeds/`). A set listed in `namedOnly` runs only when `--only` names it: a held-out set
 * that must stay unseen until one agreed run is never scored by a plain run; sets 6–11
 * were such sets and are still run only by name, though they have been scored (and 6–10 tuned on) since;
 * set 12 was one too, until its agreed run (scored unseen once, 2026-11-24).
 * A set listed in `UNSEEN` is also left out of `--cv` (cv.ts), which otherwise reads every set.
 * Names match a set's whole directory name: `heldout2` never picks `heldout12`.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every bench set, as [title, directory], in the order the bench prints them. */
export const BENCH_SETS: Array<[string, string]> = [
  ['seed articles (rules written on these)', join(ROOT, 'seeds')],
  ['development set (the first held-out set; rules tuned on it since)', join(ROOT, 'bench', 'extract', 'dev')],
  ['held-out set 2 (gold written before any tuning; rules changed after its first run, so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout2')],
  ['held-out set 3 (gold written before the extractor first ran on it; rules tuned on it since, so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout3')],
  ['held-out set 4 (gold committed before the extractor first ran on it; rules tuned on it since (branch s6-10-rules), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout4')],
  ['held-out set 5 (gold committed before the extractor first ran on it; rules tuned on it since (branch s7-10-gen), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout5')],
  ['held-out set 6 (gold committed before the extractor ever ran on it; tuned on since its unseen runs (branch s9-10-tune), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout6')],
  ['held-out set 7 (gold committed before the extractor ever ran on it; tuned on since its unseen run (branch s9-10-tune), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout7')],
  ['held-out set 8 (gold committed before the extractor ever ran on it; scored unseen once, tuned on since (branches s10-10-learn, s11-10-gen), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout8')],
  ['held-out set 9 (gold committed before the extractor ever ran on it; scored unseen once, tuned on since (branch s11-10-gen), so no longer unseen: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout9')],
  ['held-out set 10 (gold committed before the extractor ever ran on it; scored unseen once, 2026-11-23: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout10')],
  ['held-out set 11 (gold committed before the extractor ever ran on it; scored unseen once, 2026-11-24: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout11')],
  ['held-out set 12 (gold committed before the extractor ever ran on it; scored unseen once, 2026-11-24: docs/extraction.md)', join(ROOT, 'bench', 'extract', 'heldout12')],
];

/** Sets a plain run skips: they run only when `--only` names them. */
export const NAMED_ONLY: readonly string[] = ['heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12'];

/** Sets not yet scored: left out of `--cv` too, so that only `--only` ever runs the extractor on them. */
export const UNSEEN: readonly string[] = [];

/** The sets `--cv` reads: every bench set but the unseen ones. */
export function cvSets<T extends [string, string]>(sets: T[]): T[] {
  return sets.filter(([, d]) => !UNSEEN.includes(basename(d)));
}

export function selectSets<T extends [string, string]>(sets: T[], only: string[] | null, namedOnly: readonly string[]): T[] {
  const named = (dir: string, o: string): boolean => basename(dir) === (o === 'seed' ? 'seeds' : o);
  if (only) return sets.filter(([, d]) => only.some((o) => named(d, o)));
  return sets.filter(([, d]) => !namedOnly.some((o) => named(d, o)));
}
