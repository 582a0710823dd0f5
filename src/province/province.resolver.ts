import { nodePage } from '../graph/node-page.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { CityConnection, cityPage } from '../city/city.service.js';
import { Connection, PageArgs, pageRequest } from '../graph/pagination.js';
import { related, nodeByGraphId } from '../graph/related.js';
import { optionalGraphId } from '../graph/args.js';
import { tryFromGlobalId } from '../graph/global-id.js';
import { expectKind } from '../graph/typed-id.js';
import { toPlain, type Plain } from '../graph/values.js';
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
  async provinces(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const p = pageRequest(args);
    const rows = await ctx.executor.read('api/province/provinces-page', { first: p.first, last: p.last, after: p.after, before: p.before }, { stats: ctx.stats });
    const r = rows[0]!;
    return nodePage<Province>(ctx, p, { total: Number(r.get('total')), page: toPlain(r.get('page')) as Record<string, Plain>[] });
  }

  @Query(() => Province, { nullable: true, description: 'A province by id; null when there is none.' })
  async province(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Province | null> {
    const d = tryFromGlobalId(id);
    if (!d) return null;
    expectKind(d, 'Province', id);
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
