import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { GraphEdge, GraphPath, SourceRef, Subgraph } from '../graph/common.types.js';
import { boundedInt } from '../graph/args.js';
import { fromGlobalId } from '../graph/global-id.js';
import { selects } from '../graph/lookahead.js';
import { RelationshipType, SOURCE_LABELS, type RelType } from '../graph/labels.js';
import { projectionsFor } from '../graph/projection.js';
import { Node } from '../graph/node.interfaces.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../graph/provenance.js';
import { nodeByGraphId } from '../graph/related.js';
import { BadUserInputError, NotFoundError } from '../errors/errors.js';
import { neighbourhood, shortestPaths, timeline } from './traversal.repository.js';
import { TimelineEntry } from './traversal.type.js';
import { mentionSources } from '../source/mention-sources.js';
import { cityById } from '../city/city.repository.js';

export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
export const MAX_NEIGHBOURS = 500;

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
  @FieldResolver(() => Node, { nullable: true, description: 'The city (or place) concerned.' })
  subject(@Root() t: TimelineEntry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    return t.subjectGraphId ? nodeByGraphId(ctx, t.subjectGraphId, info) : Promise.resolve(null);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The programme of a designation.' })
  object(@Root() t: TimelineEntry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    return t.objectGraphId ? nodeByGraphId(ctx, t.objectGraphId, info) : Promise.resolve(null);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The assessment or event node itself.' })
  fact(@Root() t: TimelineEntry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    return t.factGraphId ? nodeByGraphId(ctx, t.factGraphId, info) : Promise.resolve(null);
  }

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
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    boundedInt(depth, 'depth', 1, MAX_DEPTH);
    boundedInt(limit, 'limit', 1, MAX_NEIGHBOURS);
    const { graphId } = fromGlobalId(id);
    // The database's work follows the selection (`{ truncated }` alone fetches no node and no edge).
    const wants = info ? { nodes: selects(info, ['nodes']), edges: selects(info, ['edges']), sources: selects(info, ['edges', 'sources']), properties: selects(info, ['edges', 'properties']), sourceEnds: projectionsFor(info, SOURCE_LABELS) } : undefined;
    const found = await neighbourhood(ctx, { id: graphId, depth, types: types(relationshipTypes), limit }, wants);
    if (!found) throw new NotFoundError(`No node with id ${id}.`, { id });
    return found;
  }

  @Query(() => [GraphPath], { description: `Shortest paths between two nodes, at most \`maxHops\` (1..${MAX_HOPS}) long; every edge typed and sourced.` })
  paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('relationshipTypes', () => [RelationshipType], { nullable: true }) relationshipTypes?: RelType[] | null,
    @Arg('first', () => Int, { defaultValue: 3, description: '1..20' }) first = 3,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<GraphPath[]> {
    boundedInt(maxHops, 'maxHops', 1, MAX_HOPS);
    boundedInt(first, 'first', 1, 20);
    const a = fromGlobalId(from, 'from');
    const b = fromGlobalId(to, 'to');
    if (a.graphId === b.graphId) throw new BadUserInputError('"from" and "to" are the same node.', { argument: 'to' });
    // `edges { sources }` selected: what they are read from comes with the paths (one round trip); each
    // relationship's every property only for `edges { properties }`.
    const wants = info ? { sources: selects(info, ['edges', 'sources']), properties: selects(info, ['edges', 'properties']), sourceEnds: projectionsFor(info, SOURCE_LABELS) } : undefined;
    return shortestPaths(ctx, { from: a.graphId, to: b.graphId, maxHops, types: types(relationshipTypes), first }, wants);
  }

  @Query(() => [TimelineEntry], { description: 'Dated designations, assessments and events of a city, province, agency or programme, oldest first.' })
  timeline(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info?: GraphQLResolveInfo): Promise<TimelineEntry[]> {
    const d = fromGlobalId(id);
    if (!['City', 'Province', 'Agency', 'Programme'].includes(d.label)) {
      throw new BadUserInputError(`timeline needs the id of a City, Province, Agency or Programme; got a ${d.label}.`, { argument: 'id', allowed: ['City', 'Province', 'Agency', 'Programme'] });
    }
    // `sources` selected: what they are read from comes with the entries (one round trip).
    return timeline(ctx, d.graphId, info ? selects(info, ['sources']) : false, info ? projectionsFor(info, SOURCE_LABELS) : null);
  }

  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const d = fromGlobalId(id);
    // A city with its lists in one round trip when the selection asks for them (`city(id)` alike).
    if (d.label === 'City') return cityById(ctx, d.graphId, info);
    return nodeByGraphId(ctx, d.graphId, info);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by global ids, in the order asked (null for ids that name nothing). At most 100.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new BadUserInputError(`Argument "ids" may hold at most 100 ids; got ${ids.length}.`, { argument: 'ids', allowed: { max: 100 } });
    const decoded = ids.map((i) => fromGlobalId(i, 'ids'));
    const found = await Promise.all(decoded.map((d) => nodeByGraphId(ctx, d.graphId, info)));
    return found.map((n, i) => (n && n.label === decoded[i]!.label ? n : null));
  }
}
