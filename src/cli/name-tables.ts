/**
 * `npm run names:build` (run by `npm run setup`): converts every name the seed and the name resolver use
 * to its Traditional forms once and keeps them in .cache/traditional-forms.json, so `npm start` (a
 * fresh seed, a re-seed, the resolver's index) never builds the ~100 MiB opencc converters and fits a
 * smaller heap. A stale or missing table is harmless: names it lacks are converted when needed.
 */
import { buildGraph } from '../ingest/build.js';
import { saveTraditionalTable, traditionalTableSize } from '../ingest/chinese.js';
import { defaultNameResolver } from '../names/resolver.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const t0 = performance.now();
  await buildGraph();
  defaultNameResolver();
  saveTraditionalTable();
  process.stdout.write(`[names] Traditional forms of ${traditionalTableSize()} names in .cache/traditional-forms.json (${Math.round(performance.now() - t0)} ms).\n`);
});
