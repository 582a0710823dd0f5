/**
 * Every DataLoader of a request, built by the context factory (never shared between requests, so one
 * request's cache can't serve another's). Batch functions answer in key order. Each loader is made the
 * first time the request reads it: `{ __typename }`, a search or a page makes one or two, not eight.
 */
import type { Executor, QueryStats } from './db/executor.js';
import { createGraphLoaders, type GraphLoaders } from './graph/graph.loaders.js';
import { createListLoader, createPageLoaders, type NodeListRow } from './graph/page-loader.js';
import type { Plain } from './graph/values.js';
import type { Node } from './graph/node.interfaces.js';

/** A row of cypher/api/source/texts.cypher: the property a key asked for (null when the node has none). */
export interface SourceTextRow {
  k: number;
  value: Plain;
}

/** A row of a list query: the key it answers (`k`) and its columns. */
export type ListRow = { k: number } & Record<string, Plain>;

export function createLoaders(executor: Executor, stats: QueryStats) {
  let graph: GraphLoaders | undefined;
  let pages: ReturnType<typeof createPageLoaders> | undefined;
  let observations: ReturnType<typeof createListLoader<NodeListRow>> | undefined;
  let sourceFacts: ReturnType<typeof createListLoader<ListRow>> | undefined;
  let sourceTexts: ReturnType<typeof createListLoader<SourceTextRow>> | undefined;
  let objects: Map<string, Node> | undefined;
  return {
    get node() {
      return (graph ??= createGraphLoaders(executor, stats)).node;
    },
    get edges() {
      return (graph ??= createGraphLoaders(executor, stats)).edges;
    },
    /** The node loader reads with the operation's projection (GraphLoaders' `projectNodes`). */
    get projectNodes() {
      return (graph ??= createGraphLoaders(executor, stats)).projectNodes;
    },
    get pages() {
      return (pages ??= createPageLoaders(executor, stats, (graph ??= createGraphLoaders(executor, stats)))).pages;
    },
    get counts() {
      return (pages ??= createPageLoaders(executor, stats, (graph ??= createGraphLoaders(executor, stats)))).counts;
    },
    get observations() {
      return (observations ??= createListLoader<NodeListRow>(executor, stats, 'api/observation/by-subject', 'observations'));
    },
    get sourceFacts() {
      return (sourceFacts ??= createListLoader<ListRow>(executor, stats, 'api/source/facts', 'sourceFacts'));
    },
    /** An article's text or raw text by id (`Article.text`, `Article.rawText`): read only when a query selects them. */
    get sourceTexts() {
      return (sourceTexts ??= createListLoader<SourceTextRow>(executor, stats, 'api/source/texts', 'sourceTexts'));
    },
    /** The API object of each node rows name by id (a designation page's city and programme): made once per request (`requestNodesById`). */
    get objects() {
      return (objects ??= new Map<string, Node>());
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
