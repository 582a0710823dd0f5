/** Graph-shaped answers (neighbourhood, paths): rows from Neo4j into GraphNode and GraphEdge. */
import { GraphEdge, GraphNode } from '../graph/common.types.js';
import { nodeRow, type NodeRow } from '../graph/graph.loaders.js';
import { toGlobalId } from '../graph/global-id.js';
import { displayName } from '../graph/materialize.js';
import { str, strList, toPlain, type Plain } from '../graph/values.js';
import type { RelType } from '../graph/labels.js';

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

const HIDDEN = new Set(['sourceIds', 'evidence', 'confidence', 'key', 'extractionMethods', 'extractionConfidence', 'extractionReviewed']);

/** Edges whose ends are both in `byGraphId` (anything else, e.g. bookkeeping nodes, is dropped). */
export function graphEdges(raw: unknown, byGraphId: Map<string, NodeRow>): GraphEdge[] {
  return (toPlain(raw) as Record<string, Plain>[]).flatMap((e) => {
    const from = byGraphId.get(String(e.from));
    const to = byGraphId.get(String(e.to));
    if (!from || !to) return [];
    const props = (e.props ?? {}) as Record<string, Plain>;
    const visible = Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN.has(k)));
    return [
      Object.assign(new GraphEdge(), {
        id: Buffer.from(`${String(e.type)}|${from.graphId}|${str(props.key) ?? ''}|${to.graphId}`, 'utf8').toString('base64url'),
        type: e.type as RelType,
        source: toGlobalId(from.label, from.graphId),
        target: toGlobalId(to.label, to.graphId),
        properties: Object.keys(visible).length ? JSON.stringify(visible) : null,
        sourceIds: strList(props.sourceIds),
        evidence: strList(props.evidence),
        confidence: str(props.confidence),
        toGraphId: to.graphId,
        toLabel: to.label,
      }),
    ];
  });
}

export function nodeRows(raw: unknown): NodeRow[] {
  return (toPlain(raw) as Record<string, Plain>[]).flatMap((n) => {
    const r = nodeRow(n.id, n.labels, n.props);
    return r ? [r] : [];
  });
}
