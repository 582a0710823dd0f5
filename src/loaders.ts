/**
 * Every DataLoader of a request, built by the context factory (never shared between requests, so one
 * request's cache can't serve another's). Batch functions answer in key order.
 */
import type { Executor, QueryStats } from './db/executor.js';
import { createGraphLoaders } from './graph/graph.loaders.js';
import { createListLoader, createPageLoaders, type NodeListRow } from './graph/page-loader.js';
import type { Plain } from './graph/values.js';
import type { Node } from './graph/node.interfaces.js';

/** A row of a list query: the key it answers (`k`) and its columns. */
export type ListRow = { k: number } & Record<string, Plain>;

export function createLoaders(executor: Executor, stats: QueryStats) {
  const graph = createGraphLoaders(executor, stats);
  return {
    ...graph,
    ...createPageLoaders(executor, stats, graph),
    observations: createListLoader<NodeListRow>(executor, stats, 'api/observation/by-subject', 'observations'),
    sourceFacts: createListLoader<ListRow>(executor, stats, 'api/source/facts', 'sourceFacts'),
    /** The API object of each node rows name by id (a designation page's city and programme): made once per request (`requestNodesById`). */
    objects: new Map<string, Node>(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
