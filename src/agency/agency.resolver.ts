import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { AssessmentEventConnection, assessmentPage } from '../assessment/assessment.service.js';
import { AssessmentFilterArgs } from '../assessment/assessment.resolver.js';
import { Position } from '../actor/actor.resolver.js';
import { Programme } from '../programme/programme.type.js';
import { validDate } from '../graph/args.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
import { Entity } from '../graph/node.interfaces.js';
import { pageRequest } from '../graph/pagination.js';
import { edgesOf, related } from '../graph/related.js';
import { str } from '../graph/values.js';
import type { Person } from '../actor/actor.type.js';
import { Agency } from './agency.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'Every agency: national, then provincial, then municipal.' })
  async agencies(@Ctx() ctx: Context): Promise<Agency[]> {
    const rows = await ctx.executor.read('api/agency/all', {}, { stats: ctx.stats });
    return rows.map((r) => materialize(nodeRow(r.get('id'), r.get('labels'), r.get('props'))!) as Agency);
  }

  @FieldResolver(() => [Programme], { description: 'Programmes the agency runs.' })
  programmes(@Root() a: Agency, @Ctx() ctx: Context): Promise<Programme[]> {
    return related<Programme>(ctx, a.graphId, 'ADMINISTERED_BY', 'IN', ['Programme']);
  }

  @FieldResolver(() => [Entity], { description: 'Provinces or cities under its jurisdiction.' })
  jurisdiction(@Root() a: Agency, @Ctx() ctx: Context): Promise<Entity[]> {
    return related<Entity>(ctx, a.graphId, 'JURISDICTION_OVER', 'OUT', ['Province', 'City']);
  }

  @FieldResolver(() => AssessmentEventConnection, { description: 'Assessments the agency took part in; `role` narrows to organised, entrusted, carried out, ...' })
  assessments(@Root() a: Agency, @Args(() => AssessmentFilterArgs) args: AssessmentFilterArgs, @Ctx() ctx: Context, @Arg('role', () => String, { nullable: true }) role?: string | null) {
    return assessmentPage({ agency: a.graphId, role: role ?? null, kind: args.kind ?? null, from: validDate(args.from, 'from'), to: validDate(args.to, 'to') }, pageRequest(args), ctx);
  }

  @FieldResolver(() => [Position], { description: 'People the sources name in a position at this agency.' })
  async people(@Root() a: Agency, @Ctx() ctx: Context): Promise<Position[]> {
    const edges = await edgesOf(ctx, a.graphId, 'HOLDS_POSITION', 'IN');
    return edges.map((e) => Object.assign(new Position(), { person: materialize(e.other) as Person, at: a, title: str(e.rel.title), titleEn: str(e.rel.titleEn), rel: e.rel }));
  }
}

