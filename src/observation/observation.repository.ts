/** Observations: the indicators of a place (batched across places) and the place an indicator is about. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { edgeKey, nodeRow, type EdgeRow } from '../graph/graph.loaders.js';
import type { RelType } from '../graph/labels.js';
import type { NodeListRow } from '../graph/page-loader.js';
import type { Plain } from '../graph/values.js';
import { primedNode, projectedPageFilter } from '../graph/node-page.js';
import { projectedProps, projectionFor } from '../graph/projection.js';
import type { Entity } from '../graph/node.interfaces.js';
import { related } from '../graph/related.js';
import type { Observation } from './observation.type.js';

/** A row of cypher/api/observation/by-subject.cypher: the observation and the REPORTS that source it. */
interface ObservationRow extends NodeListRow {
  /** `held`: what `other` holds when it was projected (a city by id's sources), as NodeRow's. */
  reports: { type: RelType; rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain>; held?: readonly string[] | null }[];
}

/**
 * `info`: the field's resolve info, whose operation's projection of Observation (`props`) the rows are read
 * with; the loader's key holds it (`projectedPageFilter`), so rows read for fewer properties never answer a
 * key that wants more. A city by id primes the same key (src/city/city.repository.ts).
 */
export async function observationsOf(ctx: Context, place: Entity, metric: string | null, period: string | null, info?: GraphQLResolveInfo): Promise<Observation[]> {
  const props = info ? projectionFor(info, 'Observation') : null;
  const rows = (await ctx.loaders.observations.load(projectedPageFilter({ subject: place.graphId, metric, period }, null, props))) as ObservationRow[];
  return rows.map((r) => {
    // The query brought each observation's REPORTS: its sources (provenance.ts) read them from the edge
    // loader without another round trip.
    const reports = r.reports.flatMap((e): EdgeRow[] => {
      const other = nodeRow(e.otherId, e.otherLabels, e.other, e.held);
      return other ? [{ type: e.type, rel: e.rel, other }] : [];
    });
    ctx.loaders.edges.prime(edgeKey(r.id, 'REPORTS', 'IN'), reports);
    for (const e of reports) ctx.loaders.node.prime(e.other.graphId, e.other);
    return primedNode<Observation>(ctx, nodeRow(r.id, r.labels, projectedProps(r.props, props), props)!);
  });
}

export async function subjectOf(ctx: Context, o: Observation): Promise<Entity | null> {
  return (await related<Entity>(ctx, o.graphId, 'OBSERVED_IN', 'OUT'))[0] ?? null;
}
