/** Observations: the indicators of a place (batched across places) and the place an indicator is about. */
import type { Context } from '../context.js';
import { edgeKey, nodeRow, type EdgeRow } from '../graph/graph.loaders.js';
import type { RelType } from '../graph/labels.js';
import type { NodeListRow } from '../graph/page-loader.js';
import type { Plain } from '../graph/values.js';
import { primedNode } from '../graph/node-page.js';
import type { Entity } from '../graph/node.interfaces.js';
import { related } from '../graph/related.js';
import type { Observation } from './observation.type.js';

/** A row of cypher/api/observation/by-subject.cypher: the observation and the REPORTS that source it. */
interface ObservationRow extends NodeListRow {
  reports: { type: RelType; rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain> }[];
}

export async function observationsOf(ctx: Context, place: Entity, metric: string | null, period: string | null): Promise<Observation[]> {
  const rows = (await ctx.loaders.observations.load({ subject: place.graphId, metric, period })) as ObservationRow[];
  return rows.map((r) => {
    // The query brought each observation's REPORTS: its sources (provenance.ts) read them from the edge
    // loader without another round trip.
    const reports = r.reports.flatMap((e): EdgeRow[] => {
      const other = nodeRow(e.otherId, e.otherLabels, e.other);
      return other ? [{ type: e.type, rel: e.rel, other }] : [];
    });
    ctx.loaders.edges.prime(edgeKey(r.id, 'REPORTS', 'IN'), reports);
    for (const e of reports) ctx.loaders.node.prime(e.other.graphId, e.other);
    return primedNode<Observation>(ctx, nodeRow(r.id, r.labels, r.props)!);
  });
}

export async function subjectOf(ctx: Context, o: Observation): Promise<Entity | null> {
  return (await related<Entity>(ctx, o.graphId, 'OBSERVED_IN', 'OUT'))[0] ?? null;
}
