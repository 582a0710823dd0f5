/**
 * The two generic per-request loaders: nodes by graph id, and edges (one type, one direction) around
 * nodes. What both ask for in one tick is one Cypher round trip, answered in key order as DataLoader
 * requires.
 */
import DataLoader from 'dataloader';
import type { Executor, QueryStats } from '../db/executor.js';
import { NODE_LABELS, primaryLabel, type NodeLabel, type RelType } from './labels.js';
import { projectedProps } from './projection.js';
import type { Plain } from './values.js';
import { observeBatch } from './batch-observer.js';
import { batch, readRows } from './rows.js';

export interface NodeRow {
  graphId: string;
  label: NodeLabel;
  labels: string[];
  props: Record<string, Plain>;
  /**
   * The properties `props` was read for, when the query projected them (src/graph/projection.ts): the
   * operation's projection of the node's type, which covers every field the operation reads of it.
   * Absent: every property (but the full-text input).
   */
  held?: readonly string[];
}

export interface EdgeRow {
  type: RelType;
  rel: Record<string, Plain>;
  other: NodeRow;
}

export type Direction = 'OUT' | 'IN';

export function edgeKey(graphId: string, type: RelType, dir: Direction): string {
  return JSON.stringify([graphId, type, dir]);
}

/**
 * The shared label every API node carries for lookups by id (docs/graph-model.md). It says nothing about
 * what the node is, so the API leaves it out of `labels`.
 */
export const SHARED_NODE_LABEL = 'Node';

/**
 * A node row from a typed row's columns. `props` is already plain (`readRows` converted it): it is kept,
 * not copied again — every node of every answer passes here.
 */
export function nodeRow(id: string, labels: readonly string[] | null, props: Record<string, Plain>, held?: readonly string[] | null): NodeRow | undefined {
  const ls = (labels ?? []).filter((l) => l !== SHARED_NODE_LABEL);
  const label = primaryLabel(ls);
  if (!label) return undefined; // bookkeeping nodes (SeedState) or test probes: not part of the API
  return held ? { graphId: String(id), label, labels: ls, props, held } : { graphId: String(id), label, labels: ls, props };
}

/** A row of cypher/api/node/by-ids.cypher: `props` the projection's values in order (a list), or the whole node (a map). */
interface ByIdsRow {
  id: string;
  labels: string[];
  props: Record<string, Plain> | Plain[];
}

/** Label → the properties the operation reads of such a node (`projectionsFor`); a label left out is read whole. */
export type NodeProjections = Record<string, string[]>;

/** A row of cypher/api/edges/by-node.cypher (k = -1: a node asked for by id, no relationship). */
interface ByNodeRow {
  k: number;
  type: RelType;
  rel: Record<string, Plain>;
  otherId: string;
  otherLabels: string[];
  other: Record<string, Plain>;
}

/** What the node and edge loaders hand to the shared batch: a node by id, or an edge key. */
type GraphKey = { kind: 'node'; id: string } | { kind: 'edges'; key: string };

/**
 * `node` and `edges` are the loaders resolvers use (each with its own per-request cache); their batch
 * functions hand their keys to one shared, uncached batch, so node ids and edge keys asked for at the same
 * level of a request (a designation's sources by id next to an observation's REPORTS) go to Neo4j in one
 * round trip: `api/edges/by-node` with both, or `api/node/by-ids` when only nodes are wanted.
 */
export function createGraphLoaders(executor: Executor, stats: QueryStats) {
  // Built after the shared batch, which primes it with the other ends of the edges it reads.
  let node: DataLoader<string, NodeRow | null>;
  // The operation's projection of each label, once a resolver that has the resolve info has given it
  // (`projectNodes`); until then, and for labels it leaves out, nodes by id are read whole.
  let ends: NodeProjections | null = null;

  const graph = new DataLoader<GraphKey, NodeRow | null | EdgeRow[]>(
    async (keys) => {
      const ids = [...new Set(keys.flatMap((k) => (k.kind === 'node' ? [k.id] : [])))];
      const edgeKeys = keys.flatMap((k) => (k.kind === 'edges' ? [k.key] : []));
      const byId = new Map<string, NodeRow>();
      const edgesByKey = new Map<string, EdgeRow[]>(edgeKeys.map((k) => [k, []]));
      if (ids.length) observeBatch('node', ids.length);
      if (edgeKeys.length === 0) {
        const projected = ends;
        const rows = await readRows<ByIdsRow>(executor, 'api/node/by-ids', { batch: { ids, ends: projected, labels: projected ? NODE_LABELS : null } }, { stats });
        for (const r of rows) {
          // The query projects a node by its primary label (the first of `labels` that is a model label), as nodeRow names it.
          const label = Array.isArray(r.props) ? primaryLabel(r.labels) : undefined;
          const held = label && projected ? (projected[label] ?? null) : null;
          const n = nodeRow(r.id, r.labels, projectedProps(r.props, held), held);
          if (n) byId.set(n.graphId, n);
        }
      } else {
        observeBatch('edges', edgeKeys.length);
        const params = edgeKeys.map((k, i) => {
          const [id, type, dir] = JSON.parse(k) as [string, RelType, Direction];
          return { k: i, id, type, dir };
        });
        const rows = await readRows<ByNodeRow>(executor, 'api/edges/by-node', batch({ ids, keys: params }), { stats });
        for (const r of rows) {
          const other = nodeRow(r.otherId, r.otherLabels, r.other);
          if (!other) continue;
          if (r.k < 0) {
            byId.set(other.graphId, other);
            continue;
          }
          edgesByKey.get(edgeKeys[r.k]!)!.push({ type: r.type, rel: r.rel, other });
          // Prime the node loader: the other end is already here, so resolving it costs no round trip.
          node.prime(other.graphId, other);
        }
      }
      return keys.map((k) => (k.kind === 'node' ? (byId.get(k.id) ?? null) : edgesByKey.get(k.key)!));
    },
    { name: 'graph', cache: false },
  );

  node = new DataLoader<string, NodeRow | null>((ids) => graph.loadMany(ids.map((id) => ({ kind: 'node', id }))) as Promise<(NodeRow | null | Error)[]>, { name: 'node' });

  const edges = new DataLoader<string, EdgeRow[]>((keys) => graph.loadMany(keys.map((key) => ({ kind: 'edges', key }))) as Promise<(EdgeRow[] | Error)[]>, { name: 'edges' });

  /**
   * Reads nodes by id with the operation's projection from now on (`nodeProjectionsFor`; the first call
   * wins, later ones give the same map). Every row the node loader holds then covers every field the
   * operation reads of its type, whichever resolver meets the node; without a call, nodes are read whole.
   */
  function projectNodes(projections: NodeProjections | null): void {
    ends ??= projections;
  }

  return { node, edges, projectNodes };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;

/**
 * A node some query returns once for all the rows that name it (a designation page's programmes and
 * sources), with, when the query brought them, its outgoing edges of one type (a programme's
 * ADMINISTERED_BY, in edges/by-node.cypher's order).
 */
export interface SharedNodeRow {
  node: { id: string; labels: string[]; props: Record<string, Plain> };
  /** The properties `node.props` was read for, when the query projected them (NodeRow's `held`). */
  held?: readonly string[] | null;
  /** `held`: as NodeRow's, for the other end. */
  edges: null | { type: RelType; edges: { rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain>; held?: readonly string[] | null }[] };
}

/**
 * Puts a shared node (and its edges, and their other ends) into the request's loaders, so the fields that
 * read them cost no round trip. An empty edge list is an answer (no such edge), so it is primed too.
 */
export function primeNodeRow(loaders: GraphLoaders, x: SharedNodeRow): void {
  const n = nodeRow(x.node.id, x.node.labels, x.node.props, x.held);
  if (!n) return;
  loaders.node.prime(n.graphId, n);
  if (!x.edges) return;
  const edges = x.edges.edges.flatMap((e): EdgeRow[] => {
    const other = nodeRow(e.otherId, e.otherLabels, e.other, e.held);
    return other ? [{ type: x.edges!.type, rel: e.rel, other }] : [];
  });
  loaders.edges.prime(edgeKey(n.graphId, x.edges.type, 'OUT'), edges);
  for (const e of edges) loaders.node.prime(e.other.graphId, e.other);
}
