/** The per-request GraphQL context: a fresh object (and fresh DataLoaders) for every request. */
import type { Logger } from 'pino';
import type { Executor } from './db/executor.js';
import { QueryStats } from './db/executor.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  requestId: string;
  executor: Executor;
  /** Cypher round trips of this request (the executor counts them). */
  stats: QueryStats;
  loaders: Loaders;
  logger: Logger;
  /** Headers a resolver may need (the research door reads its API key). */
  headers: Record<string, string | string[] | undefined>;
  /** Whether responses may name the Neo4j version (off in production: ServerConfig.revealVersions). */
  revealVersions: boolean;
  /** When the request began (`performance.now()`): its latency in the access log and metrics is measured from here. */
  startedAt: number;
}

/**
 * `deadlineMs`: the whole request's deadline (REQUEST_DEADLINE_MS), enforced on its Cypher by the executor.
 * `stats` defaults to a client request's limits (QueryStats' defaults); the start-up warm-up passes its own.
 */
export function createContext(args: { requestId: string; executor: Executor; logger: Logger; headers: Context['headers']; revealVersions: boolean; deadlineMs?: number; stats?: QueryStats }): Context {
  const startedAt = performance.now();
  const stats = args.stats ?? new QueryStats(undefined, { requestId: args.requestId, deadlineMs: args.deadlineMs });
  // Written out, not `{ ...rest }`: made once per request.
  return { requestId: args.requestId, executor: args.executor, stats, loaders: createLoaders(args.executor, stats), logger: args.logger, headers: args.headers, revealVersions: args.revealVersions, startedAt };
}
