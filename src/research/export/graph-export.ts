/**
 * Writes the graph (or a label/type subset) to files, streamed: records come from the driver one at
 * a time (Executor.stream) and go out through a write stream with back-pressure, so memory stays flat
 * whatever the graph's size. Provenance properties (sourceIds, evidence, confidence…) are exported
 * like any other property. Bookkeeping nodes (SeedState) are left out.
 */
import fs from 'node:fs';
import type { Executor } from '../../db/executor.js';
import { toPlain, type Json } from '../plain-json.js';
import { createWriter, type ExportFormat, type KeyTypes } from './writers.js';

export interface ExportOptions {
  format: ExportFormat;
  /** Folder to write into; created if missing. */
  outDir: string;
  /** Keep only nodes with one of these labels (and relationships between them). Default: all. */
  labels?: string[];
  /** Keep only relationships of these types. Default: all. */
  types?: string[];
  /** Transaction timeout per query. Default: the executor's. */
  timeoutMs?: number;
}

export interface ExportReport {
  files: string[];
  nodes: number;
  relationships: number;
  ms: number;
}

/** The names of the export's Cypher files (cypher/research/export/). */
export const EXPORT_QUERIES = ['research/export/node-keys', 'research/export/rel-keys', 'research/export/nodes', 'research/export/relationships', 'research/export/counts'] as const;

export async function exportGraph(executor: Executor, opts: ExportOptions): Promise<ExportReport> {
  const t0 = Date.now();
  const params = { labels: opts.labels?.length ? opts.labels : null, types: opts.types?.length ? opts.types : null };
  const run = { timeoutMs: opts.timeoutMs };
  const keys = async (name: string): Promise<KeyTypes> =>
    (await executor.read(name, params, run)).map((r) => ({ key: r.get('key') as string, types: r.get('types') as string[] }));
  const nodeKeys = await keys('research/export/node-keys');
  const relKeys = await keys('research/export/rel-keys');

  fs.mkdirSync(opts.outDir, { recursive: true });
  const writer = createWriter(opts.format, opts.outDir);
  let nodes = 0;
  let relationships = 0;
  try {
    await writer.begin(nodeKeys, relKeys);
    const text = (name: string) => executor.registry.get(name).text;
    await executor.stream(
      'research/export/nodes',
      text('research/export/nodes'),
      params,
      async (r) => {
        nodes++;
        await writer.node({ key: r.get('key') as string, labels: [...(r.get('labels') as string[])].sort(), props: toPlain(r.get('props')) as Record<string, Json> });
      },
      run,
    );
    await executor.stream(
      'research/export/relationships',
      text('research/export/relationships'),
      params,
      async (r) => {
        relationships++;
        await writer.rel({ type: r.get('type') as string, start: r.get('start') as string, end: r.get('end') as string, props: toPlain(r.get('props')) as Record<string, Json> });
      },
      run,
    );
    await writer.finish();
  } catch (err) {
    writer.abort();
    throw err;
  }
  return { files: writer.files, nodes, relationships, ms: Date.now() - t0 };
}

/** How many nodes and relationships an export with these filters writes. */
export async function exportCounts(executor: Executor, labels?: string[], types?: string[]): Promise<{ nodes: number; relationships: number }> {
  const [r] = await executor.read('research/export/counts', { labels: labels?.length ? labels : null, types: types?.length ? types : null });
  return { nodes: Number(r?.get('nodes') ?? 0), relationships: Number(r?.get('relationships') ?? 0) };
}
