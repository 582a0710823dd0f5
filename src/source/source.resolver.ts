import { nodePage } from '../graph/node-page.js';
import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, createUnionType, registerEnumType, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { AssessmentEvent } from '../assessment/assessment.type.js';
import { Event } from '../actor/actor.type.js';
import { Designation } from '../designation/designation.type.js';
import { designationFrom } from '../designation/designation.service.js';
import { Observation } from '../observation/observation.type.js';
import { SourceRef } from '../graph/common.types.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { RelationshipType, type RelType } from '../graph/labels.js';
import { materialize } from '../graph/materialize.js';
import { Entity, Node, Source } from '../graph/node.interfaces.js';
import { Connection, PageArgs, pageRequest } from '../graph/pagination.js';
import { related } from '../graph/related.js';
import { toPlain, type Plain } from '../graph/values.js';
import { sourcesOfRelationship } from './provenance.js';
import { Article, ReferenceList } from './source.type.js';

@ObjectType({ description: 'A fact stored on a relationship (other than a designation): who is located in, assessed by, has jurisdiction over, ...' })
export class Relationship {
  @Field(() => RelationshipType)
  type!: RelType;

  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => String, { nullable: true, description: 'Its other properties (role, title, ...) as JSON text.' })
  properties!: string | null;

  rel!: Record<string, Plain>;
}

export const Fact = createUnionType({
  name: 'Fact',
  description: 'Anything a source states: a designation, an assessment, an observation, an event, or another relationship.',
  types: () => [Designation, AssessmentEvent, Observation, Event, Relationship] as const,
});

export enum SourceKind {
  ARTICLE = 'Article',
  REFERENCE_LIST = 'ReferenceList',
}
registerEnumType(SourceKind, { name: 'SourceKind' });

export const SourceConnection = Connection('Source', () => Source);

@ArgsType()
class SourcesArgs extends PageArgs {
  @Field(() => SourceKind, { nullable: true })
  kind?: SourceKind | null;
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() r: Relationship, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(r.rel, ctx);
  }
}

const PROVENANCE_KEYS = new Set(['sourceIds', 'evidence', 'confidence', 'key', 'extractionMethods', 'extractionConfidence', 'extractionReviewed']);

function factFromRow(x: Record<string, Plain>, ctx: Context): typeof Fact | null {
  const from = x.from as Record<string, Plain>;
  const to = x.to as Record<string, Plain>;
  const fromRow = nodeRow(from.id, from.labels, from.props);
  const toRow = nodeRow(to.id, to.labels, to.props);
  if (!fromRow || !toRow) return null;
  for (const r of [fromRow, toRow]) ctx.loaders.node.prime(r.graphId, r);
  const rel = x.rel as Record<string, Plain>;
  if (x.kind === 'node') {
    const node = materialize(toRow);
    return node instanceof AssessmentEvent || node instanceof Observation || node instanceof Event ? node : null;
  }
  if (x.type === 'DESIGNATED_IN') return designationFrom(rel, fromRow, toRow);
  const other = Object.fromEntries(Object.entries(rel).filter(([k]) => !PROVENANCE_KEYS.has(k)));
  return Object.assign(new Relationship(), { type: x.type as RelType, from: materialize(fromRow), to: materialize(toRow), properties: Object.keys(other).length ? JSON.stringify(other) : null, rel });
}

function sourceFieldsResolver(of: ClassType<Source>) {
  @Resolver(() => of)
  class SourceFieldsResolver {
    @FieldResolver(() => [Entity], { description: 'Entities the body names (not the page boilerplate).' })
    mentions(@Root() s: Source, @Ctx() ctx: Context): Promise<Entity[]> {
      return related<Entity>(ctx, s.graphId, 'MENTIONS', 'OUT');
    }

    @FieldResolver(() => [Fact], { description: 'Every fact this source states, each with its evidence.' })
    async facts(@Root() s: Source, @Ctx() ctx: Context): Promise<(typeof Fact)[]> {
      const rows = await ctx.loaders.sourceFacts.load({ id: s.graphId });
      return rows.map((x) => factFromRow(x, ctx)).filter((f): f is typeof Fact => f !== null);
    }
  }
  Object.defineProperty(SourceFieldsResolver, 'name', { value: `${of.name}FieldsResolver` });
  return SourceFieldsResolver;
}

export const sourceFieldResolvers = [Article, ReferenceList].map(sourceFieldsResolver);

@Resolver()
export class SourceQueryResolver {
  @Query(() => SourceConnection, { description: 'The sources: articles (by date), then reference lists.' })
  async sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context) {
    const p = pageRequest(args);
    const rows = await ctx.executor.read('api/source/sources-page', { kind: args.kind ?? null, first: p.first, last: p.last, after: p.after, before: p.before }, { stats: ctx.stats });
    const r = rows[0]!;
    return nodePage<Source>(ctx, p, { total: Number(r.get('total')), page: toPlain(r.get('page')) as Record<string, Plain>[] });
  }
}
