/**
 * `npm run bench:data -- --nodes 1000000`: writes the deterministic synthetic graph of
 * bench/lib/synthetic.ts into the configured Neo4j, next to the seed (seeded first if it is not there),
 * in batched UNWIND writes, and prints nodes/s. `--clear` removes the synthetic data only.
 *
 * While it writes, the constraints and indexes on the labels and types it writes are dropped, then
 * created again from cypher/schema and awaited ONLINE (bench/lib/write-schema.ts says why); the figure
 * printed counts that rebuild. Nothing else should use the database meanwhile (lookups by id scan).
 *
 * Options: --nodes N (10..20,000,000; rounded down to whole groups of 10), --seed S (default 42),
 * --batch G (groups per transaction, default 200), --parallel P (transactions in flight, 1..8, default 4),
 * --keep-schema (write with every constraint and index in place, as before: slower, for comparison),
 * --clear (alone: remove synthetic data; with --nodes: remove, then write).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { isSeeded, seed } from '../src/seed/loader.js';
import { runCli, UserError } from '../src/cli/run-cli.js';
import { KINDS, MAX_NODES, METRICS, NODES_PER_GROUP, groupsFor, relationshipsOf, syntheticGroup, type Anchors } from './lib/synthetic.js';
import { parseIntOption } from './lib/args.js';
import { dropStatement, schemaOnWrittenData, type SchemaItem } from './lib/write-schema.js';
import { schemaStatements, settleStatistics } from '../src/db/schema.js';
import type { Executor } from '../src/db/executor.js';

const USAGE = 'Usage: npm run bench:data -- --nodes 1000000 [--seed 42] [--batch 200] [--parallel 4] [--keep-schema] [--clear]';
/** How long the rebuilt indexes may take to come ONLINE (the full-text index over 500,000 cities: ~20 s idle). */
const INDEX_WAIT_S = 1800;

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { nodes: { type: 'string' }, seed: { type: 'string' }, batch: { type: 'string' }, parallel: { type: 'string' }, clear: { type: 'boolean' }, 'keep-schema': { type: 'boolean' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UserError((err as Error).message, USAGE);
  }
  const v = parsed.values;
  const clear = v.clear === true;
  const nodes = v.nodes === undefined ? null : parseIntOption('--nodes', v.nodes, NODES_PER_GROUP, MAX_NODES, USAGE);
  if (nodes === null && !clear) throw new UserError('Say how many nodes to write with --nodes (or --clear to remove synthetic data).', USAGE);
  const seedValue = parseIntOption('--seed', v.seed ?? '42', 0, 2 ** 31 - 1, USAGE);
  const batch = parseIntOption('--batch', v.batch ?? '200', 1, 5000, USAGE);
  const parallel = parseIntOption('--parallel', v.parallel ?? '4', 1, 8, USAGE);
  const keepSchema = v['keep-schema'] === true;

  const config = loadConfig();
  const db = await openDatabase(config, { owner: 'tool', log: (line) => process.stderr.write(`[local-neo4j] ${line}\n`) });
  try {
    const ex = db.executor;
    const existing = async () => Number((await ex.read('bench/synthetic-count'))[0]?.get('cities') ?? 0);
    if (clear) {
      const t0 = performance.now();
      let deleted = 0;
      for (const kind of ['Observation', 'AssessmentEvent', 'Article', 'City']) {
        for (;;) {
          // 2,000 nodes (with their relationships) per transaction stay under the local Neo4j's
          // db.memory.transaction.max (128 MiB); 20,000 Articles with their MENTIONS did not.
          const n = Number((await ex.write('bench/synthetic-clear', { kind, limit: 2_000 }))[0]?.get('deleted') ?? 0);
          deleted += n;
          if (n === 0) break;
          process.stdout.write(`\r  removed ${deleted.toLocaleString('en')} synthetic nodes…`);
        }
      }
      process.stdout.write(`\rRemoved ${deleted.toLocaleString('en')} synthetic nodes (and their relationships) in ${((performance.now() - t0) / 1000).toFixed(1)} s; the seed is untouched.\n`);
      await settle(ex);
      if (nodes === null) return 0;
    }
    const already = await existing();
    if (already > 0) throw new UserError(`The graph already holds synthetic data (${already.toLocaleString('en')} synthetic cities).`, 'Remove it first: npm run bench:data -- --clear --nodes N (or --clear alone).');

    if (!(await isSeeded(ex)).complete) {
      process.stdout.write('The seed is not loaded: loading it first…\n');
      await seed(ex);
    }
    const anchors = await readAnchors(ex);
    const groups = groupsFor(nodes!);
    const total = { nodes: 0, rels: 0 };
    const dropped: SchemaItem[] = keepSchema ? [] : schemaOnWrittenData(schemaStatements());
    process.stdout.write(`Writing ${(groups * NODES_PER_GROUP).toLocaleString('en')} synthetic nodes (${groups.toLocaleString('en')} groups, seed ${seedValue}) to ${db.uri}, ${batch} groups per transaction, ${parallel} in flight, ${keepSchema ? 'every constraint and index in place' : `${dropped.length} constraints and indexes dropped meanwhile (${dropped.map((d) => d.name).join(', ')})`}…\n`);
    const t0 = performance.now();
    let tw = t0;
    let next = 0;
    let lastPrint = 0;
    let failed = false;
    const worker = async () => {
      while (!failed) {
        const from = next;
        if (from >= groups) return;
        next = Math.min(groups, from + batch);
        const rows = [];
        for (let g = from; g < next; g++) rows.push(syntheticGroup(g, seedValue, anchors));
        const res = await ex.write('bench/synthetic-write', { groups: rows, metrics: METRICS, kinds: KINDS, gazetteer: anchors.gazetteer }, { timeoutMs: 120_000 });
        const written = Number(res[0]?.get('groups') ?? 0);
        if (written !== rows.length) throw new Error(`A batch wrote ${written} of ${rows.length} groups: an anchor (province, programme or agency) is missing.`);
        total.nodes += rows.length * NODES_PER_GROUP;
        total.rels += rows.reduce((s, r) => s + relationshipsOf(r), 0);
        const now = performance.now();
        if (now - lastPrint > 2000) {
          lastPrint = now;
          process.stdout.write(`\r  ${total.nodes.toLocaleString('en')} nodes, ${Math.round(total.nodes / ((now - t0) / 1000)).toLocaleString('en')} nodes/s…`);
        }
      }
    };
    let writeS = 0;
    let writeError: unknown = null;
    try {
      await ex.writeInOneTransaction('bench/schema-drop', async (tx) => {
        for (const item of dropped) await tx.run(dropStatement(item));
      });
      tw = performance.now();
      await Promise.all(Array.from({ length: parallel }, () => worker().catch((err: unknown) => { failed = true; throw err; })));
      writeS = (performance.now() - tw) / 1000;
    } catch (err) {
      writeError = err;
    }
    // Put the schema back whatever happened (a killed run leaves it to `npm start`, which applies
    // whatever is missing). IF NOT EXISTS: restoring what was never dropped is harmless.
    if (dropped.length > 0) {
      const t1 = performance.now();
      process.stdout.write(`\r  ${total.nodes.toLocaleString('en')} nodes written; creating the ${dropped.length} constraints and indexes again and waiting until they are online…`);
      try {
        // One transaction for all of them: Neo4j then fills the new indexes together, one scan of the
        // store for all, instead of one per index (bench/lib/write-schema.ts).
        await ex.writeInOneTransaction('bench/schema-restore', async (tx) => {
          for (const item of dropped) await tx.run(item.statement);
        }, { timeoutMs: INDEX_WAIT_S * 1000 });
        await ex.runText('bench/schema-await', `CALL db.awaitIndexes(${INDEX_WAIT_S})`, {}, 'READ', { timeoutMs: (INDEX_WAIT_S + 60) * 1000 });
        process.stdout.write(`\r  constraints and indexes online again after ${((performance.now() - t1) / 1000).toFixed(1)} s.${' '.repeat(60)}\n`);
      } catch (err) {
        if (writeError === null) throw err;
        process.stderr.write(`\nRestoring the schema failed too (${(err as Error).message}); the next npm start applies what is missing.\n`);
      }
    }
    if (writeError !== null) throw writeError;
    const s = (performance.now() - t0) / 1000;
    process.stdout.write(`Wrote ${total.nodes.toLocaleString('en')} nodes and ${total.rels.toLocaleString('en')} relationships in ${s.toFixed(1)} s (${writeS.toFixed(1)} s writing${dropped.length > 0 ? `, ${(s - writeS).toFixed(1)} s dropping and rebuilding the schema` : ''}): ${Math.round(total.nodes / s).toLocaleString('en')} nodes/s, ${Math.round(total.rels / s).toLocaleString('en')} relationships/s.\n`);
    await settle(ex);
    return 0;
  } finally {
    await db.close();
  }
});

async function readAnchors(ex: Awaited<ReturnType<typeof openDatabase>>['executor']): Promise<Anchors> {
  const a: Anchors = { provinces: [], programmes: [], agencies: [], gazetteer: '' };
  for (const r of await ex.read('bench/anchors')) {
    const item = String(r.get('id'));
    const kind = r.get('kind') as string;
    if (kind === 'province') a.provinces.push(item);
    else if (kind === 'programme') a.programmes.push(item);
    else if (kind === 'agency') a.agencies.push(item);
    else a.gazetteer = item;
  }
  if (a.provinces.length === 0 || a.programmes.length === 0 || a.agencies.length === 0 || !a.gazetteer) {
    throw new UserError(`The seeded graph lacks what synthetic data hangs from (found ${a.provinces.length} provinces, ${a.programmes.length} programmes, ${a.agencies.length} national agencies, gazetteer ${a.gazetteer || 'missing'}).`, 'Reload the seed: npm run seed -- --reset');
  }
  return a;
}

/** After the writes: indexes resampled and query caches cleared, so the bench's first plans are made on this graph. */
async function settle(ex: Executor): Promise<void> {
  process.stdout.write('Resampling the indexes and clearing the query caches (plans are made again on this graph)…');
  const ms = await settleStatistics(ex);
  process.stdout.write(` done in ${(ms / 1000).toFixed(1)} s.\n`);
}
