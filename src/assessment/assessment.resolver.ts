import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { City } from '../city/city.type.js';
import { Programme } from '../programme/programme.type.js';
import { SourceRef } from '../graph/common.types.js';
import { materialize } from '../graph/materialize.js';
import { Entity } from '../graph/node.interfaces.js';
import { PageArgs, pageRequest } from '../graph/pagination.js';
import { edgesOf, related } from '../graph/related.js';
import { optionalGraphId, validDate } from '../graph/args.js';
import { str } from '../graph/values.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../source/provenance.js';
import type { Plain } from '../graph/values.js';
import { AssessmentEvent } from './assessment.type.js';
import { AssessmentEventConnection, assessmentPage } from './assessment.service.js';

@ObjectType({ description: 'An agency and the part it played in an assessment: (AssessmentEvent)-[:ASSESSED_BY {role}]->(Agency).' })
export class AgencyRole {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { nullable: true, description: 'organised, entrusted, carried out, ...' })
  role!: string | null;

  rel!: Record<string, Plain>;
}

@ArgsType()
export class AssessmentFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'On or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'On or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'acceptance, annual evaluation, performance assessment, ...' })
  kind?: string | null;
}

@ArgsType()
export class AssessmentsArgs extends AssessmentFilterArgs {
  @Field(() => ID, { nullable: true })
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assessed by this agency.' })
  agency?: string | null;

  @Field(() => ID, { nullable: true })
  programme?: string | null;
}

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
    return assessmentPage(
      {
        city: optionalGraphId(args.city, 'City', 'city'),
        agency: optionalGraphId(args.agency, 'Agency', 'agency'),
        programme: optionalGraphId(args.programme, 'Programme', 'programme'),
        kind: args.kind ?? null,
        from: validDate(args.from, 'from'),
        to: validDate(args.to, 'to'),
      },
      pageRequest(args),
      ctx,
    );
  }

  @FieldResolver(() => [City], { description: 'The cities assessed.' })
  cities(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<City[]> {
    return related<City>(ctx, a.graphId, 'ASSESSES', 'OUT', ['City']);
  }

  @FieldResolver(() => [Entity], { description: 'Everything assessed: cities, or provinces for province-level assessments.' })
  subjects(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<Entity[]> {
    return related<Entity>(ctx, a.graphId, 'ASSESSES', 'OUT', ['City', 'Province']);
  }

  @FieldResolver(() => [AgencyRole], { description: 'Who organised, entrusted or carried out the assessment.' })
  async assessedBy(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<AgencyRole[]> {
    const edges = await edgesOf(ctx, a.graphId, 'ASSESSED_BY', 'OUT');
    return edges.map((e) => Object.assign(new AgencyRole(), { agency: materialize(e.other) as Agency, role: str(e.rel.role), rel: e.rel }));
  }

  @FieldResolver(() => Programme, { nullable: true })
  async programme(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<Programme | null> {
    return (await related<Programme>(ctx, a.graphId, 'FOR_PROGRAMME', 'OUT', ['Programme']))[0] ?? null;
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report this assessment, with their sentences.' })
  sources(@Root() a: AssessmentEvent, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(a.graphId, ctx);
  }
}
