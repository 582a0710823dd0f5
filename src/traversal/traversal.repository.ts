/** Graph-shaped answers (neighbourhood, paths, timeline): the queries, and their rows into GraphNode, GraphEdge and TimelineEntry. */
import { factProperties } from '../graph/provenance.js';
import { GraphEdge, GraphNode } from '../graph/common.types.js';
import { edgeKey, nodeRow, type EdgeRow, type NodeRow } from '../graph/graph.loaders.js';
import { heldFor, projectedProps } from '../graph/projection.js';
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
 * `props` holds every property of the relationship only when the query was asked for them
 * (`withProperties`, the selection has `properties`); otherwise only `key`, `sourceIds`, `evidence` and
 * `confidence`, all that `id` and `sources` read.
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

/**
 * What a GraphNode reads of a node (displayName's properties and nameEn): neighbourhood.cypher,
 * and paths.cypher return their values as a list, in this order.
 */
export const GRAPH_NODE_PROPERTIES: readonly string[] = ['name', 'title', 'nameEn', 'label', 'metric', 'value'];

export function nodeRows(raw: NodeOut[]): NodeRow[] {
  return raw.flatMap((n) => {
    const r = nodeRow(n.id, n.labels, projectedProps(n.props, GRAPH_NODE_PROPERTIES));
    return r ? [r] : [];
  });
}

/** How neighbourhood.cypher and paths.cypher return nodes and relationships. */
interface NodeOut {
  id: string;
  labels: string[];
  /** The values of GRAPH_NODE_PROPERTIES, in order (a map is kept as it is). */
  props: Record<string, Plain> | Plain[];
}
interface EdgeOut {
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
  /** `edges { properties }`: each relationship's every property (else only what `id` and `sources` read). */
  properties: boolean;
  /** With `sources`: label → the properties the operation reads of such a source (`projectionsFor`); absent or null: whole. */
  sourceEnds?: Record<string, string[]> | null;
}

export async function neighbourhood(ctx: Context, params: { id: string; depth: number; types: RelType[] | null; limit: number }, wants: NeighbourhoodWants = { nodes: true, edges: true, sources: false, properties: true }): Promise<Subgraph | null> {
  // Nodes, with or without edges: neighbourhood.cypher (`withEdges`); `truncated` alone: the query that stops
  // at the limit + 1-th node.
  const query = wants.edges || wants.nodes ? 'api/traversal/neighbourhood' : 'api/traversal/neighbourhood-truncated';
  // One row per node, then one per edge (see the queries; the truncated-only query gives one row with
  // neither), then with `withSources` one per source node and one per fact node's REPORTS; no row: no start node.
  const withSources = wants.edges && wants.sources;
  const ends = withSources ? (wants.sourceEnds ?? null) : null;
  const rows = await readRows<NeighbourhoodRow>(ctx.executor, query, { args: { id: params.id, types: params.types, ends }, depth: params.depth, limit: params.limit, withSources, withProperties: wants.edges && wants.properties, withEdges: wants.edges }, { stats: ctx.stats });
  if (rows.length === 0) return null;
  const nodes: NodeOut[] = [];
  const edges: EdgeOut[] = [];
  const sources = new SourceRows(ends);
  for (const r of rows) {
    if (r.type) edges.push({ type: r.type, from: r.from!, to: r.to!, props: r.rel ?? { key: r.key ?? null, sourceIds: r.sourceIds ?? null, evidence: r.evidence ?? null, confidence: r.confidence ?? null } });
    else if (r.source) sources.add({ source: { id: r.id!, labels: r.labels!, props: r.props! } });
    else if (r.id) nodes.push({ id: r.id, labels: r.labels!, props: r.props! });
    else if (r.reports) sources.add({ reports: r.reports });
  }
  if (withSources) sources.prime(ctx, edges.map((e) => e.props));
  return { ...subgraph(nodes, edges), truncated: Boolean(rows[0]!.truncated) };
}

/**
 * A row of the neighbourhood queries (flat: a node's and a relationship's parts are columns). A node row
 * has `id`, `labels` and `props`; a source row the same and `source`; a relationship row `type`, `from`,
 * `to`, `key`, `sourceIds`, `evidence`, `confidence` and, with `withProperties`, all of them in `rel`; a
 * REPORTS row `reports`. The truncated-only query's one row has none of these.
 */
interface NeighbourhoodRow {
  id?: string | null;
  labels?: string[] | null;
  /** A source row's: the values of the sources' projection, in order, when the query projected them. */
  props?: Record<string, Plain> | Plain[] | null;
  source?: boolean | null;
  type?: string | null;
  from?: string | null;
  to?: string | null;
  key?: Plain;
  sourceIds?: Plain;
  evidence?: Plain;
  confidence?: Plain;
  rel?: Record<string, Plain> | null;
  reports?: { of: string; edges: ReportOut[] } | null;
  truncated: boolean;
}

/** The rows that neighbourhood.cypher, paths.cypher and timeline.cypher add with `withSources`. */
interface SourceRowOut {
  /** `props`: the values of the sources' projection, in order, or the whole node but its texts (a map). */
  source?: { id: string; labels: string[]; props: Record<string, Plain> | Plain[] } | null;
  reports?: { of: string; edges: ReportOut[] } | null;
}
interface ReportOut {
  type: RelType;
  rel: Record<string, Plain>;
  otherId: string;
  otherLabels: string[];
}

/**
 * What `GraphEdge.sources` and `TimelineEntry.sources` read (src/graph/provenance.ts), from the traversal's
 * own query: the source nodes go into the node loader, and each fact node's REPORTS (the report's source by
 * id, sent once as a `source` row) into the edge loader under the key `sourcesOfFactNode` asks for. A
 * `sourceIds` entry that names no node is primed as missing, so no answer goes back to the database.
 */
class SourceRows {
  private readonly nodes = new Map<string, NodeRow>();
  private readonly reports: { of: string; edges: ReportOut[] }[] = [];

  /** `ends`: the projection the query read the source nodes with (`$args.ends`), or null (whole). */
  constructor(private readonly ends: Record<string, string[]> | null = null) {}

  add(r: SourceRowOut): void {
    if (r.source) {
      const held = heldFor(r.source.labels, this.ends);
      const n = nodeRow(r.source.id, r.source.labels, projectedProps(r.source.props, held), held);
      if (n) this.nodes.set(n.graphId, n);
    } else if (r.reports) this.reports.push(r.reports);
  }

  /** `rels`: the properties of every relationship whose `sourceIds` the query followed. */
  prime(ctx: Context, rels: (Record<string, Plain> | null)[]): void {
    for (const n of this.nodes.values()) ctx.loaders.node.prime(n.graphId, n);
    for (const rel of rels) {
      for (const id of strList(rel?.sourceIds)) if (!this.nodes.has(id)) ctx.loaders.node.prime(id, null);
    }
    for (const r of this.reports) {
      const edges = r.edges.flatMap((e): EdgeRow[] => {
        const other = this.nodes.get(e.otherId);
        return other ? [{ type: e.type, rel: e.rel, other }] : [];
      });
      ctx.loaders.edges.prime(edgeKey(r.of, 'REPORTS', 'IN'), edges);
    }
  }
}

/**
 * `sources`: `edges { sources }` is selected (what they are read from comes in the same query); `sourceEnds`:
 * then, label → the properties the operation reads of such a source (`projectionsFor`; absent or null: whole).
 */
export async function shortestPaths(ctx: Context, params: { from: string; to: string; maxHops: number; types: RelType[] | null; first: number }, wants: { sources: boolean; properties: boolean; sourceEnds?: Record<string, string[]> | null } = { sources: false, properties: true }): Promise<GraphPath[]> {
  const withSources = wants.sources;
  const ends = withSources ? (wants.sourceEnds ?? null) : null;
  // One row per path, then with `withSources` one per source node and one per fact node's REPORTS.
  const rows = await readRows<{ nodes: NodeOut[] | null; edges: EdgeOut[] | null } & SourceRowOut>(ctx.executor, 'api/traversal/paths', { args: { from: params.from, to: params.to, types: params.types, ends }, maxHops: params.maxHops, first: params.first, withSources, withProperties: wants.properties }, { stats: ctx.stats });
  const paths: GraphPath[] = [];
  const sources = new SourceRows(ends);
  const rels: (Record<string, Plain> | null)[] = [];
  for (const r of rows) {
    if (r.nodes && r.edges) {
      const g = subgraph(r.nodes, r.edges);
      paths.push({ length: g.edges.length, ...g });
      for (const e of r.edges) rels.push(e.props);
    } else sources.add(r);
  }
  if (withSources) sources.prime(ctx, rels);
  return paths;
}

/** A row of timeline.cypher: an entry, or (with `withSources`, after the entries) a source row. */
interface TimelineRow extends SourceRowOut {
  kind: TimelineKind | null;
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
 * With `withSources` (the selection asks for `sources`) the same query brings what the entries' sources
 * are read from, and the loaders are primed with it: one round trip instead of two; `sourceEnds` (label →
 * the properties the operation reads of such a source, `projectionsFor`; null: whole) projects those nodes.
 */
export async function timeline(ctx: Context, graphId: string, withSources = false, sourceEnds: Record<string, string[]> | null = null): Promise<TimelineEntry[]> {
  const ends = withSources ? sourceEnds : null;
  const rows = await readRows<TimelineRow>(ctx.executor, 'api/traversal/timeline', { args: { id: graphId, ends }, withSources }, { stats: ctx.stats });
  const entries: TimelineEntry[] = [];
  const sources = new SourceRows(ends);
  const rels: Record<string, Plain>[] = [];
  for (const r of rows) {
    if (!r.kind) {
      sources.add(r);
      continue;
    }
    if (r.rel) rels.push(r.rel);
    const title = r.kind === 'DESIGNATION' ? `${r.subjectName ?? ''} designated in ${r.objectName ?? ''}${r.rel?.batch ? ` (batch ${String(r.rel.batch)})` : ''}` : `${r.factName ?? ''}${r.subjectId ? ` — ${r.subjectName ?? ''}` : ''}`;
    entries.push(Object.assign(new TimelineEntry(), { kind: r.kind, year: num(r.year), date: str(r.date), title, rel: r.rel, subjectGraphId: r.subjectId, objectGraphId: r.objectId, factGraphId: r.factId }));
  }
  if (withSources) sources.prime(ctx, rels);
  return entries;
}
