/**
 * Rounds of a programme (issue 11): Query.rounds, Programme.rounds, Round.members / coverage /
 * programme / sources, and Designation.round with the confidence rule's working.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { SourceRef } from '../graph/common.types.js';
import { optionalGraphId } from '../graph/args.js';
import { PageArgs, pageRequest } from '../graph/pagination.js';
import { sourcesOfRelationship } from '../graph/provenance.js';
import { nodeByGraphId, related } from '../graph/related.js';
import { num, str } from '../graph/values.js';
import { DesignationConnection } from '../designation/designation.connection.js';
import { roundMemberPage } from '../designation/designation.repository.js';
import { Designation } from '../designation/designation.type.js';
import { Programme } from '../programme/programme.type.js';
import { RoundsArgs } from './round.args.js';
import { rounds } from './round.repository.js';
import { Coverage, Round, coverageOf } from './round.type.js';

function byYear(a: Round, b: Round): number {
  return a.yearInForce - b.yearInForce || a.round.localeCompare(b.round);
}

@Resolver(() => Round)
export class RoundResolver {
  @Query(() => [Round], { description: 'Rounds of the programmes, by programme, round label, announcement year or year in force.' })
  rounds(@Args(() => RoundsArgs) args: RoundsArgs, @Ctx() ctx: Context): Promise<Round[]> {
    return rounds(ctx, {
      programme: optionalGraphId(args.programme, 'Programme', 'programme'),
      label: args.round ?? null,
      announcedYear: args.announcedYear ?? null,
      yearInForce: args.yearInForce ?? null,
    });
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
  members(@Root() r: Round, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return roundMemberPage(ctx, r.graphId, pageRequest(args), info);
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
