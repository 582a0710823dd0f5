/**
 * A per-request loader for `-page.cypher` queries: every page asked for during one tick (for example
 * the cities of all 34 provinces) goes to Neo4j as one UNWIND, and answers come back in key order.
 */
import DataLoader from 'dataloader';
import type { Executor, QueryStats } from '../db/executor.js';
import { observeBatch } from './batch-observer.js';
import { toPlain, type Plain } from './values.js';

export interface PageWindow {
  total: number;
  page: Record<string, Plain>[];
}

export type PageLoader = DataLoader<Record<string, unknown>, PageWindow, string>;

export function createPageLoader(executor: Executor, stats: QueryStats, queryName: string, loaderName: string): PageLoader {
  return new DataLoader<Record<string, unknown>, PageWindow, string>(
    async (keys) => {
      observeBatch(loaderName, keys.length);
      const rows = await executor.read(queryName, { keys: keys.map((key, k) => ({ ...key, k })) }, { stats });
      const out: PageWindow[] = keys.map(() => ({ total: 0, page: [] }));
      for (const r of rows) out[Number(r.get('k'))] = { total: Number(r.get('total')), page: toPlain(r.get('page')) as Record<string, Plain>[] };
      return out;
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/** A loader for list queries whose rows carry `k` (one row per item). */
export function createListLoader(executor: Executor, stats: QueryStats, queryName: string, loaderName: string): DataLoader<Record<string, unknown>, Record<string, Plain>[], string> {
  return new DataLoader<Record<string, unknown>, Record<string, Plain>[], string>(
    async (keys) => {
      observeBatch(loaderName, keys.length);
      const rows = await executor.read(queryName, { keys: keys.map((key, k) => ({ ...key, k })) }, { stats });
      const out: Record<string, Plain>[][] = keys.map(() => []);
      for (const r of rows) out[Number(r.get('k'))]!.push(toPlain(r.toObject()) as Record<string, Plain>);
      return out;
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
