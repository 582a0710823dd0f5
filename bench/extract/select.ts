/**
 * Which bench sets `npm run bench:extract` runs. `--only a,b` picks sets by the end of their directory
 * (`seed` names `seeds/`). A set listed in `namedOnly` runs only when `--only` names it: a held-out set
 * that must stay unseen until one agreed run (held-out set 6) is never scored by a plain run.
 */
export function selectSets<T extends [string, string]>(sets: T[], only: string[] | null, namedOnly: readonly string[]): T[] {
  const named = (dir: string, o: string): boolean => dir.endsWith(o === 'seed' ? 'seeds' : o);
  if (only) return sets.filter(([, d]) => only.some((o) => named(d, o)));
  return sets.filter(([, d]) => !namedOnly.some((o) => named(d, o)));
}
