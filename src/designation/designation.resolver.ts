import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { optionalGraphId, validYearRange } from '../graph/args.js';
import { selects } from '../graph/lookahead.js';
import { SourceRef } from '../graph/common.types.js';
import { MAX_PAGE, pageRequest } from '../graph/pagination.js';
import { sourcesOfRelationship } from '../graph/provenance.js';
import { Programme } from '../programme/programme.type.js';
import { DesignationsArgs, MembersArgs } from './designation.args.js';
import { DesignationConnection } from './designation.connection.js';
import { designationPage } from './designation.repository.js';
import { Designation } from './designation.type.js';

@Resolver(() => Designation)
export class DesignationResolver {
  @FieldResolver(() => City)
  city(@Root() d: Designation): City {
    return d.city;
  }

  @FieldResolver(() => Programme)
  programme(@Root() d: Designation): Programme {
    return d.programme;
  }

  @FieldResolver(() => [SourceRef], { description: 'Every source that states this designation, with its sentence.' })
  sources(@Root() d: Designation, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(d.rel, ctx);
  }

  @Query(() => DesignationConnection, { description: 'Designations across the graph, by programme, province and year range.' })
  designations(@Args(() => DesignationsArgs) args: DesignationsArgs, @Ctx() ctx: Context, @Info() info?: GraphQLResolveInfo) {
    validYearRange(args.yearFrom, args.yearTo);
    const filter = { programme: optionalGraphId(args.programme, 'Programme', 'programme'), province: optionalGraphId(args.province, 'Province', 'province'), yearFrom: args.yearFrom, yearTo: args.yearTo };
    return designationPage(ctx, filter, pageRequest(args), {}, info);
  }
}

@Resolver(() => City)
export class CityDesignationsResolver {
  @FieldResolver(() => [Designation], { description: `Programmes the city is designated in, oldest first, each with its sources (at most ${MAX_PAGE}).` })
  async designations(
    @Root() c: City,
    @Ctx() ctx: Context,
    @Arg('programme', () => ID, { nullable: true }) programme?: string | null,
    @Arg('yearFrom', () => Int, { nullable: true }) yearFrom?: number | null,
    @Arg('yearTo', () => Int, { nullable: true }) yearTo?: number | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Designation[]> {
    validYearRange(yearFrom, yearTo);
    // Lookahead: what the children will ask for comes in this query (src/graph/lookahead.ts).
    const withAgencies = info ? selects(info, ['programme', 'administeredBy']) : false;
    const withSources = info ? selects(info, ['sources']) : false;
    const filter = { city: c.graphId, programme: optionalGraphId(programme, 'Programme', 'programme'), yearFrom, yearTo, withAgencies, withSources };
    const page = await designationPage(ctx, filter, pageRequest({ first: MAX_PAGE }), { city: c }, info);
    return page.edges.map((e) => e.node);
  }
}

@Resolver(() => Programme)
export class ProgrammeMembersResolver {
  @FieldResolver(() => DesignationConnection, { description: 'Designations in this programme: which city, when, on whose word. Filter by province and year.' })
  members(@Root() p: Programme, @Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: Context, @Info() info?: GraphQLResolveInfo) {
    const yearFrom = args.year ?? args.yearFrom ?? null;
    const yearTo = args.year ?? args.yearTo ?? null;
    validYearRange(yearFrom, yearTo);
    return designationPage(ctx, { programme: p.graphId, province: optionalGraphId(args.province, 'Province', 'province'), yearFrom, yearTo }, pageRequest(args), { programme: p }, info);
  }
}
