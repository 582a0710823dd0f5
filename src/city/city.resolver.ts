import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { optionalGraphId, validYearRange } from '../graph/args.js';
import { tryFromGlobalId } from '../graph/global-id.js';
import { expectKind } from '../graph/typed-id.js';
import { pageRequest } from '../graph/pagination.js';
import { Province } from '../province/province.type.js';
import { CitiesArgs, ProvinceCitiesArgs } from './city.args.js';
import { CityConnection } from './city.connection.js';
import { cityById, cityPage, parentOf, provinceCityFilter, provinceOf, subdivisionsOf } from './city.repository.js';
// Province.cities is defined here: the reader that brings a provinces page with its cities' subtree in one
// query registers itself with the province repository when this module loads.
import './province-tree.js';
import { City } from './city.type.js';

@Resolver(() => City)
export class CityResolver {
  @Query(() => CityConnection, { description: 'Cities by province, programme, designation year and level; ordered by adcode.' })
  cities(@Args(() => CitiesArgs) args: CitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    validYearRange(args.year, args.year);
    const filter = { province: optionalGraphId(args.province, 'Province', 'province'), programme: optionalGraphId(args.programme, 'Programme', 'programme'), year: args.year ?? null, level: args.level ?? null };
    return cityPage(ctx, filter, pageRequest(args), info);
  }

  @Query(() => City, { nullable: true, description: 'A city by id; null when there is none.' })
  async city(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<City | null> {
    const d = tryFromGlobalId(id);
    if (!d) return null;
    expectKind(d, 'City', id);
    return cityById(ctx, d.graphId, info);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province, directly or through the prefecture.' })
  province(@Root() c: City, @Ctx() ctx: Context): Promise<Province | null> {
    return provinceOf(ctx, c);
  }

  @FieldResolver(() => City, { nullable: true, description: 'For a district or county-level unit: its prefecture-level city.' })
  parent(@Root() c: City, @Ctx() ctx: Context): Promise<City | null> {
    return parentOf(ctx, c);
  }

  @FieldResolver(() => [City], { description: 'Districts and county-level units the graph has under this city.' })
  subdivisions(@Root() c: City, @Ctx() ctx: Context): Promise<City[]> {
    return subdivisionsOf(ctx, c);
  }
}

/** Province.cities: the city side owns the link, so province/ never imports city/. */
@Resolver(() => Province)
export class ProvinceCitiesResolver {
  @FieldResolver(() => CityConnection, { description: 'Cities of the province (prefectures and their districts and county-level units).' })
  cities(@Root() p: Province, @Args(() => ProvinceCitiesArgs) args: ProvinceCitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return cityPage(ctx, provinceCityFilter(p.graphId, { programme: optionalGraphId(args.programme, 'Programme', 'programme'), year: args.year, level: args.level }), pageRequest(args), info);
  }
}
