/** Observations: the indicators of a place (batched across places) and the place an indicator is about. */
import type { Context } from '../context.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { primedNode } from '../graph/node-page.js';
import type { Entity } from '../graph/node.interfaces.js';
import { related } from '../graph/related.js';
import type { Observation } from './observation.type.js';

export async function observationsOf(ctx: Context, place: Entity, metric: string | null, period: string | null): Promise<Observation[]> {
  const rows = await ctx.loaders.observations.load({ subject: place.graphId, metric, period });
  return rows.map((r) => primedNode<Observation>(ctx, nodeRow(r.id, r.labels, r.props)!));
}

export async function subjectOf(ctx: Context, o: Observation): Promise<Entity | null> {
  return (await related<Entity>(ctx, o.graphId, 'OBSERVED_IN', 'OUT'))[0] ?? null;
}
