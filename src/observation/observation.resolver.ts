import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { SourceRef } from '../graph/common.types.js';
import { Entity } from '../graph/node.interfaces.js';
import { sourcesOfFactNode } from '../graph/provenance.js';
import { observationsOf, subjectOf } from './observation.repository.js';
import { Observation } from './observation.type.js';

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The place the indicator is about.' })
  subject(@Root() o: Observation, @Ctx() ctx: Context): Promise<Entity | null> {
    return subjectOf(ctx, o);
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report the figure, with their sentences.' })
  sources(@Root() o: Observation, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(o.graphId, ctx);
  }
}

@Resolver(() => City)
export class CityObservationsResolver {
  @FieldResolver(() => [Observation], { description: 'Indicators reported for the city; `metric` matches a key or a key prefix (patents).' })
  observations(@Root() c: City, @Ctx() ctx: Context, @Arg('metric', () => String, { nullable: true }) metric?: string | null, @Arg('period', () => String, { nullable: true }) period?: string | null, @Info() info?: GraphQLResolveInfo): Promise<Observation[]> {
    return observationsOf(ctx, c, metric ?? null, period ?? null, info);
  }
}
