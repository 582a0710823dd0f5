/**
 * The two generic per-request loaders: nodes by graph id, and edges (one type, one direction) around
 * nodes. Each batch is one Cypher round trip, and answers in key order as DataLoader requires.
 */
import DataLoader from 'dataloader';
import type { Executor, QueryStats } from '../db/executor.js';
import { primaryLabel, type NodeLabel, type RelType } from './labels.js';
import { toPlain, type Plain } from './values.js';
import { observeBatch } from './batch-observer.js';
import { readRows } from './rows.js';

export interface NodeRow {
  graphId: string;
  label: NodeLabel;
  labels: string[];
  props: Record<string, Plain>;
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

export function nodeRow(id: unknown, labels: unknown, props: unknown): NodeRow | undefined {
  const ls = ((labels as string[]) ?? []).filter((l) => l !== SHARED_NODE_LABEL);
  const label = primaryLabel(ls);
  if (!label) return undefined; // bookkeeping nodes (SeedState) or test probes: not part of the API
  return { graphId: String(id), label, labels: ls, props: toPlain(props) as Record<string, Plain> };
}

/** A row of cypher/api/node/by-ids.cypher. */
interface ByIdsRow {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}

/** A row of cypher/api/edges/by-node.cypher. */
interface ByNodeRow {
  k: number;
  type: RelType;
  rel: Record<string, Plain>;
  otherId: string;
  otherLabels: string[];
  other: Record<string, Plain>;
}

export function createGraphLoaders(executor: Executor, stats: QueryStats) {
  const node = new DataLoader<string, NodeRow | null>(
    async (ids) => {
      observeBatch('node', ids.length);
      const rows = await readRows<ByIdsRow>(executor, 'api/node/by-ids', { ids: [...ids] }, { stats });
      const byId = new Map<string, NodeRow>();
      for (const r of rows) {
        const n = nodeRow(r.id, r.labels, r.props);
        if (n) byId.set(n.graphId, n);
      }
      return ids.map((id) => byId.get(id) ?? null);
    },
    { name: 'node' },
  );

  const edges = new DataLoader<string, EdgeRow[]>(
    async (keys) => {
      observeBatch('edges', keys.length);
      const params = keys.map((k, i) => {
        const [id, type, dir] = JSON.parse(k) as [string, RelType, Direction];
        return { k: i, id, type, dir };
      });
      const rows = await readRows<ByNodeRow>(executor, 'api/edges/by-node', { keys: params }, { stats });
      const out: EdgeRow[][] = keys.map(() => []);
      for (const r of rows) {
        const other = nodeRow(r.otherId, r.otherLabels, r.other);
        if (!other) continue;
        out[r.k]!.push({ type: r.type, rel: r.rel, other });
        // Prime the node loader: the other end is already here, so resolving it costs no round trip.
        node.prime(other.graphId, other);
      }
      return out;
    },
    { name: 'edges' },
  );

  return { node, edges };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;
