/**
 * The per-request loaders behind every connection: pages and their counts. Every page asked for during
 * one tick (for example the cities of all 34 provinces) goes to Neo4j as one query per page query and
 * page size, and answers come back in key order. Counts are a loader of their own, so they run only
 * when a `totalCount` is read.
 */
import DataLoader from 'dataloader';
import type { Executor, QueryStats } from '../db/executor.js';
import { observeBatch } from './batch-observer.js';
import { primeNodeRow, type GraphLoaders, type SharedNodeRow } from './graph.loaders.js';
import type { Keyset, PageRequest } from './pagination.js';
import { batch, readRows } from './rows.js';
import type { Plain } from './values.js';
import { heldFor, projectedProps } from './projection.js';

/** A row of a `-page.cypher` query: the key it answers, its sort key, and what the query returns. */
export interface PageRow {
  k: number;
  s: Plain;
  id: string;
}

/** A row of a list query that returns nodes for many keys at once (`k` says which key). */
export interface NodeListRow {
  k: number;
  id: string;
  labels: string[];
  /** The whole node, or the values of the key's projection (`props`), in order (src/graph/projection.ts). */
  props: Record<string, Plain> | Plain[];
}

/**
 * One page of one page query. `filter` holds that query's own parameters (city, province, ...); its `ends`,
 * when a query has it, is not a key's but the query's (`$args.ends`: label → projection of the nodes it
 * returns once, k = -1), so keys with different `ends` are read by different queries.
 */
export interface PageKey {
  query: string;
  filter: Record<string, Plain>;
  after: Keyset | null;
  before: Keyset | null;
  backward: boolean;
  /** Page size + 1: the extra row tells whether there is more. */
  limit: number;
}

export interface CountKey {
  query: string;
  filter: Record<string, Plain>;
}

/** The page-query key for a validated page request. */
export function pageKey(query: string, filter: Record<string, Plain>, p: PageRequest): PageKey {
  const backward = p.last !== null;
  return { query, filter, after: p.after, before: p.before, backward, limit: (backward ? p.last! : p.first!) + 1 };
}

/**
 * A row a page query returns once for all the rows of its answer that name that node (k = -1): rows of
 * the designation pages carry only the ids of their city and programme, and each of those nodes comes once
 * in such a row (see cypher/api/designation/*-page.cypher). It goes into the request's node (and edge)
 * loaders, not into any page.
 */
type PageNodeRow = { k: -1 } & SharedNodeRow;

/** `graph`: the request's node and edge loaders, primed with the nodes a page query returns once (k = -1). */
export function createPageLoaders(executor: Executor, stats: QueryStats, graph: GraphLoaders) {
  const pages = new DataLoader<PageKey, PageRow[], string>(
    async (keys) => {
      observeBatch('pages', keys.length);
      const out: PageRow[][] = keys.map(() => []);
      await Promise.all(
        groupBy(keys, (key) => `${key.query}|${key.limit}|${JSON.stringify(key.filter.ends ?? null)}`).map(async (group) => {
          const asKey = (i: number) => withoutNulls({ ...keys[i]!.filter, ends: null, after: keys[i]!.after, before: keys[i]!.before, k: i });
          const ends = (keys[group[0]!]!.filter.ends ?? null) as Record<string, string[]> | null;
          const params = { ...batch({ forward: group.filter((i) => !keys[i]!.backward).map(asKey), backward: group.filter((i) => keys[i]!.backward).map(asKey) }), limit: keys[group[0]!]!.limit, args: { ends } };
          for (const row of await readRows<PageRow | PageNodeRow>(executor, keys[group[0]!]!.query, params, { stats })) {
            if (row.k < 0) primeNodeRow(graph, projectedEnd(row as PageNodeRow, ends));
            else out[row.k]!.push(row as PageRow);
          }
        }),
      );
      // A backward seek returns the page last row first.
      return out.map((rows, i) => (keys[i]!.backward ? rows.reverse() : rows));
    },
    { name: 'pages', cacheKeyFn: (key) => JSON.stringify(key) },
  );

  const counts = new DataLoader<CountKey, number, string>(
    async (keys) => {
      observeBatch('counts', keys.length);
      const out: number[] = keys.map(() => 0);
      await Promise.all(
        groupBy(keys, (key) => key.query).map(async (group) => {
          const rows = await readRows<{ k: number; total: number }>(executor, keys[group[0]!]!.query, batch({ keys: group.map((i) => withoutNulls({ ...keys[i]!.filter, k: i })) }), { stats });
          for (const row of rows) out[row.k] = row.total;
        }),
      );
      return out;
    },
    { name: 'counts', cacheKeyFn: (key) => JSON.stringify(key) },
  );

  return { pages, counts };
}

/**
 * A node row (k = -1) of a page query whose key had `ends` (label → the properties the operation reads of
 * such a node, src/graph/projection.ts): the query returned the values of those properties, in order, for a
 * node of one of those labels, and the whole node otherwise.
 */
function projectedEnd(row: PageNodeRow, ends: Record<string, string[]> | null): PageNodeRow {
  const values = row.node.props as Record<string, Plain> | Plain[];
  if (!ends || !Array.isArray(values)) return row;
  const held = heldFor(row.node.labels, ends);
  return { ...row, node: { ...row.node, props: projectedProps(values, held) }, held };
}

/** A loader for list queries whose rows carry `k` (one row per item, in the query's order). */
export function createListLoader<R extends { k: number }>(executor: Executor, stats: QueryStats, queryName: string, loaderName: string): DataLoader<Record<string, Plain>, R[], string> {
  return new DataLoader<Record<string, Plain>, R[], string>(
    async (keys) => {
      observeBatch(loaderName, keys.length);
      const out: R[][] = keys.map(() => []);
      for (const row of await readRows<R>(executor, queryName, batch({ keys: keys.map((key, k) => withoutNulls({ ...key, k })) }), { stats })) out[row.k]!.push(row);
      return out;
    },
    { name: loaderName, cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/**
 * A key map without its null entries: Cypher reads a missing key of a map as null, so the queries see
 * the same keys, and the driver sends less. The nested query's designation pages are one query with
 * 1,700 keys whose filters are mostly null; the driver writes what it sends to the socket every 1,400
 * bytes (its chunk size), one system call each, and those writes were about a tenth of the server's busy
 * CPU in a profile of the bench's nested, city, page and designations operations (docs/performance.md).
 */
function withoutNulls(key: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in key) if (key[k] !== null && key[k] !== undefined) out[k] = key[k];
  return out;
}

/** Indexes of `items` grouped by `keyOf`, groups in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): number[][] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const g = keyOf(item);
    const group = groups.get(g);
    if (group) group.push(i);
    else groups.set(g, [i]);
  });
  return [...groups.values()];
}
