import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { primedNode } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { EntityKind } from '../graph/labels.js';
import { Entity } from '../graph/node.interfaces.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import { boundedInt } from '../graph/args.js';
import { buildSearchQuery, MAX_SEARCH } from './search.service.js';

@ObjectType({ simpleResolvers: true, description: 'A search result.' })
export class SearchHit {
  @Field(() => Entity)
  node!: Entity;

  @Field(() => Float, { description: 'Full-text relevance; higher is better.' })
  score!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Finds entities by any name form: 黄石, 黃石, Huangshi and "Huangshi City" find the same city. Best first.' })
  async search(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `1..${MAX_SEARCH}` }) first = 10,
  ): Promise<SearchHit[]> {
    boundedInt(first, 'first', 1, MAX_SEARCH);
    const q = buildSearchQuery(text);
    const rows = await readRows<{ id: string; labels: string[]; props: Record<string, Plain>; score: number }>(ctx.executor, 'api/search/entities', { args: { query: q.query, exact: q.exact, kinds: kinds?.length ? kinds : null }, limit: first }, { stats: ctx.stats });
    return rows.flatMap((r) => {
      const row = nodeRow(r.id, r.labels, r.props);
      if (!row) return [];
      return [{ node: primedNode<Entity>(ctx, row), score: Number(r.score) }];
    });
  }
}
