/** Shared steps of resolvers that get whole nodes back from a query (pages, search, lists). */
import type { Context } from '../context.js';
import { nodeRow, type NodeRow } from './graph.loaders.js';
import { materialize } from './materialize.js';
import type { Node } from './node.interfaces.js';
import { pageKey, type PageKey, type PageRow } from './page-loader.js';
import { projectedProps } from './projection.js';
import { toPage, type Page, type PageRequest } from './pagination.js';
import type { Plain } from './values.js';

/** The API object for a node the query already returned (once per request); the node loader keeps its row, so no round trip fetches it again. */
export function primedNode<T extends Node>(ctx: Context, row: NodeRow): T {
  const known = ctx.loaders.objects.get(row.graphId);
  if (known) return known as T;
  ctx.loaders.node.prime(row.graphId, row);
  const made = materialize(row);
  ctx.loaders.objects.set(row.graphId, made);
  return made as T;
}

/**
 * Makes sure the request has the API object of each node `ids` names (`ctx.loaders.objects`), made once per
 * request. Rows that name nodes by id (a designation page's city and programme) come with the nodes
 * themselves primed into the node loader by the same query (src/graph/page-loader.ts), so this reads the
 * loader's cache; an id it does not hold costs one batched round trip for all of them.
 */
export async function requestNodesById(ctx: Context, ids: readonly string[]): Promise<void> {
  const objects = ctx.loaders.objects;
  const missing = [...new Set(ids.filter((id) => !objects.has(id)))];
  if (missing.length === 0) return;
  const rows = await ctx.loaders.node.loadMany(missing);
  rows.forEach((row, i) => {
    if (row && !(row instanceof Error) && !objects.has(missing[i]!)) objects.set(missing[i]!, materialize(row));
  });
}

/**
 * The named queries behind a connection: its pages and (only when asked for) its count; `countAll`, when
 * given, counts with no filter at all (every value of the filter null), a query Neo4j answers from its count
 * store (one db hit at any size, where `count` reads every item it counts).
 */
export interface ConnectionQueries {
  page: string;
  count: string;
  countAll?: string;
}

/** The count query for `filter`: `countAll` when the filter names nothing. */
export function countQuery(queries: ConnectionQueries, filter: Record<string, Plain>): string {
  return queries.countAll && Object.values(filter).every((v) => v === null || v === undefined) ? queries.countAll : queries.count;
}

/**
 * A page of `queries.page` for `filter`, each row mapped by `map` (after `prepare`, when given, has had the
 * whole page's rows); totalCount from `queries.count` (or `countAll`) when read. `pageFilter` (default `filter`): the page
 * query's key when it holds more than the count's (a projection).
 */
export async function loadPage<R extends PageRow, T>(ctx: Context, queries: ConnectionQueries, filter: Record<string, Plain>, request: PageRequest, map: (row: R) => T, prepare?: (rows: R[]) => Promise<void>, pageFilter: Record<string, Plain> = filter): Promise<Page<T>> {
  const rows = (await ctx.loaders.pages.load(pageKey(queries.page, pageFilter, request))) as R[];
  if (prepare) await prepare(rows);
  return toPage(request, rows, (r) => ({ s: r.s, id: r.id }), map, () => ctx.loaders.counts.load({ query: countQuery(queries, filter), filter }));
}

/** A row of a page query that returns nodes: whole (a map), or projected (the values of `props`, in order). */
export interface NodePageRow extends PageRow {
  labels: string[];
  props: Record<string, Plain> | Plain[];
}

/**
 * A page query's key filter when the query projects what it returns (src/graph/projection.ts): the
 * filter, then `ends` (label → projection of the nodes it returns once, k = -1; a query parameter, see
 * page-loader.ts) and `props` (the projection of its rows, nodes or relationships: `key.props` in the
 * query), each only when there is one. A page read for fewer properties is never the answer to a key that
 * wants more; a reader that primes a page builds its key here too, so it is the key the resolver asks for.
 */
export function projectedPageFilter(filter: Record<string, Plain>, ends: Record<string, string[]> | null, props: readonly string[] | null): Record<string, Plain> {
  return { ...filter, ...(ends ? { ends } : {}), ...(props ? { props: [...props] } : {}) };
}

/**
 * The page key of a page of nodes: the projection (src/graph/projection.ts), when there is one, is part of
 * the key (`props`), so a page read with fewer properties is never the answer to a key that wants more.
 */
export function nodePageKey(query: string, filter: Record<string, Plain>, request: PageRequest, props: readonly string[] | null): PageKey {
  return pageKey(query, projectedPageFilter(filter, null, props), request);
}

/**
 * A page of nodes from a page query whose rows are {k, s, id, labels, props}; `props`: the node properties
 * the operation reads (`projectionFor`), or null (default) for whole nodes.
 */
export function loadNodePage<T extends Node>(ctx: Context, queries: ConnectionQueries, filter: Record<string, Plain>, request: PageRequest, props: readonly string[] | null = null): Promise<Page<T>> {
  const pageFilter = nodePageKey(queries.page, filter, request, props).filter;
  return loadPage<NodePageRow, T>(ctx, queries, filter, request, (r) => primedNode<T>(ctx, nodeRow(r.id, r.labels, projectedProps(r.props, props), props)!), undefined, pageFilter);
}
