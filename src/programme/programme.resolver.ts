import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { AssessmentEventConnection, assessmentPage } from '../assessment/assessment.service.js';
import { AssessmentFilterArgs } from '../assessment/assessment.resolver.js';
import { DesignationConnection } from '../designation/designation.resolver.js';
import { designationPage } from '../designation/designation.service.js';
import { optionalGraphId, validDate, validYearRange } from '../graph/args.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
import { PageArgs, pageRequest } from '../graph/pagination.js';
import { related } from '../graph/related.js';
import { Programme } from './programme.type.js';

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members in this province.' })
  province?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only members designated this year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Every national programme.' })
  async programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    const rows = await ctx.executor.read('api/programme/all', {}, { stats: ctx.stats });
    return rows.map((r) => materialize(nodeRow(r.get('id'), r.get('labels'), r.get('props'))!) as Programme);
  }

  @FieldResolver(() => [Agency], { description: 'The agencies that run the programme (CNIPA).' })
  administeredBy(@Root() p: Programme, @Ctx() ctx: Context): Promise<Agency[]> {
    return related<Agency>(ctx, p.graphId, 'ADMINISTERED_BY', 'OUT', ['Agency']);
  }

  @FieldResolver(() => DesignationConnection, { description: 'Designations in this programme: which city, when, on whose word. Filter by province and year.' })
  members(@Root() p: Programme, @Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: Context) {
    const yearFrom = args.year ?? args.yearFrom ?? null;
    const yearTo = args.year ?? args.yearTo ?? null;
    validYearRange(yearFrom, yearTo);
    return designationPage({ programme: p.graphId, province: optionalGraphId(args.province, 'Province', 'province'), yearFrom, yearTo }, pageRequest(args), ctx);
  }

  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments that belong to this programme.' })
  assessments(@Root() p: Programme, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context) {
    return assessmentPage({ programme: p.graphId, kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') }, pageRequest(args), ctx);
  }
}
