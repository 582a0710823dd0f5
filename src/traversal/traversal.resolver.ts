import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../context.js';
import { GraphEdge, GraphPath, SourceRef, Subgraph } from '../graph/common.types.js';
import { boundedInt } from '../graph/args.js';
import { fromGlobalId } from '../graph/global-id.js';
import { RelationshipType, type RelType } from '../graph/labels.js';
import { materialize } from '../graph/materialize.js';
import { Node } from '../graph/node.interfaces.js';
import { nodeByGraphId } from '../graph/related.js';
import { num, str, toPlain, type Plain } from '../graph/values.js';
import { BadUserInputError, NotFoundError } from '../errors/errors.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../source/provenance.js';
import { mentionSources } from '../source/mention-sources.js';
import { graphEdges, graphNode, nodeRows } from './traversal.service.js';

export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
export const MAX_NEIGHBOURS = 500;

export enum TimelineKind {
  DESIGNATION = 'DESIGNATION',
  ASSESSMENT = 'ASSESSMENT',
  EVENT = 'EVENT',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

@ObjectType({ description: 'One dated entry of a timeline.' })
export class TimelineEntry {
  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date where the day is known.' })
  date!: string | null;

  @Field(() => String, { description: 'A one-line description.' })
  title!: string;

  @Field(() => Node, { nullable: true, description: 'The city (or place) concerned.' })
  subject!: Node | null;

  @Field(() => Node, { nullable: true, description: 'The programme of a designation.' })
  object!: Node | null;

  @Field(() => Node, { nullable: true, description: 'The assessment or event node itself.' })
  fact!: Node | null;

  rel!: Record<string, Plain> | null;
  factGraphId!: string | null;
}

function types(relationshipTypes?: RelType[] | null): RelType[] | null {
  return relationshipTypes && relationshipTypes.length ? relationshipTypes : null;
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [SourceRef], { description: 'Who says so: sources and sentences (for a REPORTS edge, the report itself).' })
  async sources(@Root() e: GraphEdge & { toGraphId?: string; toLabel?: string }, @Ctx() ctx: Context): Promise<SourceRef[]> {
    if (e.sourceIds.length) return sourcesOfRelationship({ sourceIds: e.sourceIds, evidence: e.evidence, confidence: e.confidence }, ctx);
    if (e.type === 'MENTIONS' && e.evidence.length) return mentionSources(e.source, e.evidence, ctx);
    if ((e.type === 'REPORTS' || e.type === 'MENTIONS') && e.toGraphId) {
      const refs = await sourcesOfFactNode(e.toGraphId, ctx);
      const src = fromGlobalId(e.source).graphId;
      return refs.filter((r) => r.source.graphId === src);
    }
    return [];
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() t: TimelineEntry, @Ctx() ctx: Context): Promise<SourceRef[]> {
    if (t.rel) return sourcesOfRelationship(t.rel, ctx);
    return t.factGraphId ? sourcesOfFactNode(t.factGraphId, ctx) : Promise.resolve([]);
  }
}

@Resolver()
export class TraversalResolver {
  @Query(() => Subgraph, { description: `Nodes within \`depth\` (1..${MAX_DEPTH}) hops of an entity, nearest first (at most \`limit\`, 1..${MAX_NEIGHBOURS}), and the relationships among them.` })
  async neighbourhood(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('relationshipTypes', () => [RelationshipType], { nullable: true }) relationshipTypes?: RelType[] | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<Subgraph> {
    boundedInt(depth, 'depth', 1, MAX_DEPTH);
    boundedInt(limit, 'limit', 1, MAX_NEIGHBOURS);
    const { graphId } = fromGlobalId(id);
    const rows = await ctx.executor.read('api/traversal/neighbourhood', { id: graphId, depth, types: types(relationshipTypes), limit }, { stats: ctx.stats });
    const r = rows[0];
    if (!r) throw new NotFoundError(`No node with id ${id}.`, { id });
    const nodes = nodeRows(r.get('nodes'));
    const byId = new Map(nodes.map((n) => [n.graphId, n]));
    return { nodes: nodes.map(graphNode), edges: graphEdges(r.get('edges'), byId), truncated: Boolean(r.get('truncated')) };
  }

  @Query(() => [GraphPath], { description: `Shortest paths between two nodes, at most \`maxHops\` (1..${MAX_HOPS}) long; every edge typed and sourced.` })
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('relationshipTypes', () => [RelationshipType], { nullable: true }) relationshipTypes?: RelType[] | null,
    @Arg('first', () => Int, { defaultValue: 3, description: '1..20' }) first = 3,
  ): Promise<GraphPath[]> {
    boundedInt(maxHops, 'maxHops', 1, MAX_HOPS);
    boundedInt(first, 'first', 1, 20);
    const a = fromGlobalId(from, 'from');
    const b = fromGlobalId(to, 'to');
    if (a.graphId === b.graphId) throw new BadUserInputError('"from" and "to" are the same node.', { argument: 'to' });
    const rows = await ctx.executor.read('api/traversal/paths', { from: a.graphId, to: b.graphId, maxHops, types: types(relationshipTypes), first }, { stats: ctx.stats });
    return rows.map((r) => {
      const nodes = nodeRows(r.get('nodes'));
      const byId = new Map(nodes.map((n) => [n.graphId, n]));
      const edges = graphEdges(r.get('edges'), byId);
      return { length: edges.length, nodes: nodes.map(graphNode), edges };
    });
  }

  @Query(() => [TimelineEntry], { description: 'Dated designations, assessments and events of a city, province, agency or programme, oldest first.' })
  async timeline(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TimelineEntry[]> {
    const d = fromGlobalId(id);
    if (!['City', 'Province', 'Agency', 'Programme'].includes(d.label)) {
      throw new BadUserInputError(`timeline needs the id of a City, Province, Agency or Programme; got a ${d.label}.`, { argument: 'id', allowed: ['City', 'Province', 'Agency', 'Programme'] });
    }
    const rows = await ctx.executor.read('api/traversal/timeline', { id: d.graphId }, { stats: ctx.stats });
    return Promise.all(
      rows.map(async (r) => {
        const kind = r.get('kind') as TimelineKind;
        const subject = r.get('subjectId') ? await nodeByGraphId(ctx, String(r.get('subjectId'))) : null;
        const object = r.get('objectId') ? await nodeByGraphId(ctx, String(r.get('objectId'))) : null;
        const fact = r.get('factId') ? await nodeByGraphId(ctx, String(r.get('factId'))) : null;
        const rel = r.get('rel') ? (toPlain(r.get('rel')) as Record<string, Plain>) : null;
        const name = (n: Node | null) => (n ? ((n as unknown as { name?: string }).name ?? n.graphId) : '');
        const title =
          kind === 'DESIGNATION' ? `${name(subject)} designated in ${name(object)}${rel?.batch ? ` (batch ${String(rel.batch)})` : ''}` : `${name(fact)}${subject ? ` — ${name(subject)}` : ''}`;
        return Object.assign(new TimelineEntry(), { kind, year: num(r.get('year')), date: str(toPlain(r.get('date'))), title, subject, object, fact, rel, factGraphId: fact?.graphId ?? null });
      }),
    );
  }

  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const d = fromGlobalId(id);
    return nodeByGraphId(ctx, d.graphId);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by global ids, in the order asked (null for ids that name nothing). At most 100.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new BadUserInputError(`Argument "ids" may hold at most 100 ids; got ${ids.length}.`, { argument: 'ids', allowed: { max: 100 } });
    const decoded = ids.map((i) => fromGlobalId(i, 'ids'));
    const rows = await ctx.loaders.node.loadMany(decoded.map((d) => d.graphId));
    return rows.map((r, i) => (r && !(r instanceof Error) && r.label === decoded[i]!.label ? materialize(r) : null));
  }
}
