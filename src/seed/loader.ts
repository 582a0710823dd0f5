/**
 * The seed loader: validates all data (buildGraph) before writing anything, applies the schema, then
 * writes in batches (UNWIND + MERGE, one transaction per batch, one query text for every label and
 * relationship type). Idempotent: a second run leaves every
 * node, relationship and property identical; a run that stopped part-way is repaired by the next one
 * (SeedState.complete stays false until the end, and `npm start` re-seeds when it is not true).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import { applySchema, settleStatistics } from '../db/schema.js';
import { DATE_PROPS, FACT_REL_TYPES, NODE_LABELS, REL_TYPES, SOURCE_LABELS, type GraphBundle, type GraphNode, type GraphRel, type NodeLabel, type PendingArticle, type PropValue, type UnresolvedRow } from '../ingest/bundle.js';

/** Labels whose nodes get a `searchText` (all name forms) for the full-text index. */
const SEARCHABLE: readonly NodeLabel[] = ['Province', 'City', 'Agency', 'Programme', 'Organisation', 'Person', 'Event'];

export interface SeedReport {
  /** Nodes in the graph after the load (each counted once, whatever its labels; loader bookkeeping excluded). */
  nodes: number;
  /** Relationships in the graph after the load. */
  relationships: number;
  /** Nodes per label: a node with several labels (City and Node, Article and Source) counts under each. */
  nodesByLabel: Record<string, number>;
  relsByType: Record<string, number>;
  unresolved: UnresolvedRow[];
  /** Articles loaded as sources with their mentions only (no reviewed facts file yet). */
  pending: PendingArticle[];
  batches: number;
  ms: number;
}

export interface SeedOptions {
  /** Rows per transaction. Default 500. */
  batchSize?: number;
  /** Use this bundle instead of building one from `seeds/` (tests, or `npm start` after seedStatus). */
  bundle?: GraphBundle;
  /**
   * The input fingerprint stored with the seed (see inputHash). Default: inputHash() when the bundle is
   * built from `seeds/`, none for a bundle given without one (so the next start checks its content).
   */
  inputHash?: string | null;
  /** Nodes or relationships the prune deletes per transaction. Default PRUNE_BATCH. */
  pruneBatch?: number;
  /** Called after every batch written, with the running counts (start-up progress lines). */
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  nodes: { done: number; total: number };
  relationships: { done: number; total: number };
  batches: number;
}

function toNeo4j(props: Record<string, PropValue>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue; // Neo4j does not store nulls
    if ((DATE_PROPS as readonly string[]).includes(k) && typeof v === 'string') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) throw new Error(`Property ${k} must be a YYYY-MM-DD date; found ${JSON.stringify(v)}.`);
      out[k] = new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
    } else {
      out[k] = v;
    }
  }
  return { ...out, ...extra };
}

/** Every name form of an entity, for the full-text index. */
export function searchText(node: GraphNode): string {
  const forms = new Set<string>();
  for (const key of ['name', 'nameEn', 'aliases', 'formerNames']) {
    const v = node.props[key];
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s.trim()) forms.add(s.trim());
  }
  return [...forms].join(' | ');
}

/**
 * The transaction timeout of the loader's writes. The configured one (NEO4J_TX_TIMEOUT_MS, default 15 s) bounds a
 * client's request; a batch into a Neo4j that has just started (cold planner) on a busy machine can take
 * longer, and the load is not a request: it must not fail for being slow.
 */
export const SEED_TX_TIMEOUT_MS = 120_000;

/**
 * Nodes (with their relationships) or relationships the prune deletes per transaction. 1,000 synthetic
 * nodes with their relationships take a few MiB of transaction memory, far under the 128 MiB default of
 * db.memory.transaction.max; a million in one transaction did not fit.
 */
export const PRUNE_BATCH = 1000;
/**
 * The prune's whole run may take minutes (a million synthetic nodes on a busy machine): its timeout
 * bounds the auto-commit transaction that drives the batches.
 */
export const PRUNE_TX_TIMEOUT_MS = 3_600_000;
/** Relationship facts given their `sourceKey` per transaction (cypher/seed/source-key.cypher). */
const SOURCE_KEY_BATCH = 1000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const relKey = (r: GraphRel) => r.key ?? '';

/** Builds the bundle from `seeds/`. Imported when needed: a start whose seed is current never loads the ingest code. */
async function buildSeeds(): Promise<GraphBundle> {
  const { buildGraph } = await import('../ingest/build.js');
  return buildGraph();
}

/**
 * How the loader writes the graph; raise it when that changes (version 2 added the shared :Node label,
 * 3 writes every label and type through one query text, 4 gives every city its `provinceOrder` key and every source its `sourceOrder` key, 5 every assessment event its `assessmentOrder` key, 6 every ASSESSED_BY its `agencyOrder` and every assessment's FOR_PROGRAMME its `programmeOrder` key, 7 every DESIGNATED_IN its page keys `designationOrder`, `programmeDesignationOrder`, `programmeCityOrder`, `roundOrder`; 7 also prunes in batches; 8 every relationship fact its `sourceKey`),
 * so a database seeded the old way is re-seeded by the next `npm start`.
 */
export const LOADER_VERSION = 8;

/** A stable hash of the data files' content and the loader version, stored with the seed so a change re-seeds. */
export function bundleHash(bundle: GraphBundle): string {
  return createHash('sha256').update(JSON.stringify({ v: LOADER_VERSION, n: bundle.nodes, r: bundle.rels })).digest('hex').slice(0, 16);
}

/**
 * What `buildGraph` reads and how the loader writes, relative to the project: the data files, the code
 * that turns them into the bundle and writes it, and the locked dependency versions (the gazetteer's
 * package, the name converters). A change to any of them may change the graph.
 */
export const SEED_INPUTS = ['seeds', 'src/ingest', 'src/names', 'src/seed', 'cypher/seed', 'package-lock.json'];

/**
 * A cheap fingerprint of the seed's inputs (SEED_INPUTS' content and LOADER_VERSION): reading and
 * hashing them takes milliseconds where building the bundle takes about a second. `npm start` compares
 * it with the one stored with the seed; only when it differs is the bundle built and its content hash
 * (bundleHash, which decides whether to re-seed) compared. A changed input does not always change the
 * graph (a comment, another file's dependency): then only the stored fingerprint is updated.
 */
export function inputHash(root = PROJECT_ROOT, inputs = SEED_INPUTS): string {
  const hash = createHash('sha256').update(`loader ${LOADER_VERSION}\n`);
  const add = (rel: string) => {
    const abs = path.join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') {
        hash.update(`${rel}\n`).update(readFileSync(abs)).update('\n');
        return;
      }
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        hash.update(`${rel} (absent)\n`);
        return;
      }
      throw err;
    }
    for (const e of entries.map((d) => d.name).sort()) add(`${rel}/${e}`);
  };
  for (const rel of inputs) add(rel);
  return hash.digest('hex').slice(0, 16);
}

/**
 * What is stored as SeedState.inputHash: the input fingerprint together with the data hash it was
 * recorded for. A loader that sets dataHash without knowing about inputHash (an older checkout, another
 * tool) leaves a stale fingerprint behind; tied to the data hash, it no longer matches.
 */
function inputStamp(fingerprint: string, dataHash: string | null): string {
  return `${fingerprint}/${dataHash ?? ''}`;
}

export interface SeedState {
  complete: boolean;
  /** bundleHash of the data last loaded. */
  dataHash: string | null;
  /** inputHash of the files that data was built from, with the dataHash it is for (null: not known). */
  inputHash: string | null;
}

export async function isSeeded(executor: Executor): Promise<SeedState> {
  const rows = await executor.read('seed/state-get');
  return {
    complete: rows[0]?.get('complete') === true,
    dataHash: (rows[0]?.get('dataHash') as string | null) ?? null,
    inputHash: (rows[0]?.get('inputHash') as string | null) ?? null,
  };
}

/**
 * Whether the graph in the database is the one the seed files make, as cheaply as that can be told:
 * `fresh` when the stored input fingerprint matches (nothing built); otherwise the bundle is built and
 * its content hash compared, and a matching one just records the new fingerprint. `stale` comes with
 * the bundle to load (built once, validated).
 */
export async function seedStatus(executor: Executor, opts: { inputHash?: string; build?: () => Promise<GraphBundle> } = {}): Promise<{ fresh: true; state: SeedState } | { fresh: false; state: SeedState; bundle: GraphBundle; inputHash: string }> {
  const fingerprint = opts.inputHash ?? inputHash();
  const state = await isSeeded(executor);
  if (state.complete && state.inputHash === inputStamp(fingerprint, state.dataHash)) return { fresh: true, state };
  const bundle = await (opts.build ?? buildSeeds)();
  if (state.complete && state.dataHash === bundleHash(bundle)) {
    await executor.write('seed/state-set', { complete: true, dataHash: state.dataHash, inputHash: inputStamp(fingerprint, state.dataHash) });
    return { fresh: true, state: { ...state, inputHash: inputStamp(fingerprint, state.dataHash) } };
  }
  return { fresh: false, state, bundle, inputHash: fingerprint };
}

export async function seed(executor: Executor, opts: SeedOptions = {}): Promise<SeedReport> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 500;
  // Validation first: an invalid data file throws here, before anything is written.
  const fingerprint = opts.inputHash !== undefined ? opts.inputHash : opts.bundle ? null : inputHash();
  const bundle = opts.bundle ?? (await buildSeeds());
  checkSourceKeys(bundle);
  const hash = bundleHash(bundle);
  await applySchema(executor);
  await executor.write('seed/state-set', { complete: false, dataHash: hash, inputHash: null });
  let batches = 0;
  const progress: SeedProgress = { nodes: { done: 0, total: bundle.nodes.length }, relationships: { done: 0, total: bundle.rels.length }, batches: 0 };
  const report = (field: 'nodes' | 'relationships', n: number) => {
    progress[field].done += n;
    progress.batches = batches;
    opts.onProgress?.(progress);
  };

  // Nodes first (one query text for every label: Neo4j plans it once, where a text per label and type
  // cost a plan each, most of a load into a fresh database), then relationships, then the prune.
  await executor.write('seed/adopt-nodes', { labels: [...NODE_LABELS] }, { timeoutMs: SEED_TX_TIMEOUT_MS });
  const nodeIds = new Set<string>();
  for (const batch of chunks(bundle.nodes, batchSize)) {
    const rows = batch.map((n) => {
      nodeIds.add(n.id);
      const labels = [n.label, 'Node', ...((SOURCE_LABELS as readonly string[]).includes(n.label) ? ['Source'] : [])];
      return { id: n.id, labels, props: toNeo4j(n.props, SEARCHABLE.includes(n.label) ? { searchText: searchText(n) } : {}) };
    });
    await executor.write('seed/merge-nodes', { rows }, { timeoutMs: SEED_TX_TIMEOUT_MS });
    batches++;
    report('nodes', rows.length);
  }

  const dangling = bundle.rels.find((r) => !nodeIds.has(r.from.id) || !nodeIds.has(r.to.id));
  if (dangling) throw new Error(`Loader: a ${dangling.type} relationship (${dangling.from.id} → ${dangling.to.id}) points at a node the data does not have.`);
  for (const batch of chunks(bundle.rels, batchSize)) {
    const rows = batch.map((r) => ({ type: r.type, fromId: r.from.id, toId: r.to.id, key: relKey(r), props: toNeo4j(r.props) }));
    const res = await executor.write('seed/merge-rels', { rows }, { timeoutMs: SEED_TX_TIMEOUT_MS });
    const written = Number(res[0]?.get('written') ?? 0);
    if (written !== rows.length) throw new Error(`Loader: ${rows.length - written} of ${rows.length} relationships point at nodes that are not in the database.`);
    batches++;
    report('relationships', rows.length);
  }

  // Prune what the data no longer has, so the graph equals the data files: in batches, each committed
  // on its own (a million synthetic nodes do not fit in one transaction), and before the derived keys,
  // which then read only the seed's nodes. A prune stopped part-way is finished by the next load.
  await executor.writeInBatches('seed/prune-nodes', { labels: [...NODE_LABELS], keep: [...nodeIds], batch: opts.pruneBatch ?? PRUNE_BATCH }, { timeoutMs: PRUNE_TX_TIMEOUT_MS });
  await executor.writeInBatches('seed/prune-rels', { types: [...REL_TYPES], keep: bundle.rels.map((r) => `${r.from.id}|${relKey(r)}|${r.to.id}|${r.type}`), batch: opts.pruneBatch ?? PRUNE_BATCH }, { timeoutMs: PRUNE_TX_TIMEOUT_MS });

  // Derived sort keys, once every LOCATED_IN is in place: each city's Province.cities key, each
  // source's Query.sources key, each assessment event's Query.assessments key (docs/graph-model.md).
  await executor.write('seed/city-province-order', {}, { timeoutMs: SEED_TX_TIMEOUT_MS });
  await executor.write('seed/source-order', {}, { timeoutMs: SEED_TX_TIMEOUT_MS });
  await executor.write('seed/assessment-order', {}, { timeoutMs: SEED_TX_TIMEOUT_MS });
  // …then, from that key, each agency's and programme's assessment page key on the relationship.
  await executor.write('seed/assessment-anchor-order', {}, { timeoutMs: SEED_TX_TIMEOUT_MS });
  // Each designation's page keys (Query.designations, a programme's designations and cities, a round's members).
  await executor.write('seed/designation-order', {}, { timeoutMs: SEED_TX_TIMEOUT_MS });
  // Each relationship fact's sources as one indexed string (Source.facts).
  await executor.writeInBatches('seed/source-key', { types: [...FACT_REL_TYPES], batch: SOURCE_KEY_BATCH }, { timeoutMs: PRUNE_TX_TIMEOUT_MS });
  // Then plans made on the graph as it was before this load are dropped (indexes resampled, query caches
  // cleared), so no request meets one; the server's warm-up, which runs next, plans on the new graph.
  await settleStatistics(executor);

  await executor.write('seed/state-set', { complete: true, dataHash: hash, inputHash: fingerprint === null ? null : inputStamp(fingerprint, hash) });
  const counts = await graphCounts(executor);
  return { ...counts, unresolved: bundle.unresolved, pending: bundle.pending, batches, ms: Date.now() - t0 };
}

/**
 * Source.facts finds a relationship fact by `sourceKey CONTAINS '|<source id>|'` through one index per type
 * in FACT_REL_TYPES (cypher/seed/source-key.cypher): a fact of another type, or a source id holding '|',
 * would be missing from its source's facts. Checked before anything is written.
 */
export function checkSourceKeys(bundle: Pick<GraphBundle, 'rels'>): void {
  for (const r of bundle.rels) {
    const ids = r.props.sourceIds;
    if (ids === undefined || ids === null) continue;
    if (!(FACT_REL_TYPES as readonly string[]).includes(r.type)) {
      throw new Error(`Loader: a ${r.type} relationship (${r.from.id} → ${r.to.id}) carries sourceIds, but ${r.type} is not in FACT_REL_TYPES (src/ingest/bundle.ts): add it there, to cypher/api/source/facts.cypher and to the <type>_source_key indexes.`);
    }
    const bad = (Array.isArray(ids) ? ids : [ids]).find((id) => String(id).includes('|'));
    if (bad !== undefined) throw new Error(`Loader: source id ${JSON.stringify(bad)} (on ${r.type} ${r.from.id} → ${r.to.id}) contains '|', which sourceKey uses as its separator.`);
  }
}

export async function graphCounts(executor: Executor): Promise<Pick<SeedReport, 'nodes' | 'relationships' | 'nodesByLabel' | 'relsByType'>> {
  const nodesByLabel: Record<string, number> = {};
  const relsByType: Record<string, number> = {};
  let nodes = 0;
  let relationships = 0;
  for (const r of await executor.read('seed/counts')) {
    const [kind, name, count] = [r.get('kind') as string, r.get('name') as string, Number(r.get('count'))];
    if (kind === 'nodes') nodes = count;
    else if (kind === 'relationships') relationships = count;
    else (kind === 'node' ? nodesByLabel : relsByType)[name] = count;
  }
  return { nodes, relationships, nodesByLabel, relsByType };
}

/** Deletes everything (tests, `npm run seed -- --reset`). */
export async function wipe(executor: Executor): Promise<void> {
  await executor.write('seed/wipe');
}

/** A content checksum of the whole graph: labels, properties, relationships and their properties. */
export async function graphChecksum(executor: Executor): Promise<string> {
  const lines: string[] = [];
  for (const r of await executor.read('seed/checksum-nodes')) lines.push(`N ${stable([...(r.get('labels') as string[])].sort())} ${stable(r.get('props'))}`);
  for (const r of await executor.read('seed/checksum-rels')) lines.push(`R ${r.get('type')} ${r.get('from')} ${r.get('to')} ${stable(r.get('props'))}`);
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (neo4j.isDate(v as never) || neo4j.isDateTime(v as never)) return JSON.stringify(String(v));
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(',')}}`;
}
