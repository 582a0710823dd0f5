/** Graph-shaped answers (neighbourhood, paths, timeline): the queries, and their rows into GraphNode, GraphEdge and TimelineEntry. */
import { factProperties } from '../graph/provenance.js';
import { GraphEdge, GraphNode } from '../graph/common.types.js';
import { edgeKey, nodeRow, type EdgeRow, type NodeRow } from '../graph/graph.loaders.js';
import { toGlobalId } from '../graph/global-id.js';
import { displayName } from '../graph/materialize.js';
import { num, str, strList, type Plain } from '../graph/values.js';
import type { RelType } from '../graph/labels.js';
import type { Context } from '../context.js';
import { readRows } from '../graph/rows.js';
import { GraphPath, Subgraph } from '../graph/common.types.js';
import { TimelineEntry, type TimelineKind } from './traversal.type.js';

export function graphNode(row: NodeRow): GraphNode {
  return Object.assign(new GraphNode(), {
    id: toGlobalId(row.label, row.graphId),
    graphId: row.graphId,
    label: row.label,
    labels: row.labels,
    name: displayName(row),
    nameEn: str(row.props.nameEn),
  });
}

/**
 * Edges whose ends are both in `byGraphId` (anything else, e.g. bookkeeping nodes, is dropped). `id` and
 * `properties` are computed when read, once: a neighbourhood has a hundred edges or more, and most
 * selections ask for neither (a base64 id and a JSON text per edge were a measurable part of its CPU).
 */
export function graphEdges(raw: EdgeOut[], byGraphId: Map<string, NodeRow>): GraphEdge[] {
  return raw.flatMap((e) => {
    const from = byGraphId.get(String(e.from));
    const to = byGraphId.get(String(e.to));
    if (!from || !to) return [];
    const props = (e.props ?? {}) as Record<string, Plain>;
    const edge = Object.assign(new GraphEdge(), {
      type: e.type as RelType,
      source: toGlobalId(from.label, from.graphId),
      target: toGlobalId(to.label, to.graphId),
      sourceIds: strList(props.sourceIds),
      evidence: strList(props.evidence),
      confidence: str(props.confidence),
      toGraphId: to.graphId,
      toLabel: to.label,
    });
    lazyField(edge, 'id', () => Buffer.from(`${String(e.type)}|${from.graphId}|${str(props.key) ?? ''}|${to.graphId}`, 'utf8').toString('base64url'));
    lazyField(edge, 'properties', () => factProperties(props));
    return [edge];
  });
}

/** Makes `obj[key]` a value computed on first read (then kept), in place of the class field. */
function lazyField<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  let done = false;
  let value: T[K];
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

export function nodeRows(raw: NodeOut[]): NodeRow[] {
  return raw.flatMap((n) => {
    const r = nodeRow(n.id, n.labels, n.props);
    return r ? [r] : [];
  });
}

/** How neighbourhood.cypher and paths.cypher return nodes and relationships. */
interface NodeOut {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}
interface EdgeOut {
  elementId: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, Plain> | null;
}

/** A subgraph from its node and edge lists (edges whose ends are not both in it are dropped). */
function subgraph(nodesOut: NodeOut[], edgesOut: EdgeOut[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = nodeRows(nodesOut);
  const byId = new Map(nodes.map((n) => [n.graphId, n]));
  return { nodes: nodes.map(graphNode), edges: graphEdges(edgesOut, byId) };
}

/**
 * What a neighbourhood's selection asks for. Its work follows it: only `truncated` counts up to
 * limit + 1 nodes and returns none; nodes without edges skip the relationships among them.
 */
export interface NeighbourhoodWants {
  nodes: boolean;
  edges: boolean;
  /** `edges { sources }`: the sources come in the same query (neighbourhood.cypher's `withSources`). */
  sources: boolean;
}

export async function neighbourhood(ctx: Context, params: { id: string; depth: number; types: RelType[] | null; limit: number }, wants: NeighbourhoodWants = { nodes: true, edges: true, sources: false }): Promise<Subgraph | null> {
  const query = wants.edges ? 'api/traversal/neighbourhood' : wants.nodes ? 'api/traversal/neighbourhood-nodes' : 'api/traversal/neighbourhood-truncated';
  // One row per node, then one per edge (see the queries; the truncated-only query gives one row with
  // neither), then with `withSources` one per source node and one per fact node's REPORTS; no row: no start node.
  const rows = await readRows<NeighbourhoodRow>(ctx.executor, query, { args: { id: params.id, types: params.types }, depth: params.depth, limit: params.limit, withSources: wants.edges && wants.sources }, { stats: ctx.stats });
  if (rows.length === 0) return null;
  const nodes: NodeOut[] = [];
  const edges: EdgeOut[] = [];
  const sources = new Map<string, NodeRow>();
  const reports: { of: string; edges: ReportOut[] }[] = [];
  for (const r of rows) {
    if (r.node) nodes.push(r.node);
    else if (r.edge) edges.push(r.edge);
    else if (r.source) {
      const n = nodeRow(r.source.id, r.source.labels, r.source.props);
      if (n) sources.set(n.graphId, n);
    } else if (r.reports) reports.push(r.reports);
  }
  primeEdgeSources(ctx, sources, reports);
  return { ...subgraph(nodes, edges), truncated: Boolean(rows[0]!.truncated) };
}

/** A row of the neighbourhood queries. */
interface NeighbourhoodRow {
  node: NodeOut | null;
  edge: EdgeOut | null;
  truncated: boolean;
  /** neighbourhood.cypher with `withSources` only. */
  source?: NodeOut | null;
  reports?: { of: string; edges: ReportOut[] } | null;
}
interface ReportOut {
  type: RelType;
  rel: Record<string, Plain>;
  otherId: string;
  otherLabels: string[];
}

/**
 * What `GraphEdge.sources` reads (src/traversal/traversal.resolver.ts), from the neighbourhood's own
 * query: the source nodes into the node loader, and each fact node's REPORTS (the report's source by id,
 * sent once in `sources`) into the edge loader under the key `sourcesOfFactNode` asks for.
 */
function primeEdgeSources(ctx: Context, sources: Map<string, NodeRow>, reports: { of: string; edges: ReportOut[] }[]): void {
  for (const n of sources.values()) ctx.loaders.node.prime(n.graphId, n);
  for (const r of reports) {
    const edges = r.edges.flatMap((e): EdgeRow[] => {
      const other = sources.get(e.otherId);
      return other ? [{ type: e.type, rel: e.rel, other }] : [];
    });
    ctx.loaders.edges.prime(edgeKey(r.of, 'REPORTS', 'IN'), edges);
  }
}

export async function shortestPaths(ctx: Context, params: { from: string; to: string; maxHops: number; types: RelType[] | null; first: number }): Promise<GraphPath[]> {
  const rows = await readRows<{ nodes: NodeOut[]; edges: EdgeOut[] }>(ctx.executor, 'api/traversal/paths', { args: { from: params.from, to: params.to, types: params.types }, maxHops: params.maxHops, first: params.first }, { stats: ctx.stats });
  return rows.map((r) => {
    const g = subgraph(r.nodes, r.edges);
    return { length: g.edges.length, ...g };
  });
}

/** A row of timeline.cypher. */
interface TimelineRow {
  kind: TimelineKind;
  year: number | null;
  date: string | null;
  subjectId: string | null;
  subjectName: string | null;
  objectId: string | null;
  objectName: string | null;
  factId: string | null;
  factName: string | null;
  rel: Record<string, Plain> | null;
}

/**
 * The entries of a timeline, from one query in the heavy lane: the title is made of the names the query
 * returns, and `subject`, `object` and `fact` are looked up (one batch for all entries) only when a
 * selection asks for them (TimelineEntryResolver). Until 2026-11-22 every entry's three nodes were
 * loaded and turned into objects whatever was asked: a second query outside the lane and ~200 node
 * objects per programme timeline on the event loop, which slowed a cheap query beside four timelines 3×.
 */
export async function timeline(ctx: Context, graphId: string): Promise<TimelineEntry[]> {
  const rows = await readRows<TimelineRow>(ctx.executor, 'api/traversal/timeline', { args: { id: graphId } }, { stats: ctx.stats });
  return rows.map((r) => {
    const title = r.kind === 'DESIGNATION' ? `${r.subjectName ?? ''} designated in ${r.objectName ?? ''}${r.rel?.batch ? ` (batch ${String(r.rel.batch)})` : ''}` : `${r.factName ?? ''}${r.subjectId ? ` — ${r.subjectName ?? ''}` : ''}`;
    return Object.assign(new TimelineEntry(), { kind: r.kind, year: num(r.year), date: str(r.date), title, rel: r.rel, subjectGraphId: r.subjectId, objectGraphId: r.objectId, factGraphId: r.factId });
  });
}
