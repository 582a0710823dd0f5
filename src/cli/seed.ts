/** `npm run seed [-- --reset]`: validates the data files, then (re)builds the graph and prints what it did. */
import 'reflect-metadata';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { seed, wipe } from '../seed/loader.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase(config, { owner: 'tool' });
  try {
    if (process.argv.includes('--reset')) {
      await wipe(db.executor);
      process.stdout.write('Emptied the database.\n');
    }
    const r = await seed(db.executor);
    const table = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `  ${k.padEnd(18)} ${String(v).padStart(6)}`).join('\n');
    process.stdout.write(`Seeded ${db.uri} in ${(r.ms / 1000).toFixed(1)} s (${r.batches} batches).\nNodes by label:\n${table(r.nodesByLabel)}\nRelationships by type:\n${table(r.relsByType)}\n`);
    if (r.unresolved.length) {
      process.stdout.write(`Unresolved roster rows (${r.unresolved.length}), not loaded:\n${r.unresolved.map((u) => `  ${u.file} record ${u.record}: ${u.member} — ${u.reason}`).join('\n')}\n`);
    } else {
      process.stdout.write('Unresolved roster rows: none.\n');
    }
    if (r.pending.length) {
      process.stdout.write(
        `Articles without a reviewed facts file (${r.pending.length}), loaded as sources with their mentions only:\n${r.pending
          .map((p) => `  ${p.file}: ${p.draft ? `draft ${p.draft} awaits review (rename it ${p.draft.replace('.facts.draft.json', '.facts.json')} to load its facts)` : 'no facts file (npm run extract -- seeds/' + p.file + ')'}`)
          .join('\n')}\n`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
});
