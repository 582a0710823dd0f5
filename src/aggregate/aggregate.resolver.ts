import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';
import { boundedInt, graphIdOf, validYearRange } from '../graph/args.js';
import { nodeByGraphId } from '../graph/related.js';
import { num, strList } from '../graph/values.js';

@ObjectType({ description: 'How many cities of a province a programme designated in one year.' })
export class ProvinceMemberCount {
  @Field(() => Province)
  province!: Province;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [City])
  cities!: City[];
}

@ObjectType({ description: 'A city designated in several programmes.' })
export class MultiProgrammeCity {
  @Field(() => City)
  city!: City;

  @Field(() => Int, { description: 'Distinct programmes the city is designated in.' })
  programmeCount!: number;

  @Field(() => Int, { nullable: true, description: 'The year it first held `min` of them (designations count from their year on).' })
  since!: number | null;

  @Field(() => [Programme])
  programmes!: Programme[];
}

async function load<T>(ctx: Context, ids: string[]): Promise<T[]> {
  return (await Promise.all(ids.map((id) => nodeByGraphId(ctx, id)))).filter((x): x is NonNullable<typeof x> => x !== null) as T[];
}

@Resolver()
export class AggregateResolver {
  @Query(() => [ProvinceMemberCount], { description: 'Members of a programme per province and designation year (optionally one year).' })
  async programmeMembersByProvince(@Arg('programme', () => ID) programme: string, @Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<ProvinceMemberCount[]> {
    validYearRange(year, year);
    const rows = await ctx.executor.read('api/aggregate/members-by-province', { programme: graphIdOf(programme, 'Programme', 'programme'), year: year ?? null }, { stats: ctx.stats });
    // Prime every id in one batch before resolving them one by one.
    const ids = rows.flatMap((r) => [String(r.get('province')), ...strList(r.get('cityIds'))]);
    await ctx.loaders.node.loadMany(ids);
    return Promise.all(
      rows.map(async (r) => ({
        province: (await nodeByGraphId<Province>(ctx, String(r.get('province'))))!,
        year: num(r.get('year')),
        count: Number(r.get('count')),
        cities: await load<City>(ctx, strList(r.get('cityIds'))),
      })),
    );
  }

  @Query(() => [MultiProgrammeCity], { description: 'Cities designated in at least `min` (2..7) distinct programmes, most first.' })
  async citiesWithSeveralProgrammes(@Ctx() ctx: Context, @Arg('min', () => Int, { defaultValue: 2 }) min: number, @Arg('first', () => Int, { defaultValue: 50, description: '1..100' }) first: number): Promise<MultiProgrammeCity[]> {
    boundedInt(min, 'min', 2, 7);
    boundedInt(first, 'first', 1, 100);
    const rows = await ctx.executor.read('api/aggregate/multi-programme-cities', { min, limit: first }, { stats: ctx.stats });
    await ctx.loaders.node.loadMany(rows.flatMap((r) => [String(r.get('city')), ...strList(r.get('programmeIds'))]));
    return Promise.all(
      rows.map(async (r) => ({
        city: (await nodeByGraphId<City>(ctx, String(r.get('city'))))!,
        programmeCount: Number(r.get('programmeCount')),
        since: num(r.get('since')),
        programmes: await load<Programme>(ctx, strList(r.get('programmeIds'))),
      })),
    );
  }
}
