import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { SourceRef } from '../graph/common.types.js';
import { Entity } from '../graph/node.interfaces.js';
import { related } from '../graph/related.js';
import { sourcesOfFactNode } from '../source/provenance.js';
import { Observation } from './observation.type.js';

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The place the indicator is about.' })
  async subject(@Root() o: Observation, @Ctx() ctx: Context): Promise<Entity | null> {
    return (await related<Entity>(ctx, o.graphId, 'OBSERVED_IN', 'OUT'))[0] ?? null;
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report the figure, with their sentences.' })
  sources(@Root() o: Observation, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(o.graphId, ctx);
  }
}
