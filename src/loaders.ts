/**
 * Every DataLoader of a request, built by the context factory. Each domain folder contributes its own
 * factory; batch functions answer in key order (see each `*.loaders.ts`).
 */
import type { Executor, QueryStats } from './db/executor.js';

export type Loaders = Record<string, never>;

export function createLoaders(_executor: Executor, _stats: QueryStats): Loaders {
  return {};
}
