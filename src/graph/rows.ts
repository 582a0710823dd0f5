/**
 * Typed rows: a named query's records as plain objects of the shape its caller declares (Neo4j
 * integers as numbers, dates as ISO strings), so callers read `row.total`, not `record.get('total')`.
 * The row type is declared next to the code that reads it, from the query's RETURN clause.
 */
import type { Executor, RunOptions } from '../db/executor.js';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { toPlain } from './values.js';

/**
 * Rows converted between yields to the event loop. A traversal's result (a deep neighbourhood: ~500 node
 * rows and as many edge rows) takes tens of milliseconds to convert on a busy machine; converting it in
 * slices lets a cheap request's I/O and resolvers run in between instead of waiting for the whole of it.
 */
export const ROWS_PER_SLICE = 200;

export async function readRows<R>(executor: Executor, name: string, params: Record<string, unknown>, opts: RunOptions = {}): Promise<R[]> {
  const records = await executor.read(name, params, opts);
  if (records.length === 0) return [];
  // Read the fields by position (Record.toObject would build an intermediate object per row).
  const keys = records[0]!.keys as string[];
  const rows: R[] = new Array(records.length);
  for (let at = 0; at < records.length; at++) {
    if (at > 0 && at % ROWS_PER_SLICE === 0) await yieldToEventLoop();
    const r = records[at]!;
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = toPlain(r.get(i));
    rows[at] = row as R;
  }
  return rows;
}

/**
 * A batch query's key lists as one map parameter, `$batch` (the queries read `$batch.forward`,
 * `$batch.keys`, ...). Neo4j 5 caches a plan per query text *and per size class of each top-level list or
 * string parameter* (0, 1, up to 10, up to 100, up to 1,000, ...: src/db/plan-key.ts), so the same page
 * query with 5 keys, then 39, then 378 was planned three times, each new size class costing its first
 * request 0.6–2.4 s of planning after `/ready` although the warm-up had run the query. A list inside a map
 * parameter does not enter the cache key: one plan per query serves every batch size.
 */
export function batch<T extends Record<string, readonly unknown[]>>(lists: T): { batch: T } {
  return { batch: lists };
}
