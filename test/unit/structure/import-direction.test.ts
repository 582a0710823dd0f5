/**
 * One import direction (docs: README "Project layout"): the shared layer (src/graph) imports no domain
 * folder, no resolver imports another resolver, and the folders of src/ import each other without a
 * cycle. Reads the import statements of src/**.ts; type-only imports are left out (they vanish at
 * run time and cannot form a load-order cycle).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';

const SRC = path.join(PROJECT_ROOT, 'src');
const DOMAINS = ['actor', 'agency', 'aggregate', 'assessment', 'city', 'designation', 'observation', 'programme', 'province', 'search', 'source', 'system', 'traversal', 'research', 'round'];

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Value imports of each file, as paths relative to src/. */
const imports = new Map<string, string[]>(
  tsFiles(SRC).map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).replace(/\.js$/, '.ts'));
    return [path.relative(SRC, file), targets];
  }),
);

const folderOf = (rel: string) => (rel.includes(path.sep) ? rel.split(path.sep)[0]! : '.');

describe('import direction', () => {
  it('the shared layer (src/graph) imports no domain folder', () => {
    const bad = [...imports].filter(([f]) => folderOf(f) === 'graph').flatMap(([f, ts]) => ts.filter((t) => DOMAINS.includes(folderOf(t))).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('no resolver imports another resolver', () => {
    const bad = [...imports].filter(([f]) => f.endsWith('.resolver.ts')).flatMap(([f, ts]) => ts.filter((t) => t.endsWith('.resolver.ts')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('domain folders import each other without a cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const [f, ts] of imports) for (const t of ts) if (DOMAINS.includes(folderOf(f)) && DOMAINS.includes(folderOf(t)) && folderOf(f) !== folderOf(t)) graph.set(folderOf(f), new Set([...(graph.get(folderOf(f)) ?? []), folderOf(t)]));
    // Depth-first search for a back edge; the cycle found is reported as a path.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (n: string, trail: string[]) => {
      state.set(n, 'open');
      for (const m of graph.get(n) ?? []) {
        if (state.get(m) === 'open') cycles.push([...trail, n, m].slice(trail.indexOf(m) >= 0 ? trail.indexOf(m) : trail.length).join(' → '));
        else if (!state.has(m)) visit(m, [...trail, n]);
      }
      state.set(n, 'done');
    };
    for (const n of graph.keys()) if (!state.has(n)) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
