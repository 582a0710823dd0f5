/**
 * Typed rows: a named query's records as plain objects of the shape its caller declares (Neo4j
 * integers as numbers, dates as ISO strings), so callers read `row.total`, not `record.get('total')`.
 * The row type is declared next to the code that reads it, from the query's RETURN clause.
 */
import type { Executor, RunOptions } from '../db/executor.js';
import { toPlain } from './values.js';

export async function readRows<R>(executor: Executor, name: string, params: Record<string, unknown>, opts: RunOptions = {}): Promise<R[]> {
  const records = await executor.read(name, params, opts);
  if (records.length === 0) return [];
  // Read the fields by position (Record.toObject would build an intermediate object per row).
  const keys = records[0]!.keys as string[];
  return records.map((r) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = toPlain(r.get(i));
    return row as R;
  });
}
