/**
 * Rounds of a programme (issue 11): Query.rounds, Programme.rounds, Round.members / coverage /
 * programme / sources, and Designation.round with the confidence rule's working.
 */
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { SourceRef } from '../graph/common.types.js';
import { optionalGraphId } from '../graph/args.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { keysetOf } from '../graph/node-page.js';
import { createPageLoader, type PageLoader } from '../graph/page-loader.js';
import { PageArgs, pageParams, pageRequest, toPage } from '../graph/pagination.js';
import { materialize } from '../graph/materialize.js';
import { nodeByGraphId, related } from '../graph/related.js';
import { num, str, type Plain } from '../graph/values.js';
import { DesignationConnection } from '../designation/designation.resolver.js';
import { designationFrom } from '../designation/designation.service.js';
import { Designation } from '../designation/designation.type.js';
import { Programme } from '../programme/programme.type.js';
import { sourcesOfRelationship } from '../source/provenance.js';
import { coverageOf } from './round.materialize.js';
import { Coverage, Round } from './round.type.js';

/** Per-request page loader for Round.members (one UNWIND for all rounds asked in one tick). */
const membersLoaders = new WeakMap<Context, PageLoader>();
function membersLoader(ctx: Context): PageLoader {
  let l = membersLoaders.get(ctx);
  if (!l) {
    l = createPageLoader(ctx.executor, ctx.stats, 'api/round/members-page', 'roundMembersPage');
    membersLoaders.set(ctx, l);
  }
  return l;
}

function byYear(a: Round, b: Round): number {
  return a.yearInForce - b.yearInForce || a.round.localeCompare(b.round);
}

@ArgsType()
export class RoundsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this programme.' })
  programme?: string | null;

  @Field(() => String, { nullable: true, description: 'The round as the notice counts it, e.g. "2023".' })
  round?: string | null;

  @Field(() => Int, { nullable: true, description: 'Announced in this year (the 2023 strong-city round: 2024).' })
  announcedYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Designations in force from this year.' })
  yearInForce?: number | null;
}

@Resolver(() => Round)
export class RoundResolver {
  @Query(() => [Round], { description: 'Rounds of the programmes, by programme, round label, announcement year or year in force.' })
  async rounds(@Args(() => RoundsArgs) args: RoundsArgs, @Ctx() ctx: Context): Promise<Round[]> {
    const rows = await ctx.executor.read(
      'api/round/rounds',
      {
        programme: optionalGraphId(args.programme, 'Programme', 'programme'),
        label: args.round ?? null,
        announcedYear: args.announcedYear ?? null,
        yearInForce: args.yearInForce ?? null,
      },
      { stats: ctx.stats },
    );
    return rows.map((r) => materialize(nodeRow(r.get('id'), r.get('labels'), r.get('props'))!) as Round);
  }

  @FieldResolver(() => Coverage, { description: 'Known members ÷ official members: a partial list says it is partial.' })
  coverage(@Root() r: Round): Coverage {
    return Object.assign(new Coverage(), coverageOf(r.knownCount, r.officialCount));
  }

  @FieldResolver(() => Programme)
  async programme(@Root() r: Round, @Ctx() ctx: Context): Promise<Programme> {
    return (await nodeByGraphId<Programme>(ctx, r.programmeId))!;
  }

  @FieldResolver(() => [SourceRef], { description: 'The pages the round’s date, notice and size were read from, with what each says.' })
  sources(@Root() r: Round, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(r.props, ctx);
  }

  @FieldResolver(() => DesignationConnection, { description: 'The designations of this round.' })
  async members(@Root() r: Round, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = pageRequest(args);
    const w = await membersLoader(ctx).load({ round: r.graphId, ...pageParams(page) });
    return toPage(page, w.total, w.page, keysetOf, (x) => {
      const c = x.city as Record<string, Plain>;
      const g = x.programme as Record<string, Plain>;
      const cityRow = nodeRow(c.id, c.labels, c.props)!;
      const progRow = nodeRow(g.id, g.labels, g.props)!;
      ctx.loaders.node.prime(cityRow.graphId, cityRow);
      ctx.loaders.node.prime(progRow.graphId, progRow);
      return designationFrom(x.rel as Record<string, Plain>, cityRow, progRow);
    });
  }
}

@Resolver(() => Programme)
export class ProgrammeRoundsResolver {
  @FieldResolver(() => [Round], { description: 'The rounds of this programme, oldest first, each with its coverage.' })
  async rounds(@Root() p: Programme, @Ctx() ctx: Context): Promise<Round[]> {
    return (await related<Round>(ctx, p.graphId, 'HAS_ROUND', 'OUT', ['Round'])).sort(byYear);
  }
}

@Resolver(() => Designation)
export class DesignationRoundResolver {
  @FieldResolver(() => Round, { nullable: true, description: 'The round this designation belongs to.' })
  async round(@Root() d: Designation, @Ctx() ctx: Context): Promise<Round | null> {
    const id = str(d.rel.round);
    return id ? nodeByGraphId<Round>(ctx, id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The roster’s own grade, before the confidence rule (which may lower it).' })
  statedConfidence(@Root() d: Designation): string | null {
    return str(d.rel.statedConfidence);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Sources that are not copies of one another (copies of one report count once).' })
  independentSources(@Root() d: Designation): number | null {
    return num(d.rel.independentSources);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why `confidence` is what it is, in words (see docs/graph-model.md, Confidence).' })
  confidenceBasis(@Root() d: Designation): string | null {
    return str(d.rel.confidenceBasis);
  }
}
