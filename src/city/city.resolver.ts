import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { primedNode } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { Event } from '../actor/actor.type.js';
import { AssessmentEventConnection, assessmentPage } from '../assessment/assessment.service.js';
import { AssessmentFilterArgs } from '../assessment/assessment.resolver.js';
import { Designation } from '../designation/designation.type.js';
import { designationPage } from '../designation/designation.service.js';
import { Observation } from '../observation/observation.type.js';
import { Province } from '../province/province.type.js';
import { optionalGraphId, validDate, validYearRange } from '../graph/args.js';
import { tryFromGlobalId } from '../graph/global-id.js';
import { expectKind } from '../graph/typed-id.js';
import { materialize } from '../graph/materialize.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { MAX_PAGE, PageArgs, pageRequest } from '../graph/pagination.js';
import { edgesOf, nodeByGraphId, related } from '../graph/related.js';
import { City } from './city.type.js';
import { CityConnection, cityPage } from './city.service.js';

@ArgsType()
export class CitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cities in this province.' })
  province?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cities designated in this programme.' })
  programme?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cities designated in this year.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'prefecture, municipality, district, county, county-level-city, autonomous-prefecture.' })
  level?: string | null;
}

@Resolver(() => City)
export class CityResolver {
  @Query(() => CityConnection, { description: 'Cities by province, programme, designation year and level; ordered by adcode.' })
  cities(@Args(() => CitiesArgs) args: CitiesArgs, @Ctx() ctx: Context) {
    validYearRange(args.year, args.year);
    return cityPage(
      { province: optionalGraphId(args.province, 'Province', 'province'), programme: optionalGraphId(args.programme, 'Programme', 'programme'), year: args.year ?? null, level: args.level ?? null },
      pageRequest(args),
      ctx,
    );
  }

  @Query(() => City, { nullable: true, description: 'A city by id; null when there is none.' })
  async city(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<City | null> {
    const d = tryFromGlobalId(id);
    if (!d) return null;
    expectKind(d, 'City', id);
    return nodeByGraphId<City>(ctx, d.graphId);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province, directly or through the prefecture.' })
  async province(@Root() c: City, @Ctx() ctx: Context): Promise<Province | null> {
    const up = await edgesOf(ctx, c.graphId, 'LOCATED_IN', 'OUT');
    const direct = up.find((e) => e.other.label === 'Province');
    if (direct) return materialize(direct.other) as Province;
    const parent = up.find((e) => e.other.label === 'City');
    if (!parent) return null;
    const up2 = await edgesOf(ctx, parent.other.graphId, 'LOCATED_IN', 'OUT');
    const p = up2.find((e) => e.other.label === 'Province');
    return p ? (materialize(p.other) as Province) : null;
  }

  @FieldResolver(() => City, { nullable: true, description: 'For a district or county-level unit: its prefecture-level city.' })
  async parent(@Root() c: City, @Ctx() ctx: Context): Promise<City | null> {
    return (await related<City>(ctx, c.graphId, 'LOCATED_IN', 'OUT', ['City']))[0] ?? null;
  }

  @FieldResolver(() => [City], { description: 'Districts and county-level units the graph has under this city.' })
  subdivisions(@Root() c: City, @Ctx() ctx: Context): Promise<City[]> {
    return related<City>(ctx, c.graphId, 'LOCATED_IN', 'IN', ['City']);
  }

  @FieldResolver(() => [Designation], { description: `Programmes the city is designated in, oldest first, each with its sources (at most ${MAX_PAGE}).` })
  async designations(
    @Root() c: City,
    @Ctx() ctx: Context,
    @Arg('programme', () => ID, { nullable: true }) programme?: string | null,
    @Arg('yearFrom', () => Int, { nullable: true }) yearFrom?: number | null,
    @Arg('yearTo', () => Int, { nullable: true }) yearTo?: number | null,
  ): Promise<Designation[]> {
    validYearRange(yearFrom, yearTo);
    const page = await designationPage({ city: c.graphId, programme: optionalGraphId(programme, 'Programme', 'programme'), yearFrom, yearTo }, pageRequest({ first: MAX_PAGE }), ctx);
    return page.edges.map((e) => e.node);
  }

  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments of the city, by date range, agency and kind.' })
  assessments(@Root() c: City, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context, @Arg('agency', () => ID, { nullable: true }) agency?: string | null) {
    return assessmentPage({ city: c.graphId, agency: optionalGraphId(agency, 'Agency', 'agency'), kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') }, pageRequest(args), ctx);
  }

  @FieldResolver(() => [Observation], { description: 'Indicators reported for the city; `metric` matches a key or a key prefix (patents).' })
  async observations(@Root() c: City, @Ctx() ctx: Context, @Arg('metric', () => String, { nullable: true }) metric?: string | null, @Arg('period', () => String, { nullable: true }) period?: string | null): Promise<Observation[]> {
    const rows = await ctx.loaders.observations.load({ subject: c.graphId, metric: metric ?? null, period: period ?? null });
    return rows.map((r) => primedNode<Observation>(ctx, nodeRow(r.id, r.labels, r.props)!));
  }

  @FieldResolver(() => [Agency], { description: 'Municipal agencies with jurisdiction over the city.' })
  agencies(@Root() c: City, @Ctx() ctx: Context): Promise<Agency[]> {
    return related<Agency>(ctx, c.graphId, 'JURISDICTION_OVER', 'IN', ['Agency']);
  }

  @FieldResolver(() => [Event], { description: 'Events held in the city.' })
  events(@Root() c: City, @Ctx() ctx: Context): Promise<Event[]> {
    return related<Event>(ctx, c.graphId, 'HELD_IN', 'IN', ['Event']);
  }
}
