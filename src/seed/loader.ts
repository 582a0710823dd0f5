/**
 * The seed loader: validates all data (buildGraph) before writing anything, applies the schema, then
 * writes in batches (UNWIND + MERGE, one transaction per batch). Idempotent: a second run leaves every
 * node, relationship and property identical; a run that stopped part-way is repaired by the next one
 * (SeedState.complete stays false until the end, and `npm start` re-seeds when it is not true).
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { applySchema } from '../db/schema.js';
import { buildGraph } from '../ingest/build.js';
import { DATE_PROPS, NODE_LABELS, REL_TYPES, SOURCE_LABELS, type GraphBundle, type GraphNode, type GraphRel, type NodeLabel, type PendingArticle, type PropValue, type RelType, type UnresolvedRow } from '../ingest/bundle.js';

/** Labels whose nodes get a `searchText` (all name forms) for the full-text index. */
const SEARCHABLE: readonly NodeLabel[] = ['Province', 'City', 'Agency', 'Programme', 'Organisation', 'Person', 'Event'];

export interface SeedReport {
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
  /** Use this bundle instead of building one from `seeds/` (tests). */
  bundle?: GraphBundle;
  /** Called after every batch written, with the running counts (start-up progress lines). */
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  nodes: { done: number; total: number };
  relationships: { done: number; total: number };
  batches: number;
}

/** Fills placeholders from the fixed label/type lists only; anything else is a programming error. */
export function instantiate(template: string, slots: Record<string, string>): string {
  let text = template;
  for (const [slot, value] of Object.entries(slots)) {
    if (!(NODE_LABELS as readonly string[]).includes(value) && !(REL_TYPES as readonly string[]).includes(value)) {
      throw new Error(`Refusing to put ${JSON.stringify(value)} into Cypher: not a known label or relationship type.`);
    }
    text = text.replaceAll(`__${slot}__`, value);
  }
  if (/__[A-Z]+__/.test(text)) throw new Error('A Cypher template placeholder was left unfilled.');
  return text;
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

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const relKey = (r: GraphRel) => r.key ?? '';

/**
 * How the loader writes the graph; raise it when that changes (version 2 added the shared :Node label),
 * so a database seeded the old way is re-seeded by the next `npm start`.
 */
export const LOADER_VERSION = 2;

/** A stable hash of the data files' content and the loader version, stored with the seed so a change re-seeds. */
export function bundleHash(bundle: GraphBundle): string {
  return createHash('sha256').update(JSON.stringify({ v: LOADER_VERSION, n: bundle.nodes, r: bundle.rels })).digest('hex').slice(0, 16);
}

export async function isSeeded(executor: Executor): Promise<{ complete: boolean; dataHash: string | null }> {
  const rows = await executor.read('seed/state-get');
  return { complete: rows[0]?.get('complete') === true, dataHash: (rows[0]?.get('dataHash') as string | null) ?? null };
}

export async function seed(executor: Executor, opts: SeedOptions = {}): Promise<SeedReport> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 500;
  // Validation first: an invalid data file throws here, before anything is written.
  const bundle = opts.bundle ?? (await buildGraph());
  const hash = bundleHash(bundle);
  await applySchema(executor);
  await executor.write('seed/state-set', { complete: false, dataHash: hash });
  let batches = 0;
  const progress: SeedProgress = { nodes: { done: 0, total: bundle.nodes.length }, relationships: { done: 0, total: bundle.rels.length }, batches: 0 };
  const report = (field: 'nodes' | 'relationships', n: number) => {
    progress[field].done += n;
    progress.batches = batches;
    opts.onProgress?.(progress);
  };

  const byLabel = new Map<NodeLabel, GraphNode[]>();
  for (const n of bundle.nodes) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n]);
  const mergeNodes = executor.registry.get('seed/merge-nodes').text;
  for (const [label, nodes] of byLabel) {
    const text = instantiate(mergeNodes, { LABEL: label });
    for (const batch of chunks(nodes, batchSize)) {
      const rows = batch.map((n) => ({ id: n.id, props: toNeo4j(n.props, SEARCHABLE.includes(label) ? { searchText: searchText(n) } : {}) }));
      await executor.runText(`seed/merge-nodes:${label}`, text, { rows }, 'WRITE');
      batches++;
      report('nodes', rows.length);
    }
    if ((SOURCE_LABELS as readonly string[]).includes(label)) {
      await executor.runText(`seed/add-source-label:${label}`, instantiate(executor.registry.get('seed/add-source-label').text, { LABEL: label }), { ids: nodes.map((n) => n.id) }, 'WRITE');
    }
  }

  const groups = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rels: GraphRel[] }>();
  for (const r of bundle.rels) {
    const k = `${r.type}|${r.from.label}|${r.to.label}`;
    const g = groups.get(k) ?? { type: r.type, from: r.from.label, to: r.to.label, rels: [] };
    g.rels.push(r);
    groups.set(k, g);
  }
  const mergeRels = executor.registry.get('seed/merge-rels').text;
  for (const g of groups.values()) {
    const text = instantiate(mergeRels, { TYPE: g.type, FROM: g.from, TO: g.to });
    for (const batch of chunks(g.rels, batchSize)) {
      const rows = batch.map((r) => ({ fromId: r.from.id, toId: r.to.id, key: relKey(r), props: toNeo4j(r.props) }));
      const res = await executor.runText(`seed/merge-rels:${g.type}`, text, { rows }, 'WRITE');
      const written = Number(res[0]?.get('written') ?? 0);
      if (written !== rows.length) {
        throw new Error(`Loader: ${rows.length - written} ${g.type} relationships (${g.from}→${g.to}) point at nodes that do not exist.`);
      }
      batches++;
      report('relationships', rows.length);
    }
  }

  // Prune what the data no longer has, so the graph equals the data files.
  for (const label of NODE_LABELS) {
    const keep = (byLabel.get(label) ?? []).map((n) => n.id);
    await executor.runText(`seed/prune-nodes:${label}`, instantiate(executor.registry.get('seed/prune-nodes').text, { LABEL: label }), { keep }, 'WRITE');
  }
  for (const type of REL_TYPES) {
    const keep = bundle.rels.filter((r) => r.type === type).map((r) => `${r.from.id}|${relKey(r)}|${r.to.id}`);
    await executor.runText(`seed/prune-rels:${type}`, instantiate(executor.registry.get('seed/prune-rels').text, { TYPE: type }), { keep }, 'WRITE');
  }

  await executor.write('seed/state-set', { complete: true, dataHash: hash });
  const counts = await graphCounts(executor);
  return { ...counts, unresolved: bundle.unresolved, pending: bundle.pending, batches, ms: Date.now() - t0 };
}

export async function graphCounts(executor: Executor): Promise<Pick<SeedReport, 'nodesByLabel' | 'relsByType'>> {
  const nodesByLabel: Record<string, number> = {};
  const relsByType: Record<string, number> = {};
  for (const r of await executor.read('seed/counts')) {
    (r.get('kind') === 'node' ? nodesByLabel : relsByType)[r.get('name') as string] = Number(r.get('count'));
  }
  return { nodesByLabel, relsByType };
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
