import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { optionalGraphId, validYearRange } from '../graph/args.js';
import { selects, selectsOnly } from '../graph/lookahead.js';
import { SourceRef } from '../graph/common.types.js';
import { MAX_PAGE, pageRequest } from '../graph/pagination.js';
import { sourcesOfRelationship } from '../graph/provenance.js';
import { Programme } from '../programme/programme.type.js';
import { DesignationsArgs, MembersArgs } from './designation.args.js';
import { DesignationConnection } from './designation.connection.js';
import { designationPage } from './designation.repository.js';
import { Designation } from './designation.type.js';

/**
 * A designation's fields that the page queries can answer from five of the relationship's properties
 * (`year`, `batch`, `role`, `term`, `confidence`) and the ends they return anyway. When a page's
 * selection asks for nothing else, its rows carry only those properties (`lean`): no `evidence`,
 * `sourceIds` or roster bookkeeping, about four fifths of a row's bytes. Any other field (sources,
 * round, a field added later) gets the whole relationship, as before.
 */
const LEAN_FIELDS: ReadonlySet<string> = new Set(['__typename', 'year', 'batch', 'role', 'term', 'confidence', 'city', 'programme']);

/** Whether a designation connection's selection needs only LEAN_FIELDS of each designation. */
function leanRows(info: GraphQLResolveInfo | undefined): boolean {
  return info ? selectsOnly(info, ['edges', 'node'], LEAN_FIELDS) : false;
}

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
    const filter = { programme: optionalGraphId(args.programme, 'Programme', 'programme'), province: optionalGraphId(args.province, 'Province', 'province'), yearFrom: args.yearFrom, yearTo: args.yearTo, lean: leanRows(info) };
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
    const page = await designationPage(ctx, filter, pageRequest({ first: MAX_PAGE }), { city: c });
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
    return designationPage(ctx, { programme: p.graphId, province: optionalGraphId(args.province, 'Province', 'province'), yearFrom, yearTo, lean: leanRows(info) }, pageRequest(args), { programme: p }, info);
  }
}
