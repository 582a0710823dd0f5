import { loadNodePage } from '../graph/node-page.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { CityConnection, cityPage } from '../city/city.service.js';
import { Connection, PageArgs, pageRequest } from '../graph/pagination.js';
import { related, nodeByGraphId } from '../graph/related.js';
import { optionalGraphId } from '../graph/args.js';
import { tryFromGlobalId } from '../graph/global-id.js';
import { Province } from './province.type.js';

export const ProvinceConnection = Connection('Province', () => Province);

@ArgsType()
export class ProvinceCitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cities designated in this programme.' })
  programme?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cities designated in this year (with `programme`: in that programme that year).' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this level: prefecture, district, county-level-city, ...' })
  level?: string | null;
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Provincial-level divisions, ordered by adcode.' })
  provinces(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return loadNodePage<Province>(ctx, { page: 'api/province/provinces-page', count: 'api/province/provinces-count' }, {}, pageRequest(args));
  }

  @Query(() => Province, { nullable: true, description: 'A province by id; null when there is none.' })
  async province(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Province | null> {
    const d = tryFromGlobalId(id);
    if (!d || d.label !== 'Province') return null;
    return nodeByGraphId<Province>(ctx, d.graphId);
  }

  @FieldResolver(() => CityConnection, { description: 'Cities of the province (prefectures and their districts and county-level units).' })
  cities(@Root() p: Province, @Args(() => ProvinceCitiesArgs) args: ProvinceCitiesArgs, @Ctx() ctx: Context) {
    return cityPage({ province: p.graphId, programme: optionalGraphId(args.programme, 'Programme', 'programme'), year: args.year ?? null, level: args.level ?? null }, pageRequest(args), ctx);
  }

  @FieldResolver(() => [Agency], { description: 'Provincial agencies with jurisdiction over it.' })
  agencies(@Root() p: Province, @Ctx() ctx: Context): Promise<Agency[]> {
    return related<Agency>(ctx, p.graphId, 'JURISDICTION_OVER', 'IN', ['Agency']);
  }
}
