import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { City } from '../city/city.type.js';
import { optionalGraphId, validDate } from '../graph/args.js';
import { SourceRef } from '../graph/common.types.js';
import { Entity } from '../graph/node.interfaces.js';
import { pageRequest } from '../graph/pagination.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../graph/provenance.js';
import { Programme } from '../programme/programme.type.js';
import { AssessmentFilterArgs, AssessmentsArgs } from './assessment.args.js';
import { AssessmentEventConnection } from './assessment.connection.js';
import { assessmentPage, assessors, citiesAssessed, programmeOf, subjectsAssessed } from './assessment.repository.js';
import { AgencyRole, AssessmentEvent } from './assessment.type.js';

@Resolver(() => AgencyRole)
export class AgencyRoleResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() r: AgencyRole, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(r.rel, ctx);
  }
}

@Resolver(() => AssessmentEvent)
export class AssessmentResolver {
  @Query(() => AssessmentEventConnection, { description: 'Assessments by city, agency, programme, kind and date range.' })
  assessments(@Args(() => AssessmentsArgs) args: AssessmentsArgs, @Ctx() ctx: Context) {
    const filter = {
      city: optionalGraphId(args.city, 'City', 'city'),
      agency: optionalGraphId(args.agency, 'Agency', 'agency'),
      programme: optionalGraphId(args.programme, 'Programme', 'programme'),
      kind: args.kind ?? null,
      from: validDate(args.from, 'from'),
      to: validDate(args.to, 'to'),
    };
    return assessmentPage(ctx, filter, pageRequest(args));
  }

  @FieldResolver(() => [City], { description: 'The cities assessed.' })
  cities(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<City[]> {
    return citiesAssessed(ctx, a);
  }

  @FieldResolver(() => [Entity], { description: 'Everything assessed: cities, or provinces for province-level assessments.' })
  subjects(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<Entity[]> {
    return subjectsAssessed(ctx, a);
  }

  @FieldResolver(() => [AgencyRole], { description: 'Who organised, entrusted or carried out the assessment.' })
  assessedBy(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<AgencyRole[]> {
    return assessors(ctx, a);
  }

  @FieldResolver(() => Programme, { nullable: true })
  programme(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<Programme | null> {
    return programmeOf(ctx, a);
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report this assessment, with their sentences.' })
  sources(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(a.graphId, ctx);
  }
}

@Resolver(() => City)
export class CityAssessmentsResolver {
  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments of the city, by date range, agency and kind.' })
  assessments(@Root() c: City, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context, @Arg('agency', () => ID, { nullable: true }) agency?: string | null) {
    const filter = { city: c.graphId, agency: optionalGraphId(agency, 'Agency', 'agency'), kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') };
    return assessmentPage(ctx, filter, pageRequest(args));
  }
}

@Resolver(() => Agency)
export class AgencyAssessmentsResolver {
  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments the agency took part in; `role` narrows to organised, entrusted, carried out, ...' })
  assessments(@Root() a: Agency, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context, @Arg('role', () => String, { nullable: true }) role?: string | null) {
    return assessmentPage(ctx, { agency: a.graphId, role: role ?? null, kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') }, pageRequest(args));
  }
}

@Resolver(() => Programme)
export class ProgrammeAssessmentsResolver {
  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments that belong to this programme.' })
  assessments(@Root() p: Programme, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context) {
    return assessmentPage(ctx, { programme: p.graphId, kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') }, pageRequest(args));
  }
}
