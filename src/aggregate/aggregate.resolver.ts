import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { boundedInt, graphIdOf, validYearRange } from '../graph/args.js';
import { citiesWithSeveralProgrammes, membersByProvince } from './aggregate.repository.js';
import { MultiProgrammeCity, ProvinceMemberCount } from './aggregate.type.js';

@Resolver()
export class AggregateResolver {
  @Query(() => [ProvinceMemberCount], { description: 'Members of a programme per province and designation year (optionally one year).' })
  async programmeMembersByProvince(@Arg('programme', () => ID) programme: string, @Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<ProvinceMemberCount[]> {
    validYearRange(year, year);
    return membersByProvince(ctx, graphIdOf(programme, 'Programme', 'programme'), year ?? null);
  }

  @Query(() => [MultiProgrammeCity], { description: 'Cities designated in at least `min` (2..7) distinct programmes, most first.' })
  async citiesWithSeveralProgrammes(@Ctx() ctx: Context, @Arg('min', () => Int, { defaultValue: 2 }) min: number, @Arg('first', () => Int, { defaultValue: 50, description: '1..100' }) first: number): Promise<MultiProgrammeCity[]> {
    boundedInt(min, 'min', 2, 7);
    boundedInt(first, 'first', 1, 100);
    return citiesWithSeveralProgrammes(ctx, min, first);
  }
}
