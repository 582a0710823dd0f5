import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { tryFromGlobalId } from '../graph/global-id.js';
import { expectKind } from '../graph/typed-id.js';
import { PageArgs, pageRequest } from '../graph/pagination.js';
import { ProvinceConnection } from './province.connection.js';
import { provinceById, provincePage } from './province.repository.js';
import { Province } from './province.type.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Provincial-level divisions, ordered by adcode.' })
  provinces(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return provincePage(ctx, pageRequest(args), info);
  }

  @Query(() => Province, { nullable: true, description: 'A province by id; null when there is none.' })
  async province(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Province | null> {
    const d = tryFromGlobalId(id);
    if (!d) return null;
    expectKind(d, 'Province', id);
    return provinceById(ctx, d.graphId);
  }
}
