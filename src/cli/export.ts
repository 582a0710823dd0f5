/**
 * `npm run export -- --format graphml|csv|json --out DIR [--labels City,Province] [--types DESIGNATED_IN]
 *  [--timeout ms]`: writes the graph, or the nodes with those labels and the relationships of those
 * types between them, with every property (provenance included). Streamed; see docs/research.md.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { isAppError } from '../errors/errors.js';
import { NODE_LABELS, REL_TYPES } from '../ingest/bundle.js';
import { exportGraph } from '../research/export/graph-export.js';
import { EXPORT_FORMATS, type ExportFormat } from '../research/export/writers.js';
import { runCli, UserError } from './run-cli.js';

const USAGE = `Usage: npm run export -- --format graphml|csv|json --out DIR [--labels City,Province] [--types DESIGNATED_IN,LOCATED_IN] [--timeout MS]\n`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      labels: { type: 'string' },
      types: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UserError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; found ${format === undefined ? 'nothing' : JSON.stringify(format)}.`, USAGE);
  if (!values.out) throw new UserError('--out DIR is required: the folder to write the files into.', USAGE);
  const labels = list('--labels', values.labels, [...NODE_LABELS, 'Source']);
  const types = list('--types', values.types, REL_TYPES);
  const config = loadConfig();
  let timeoutMs = Math.max(config.txTimeoutMs, 120_000);
  if (values.timeout !== undefined) {
    if (!/^\d+$/u.test(values.timeout) || Number(values.timeout) < 1) throw new UserError(`--timeout must be a whole number of milliseconds; found ${JSON.stringify(values.timeout)}.`);
    timeoutMs = Number(values.timeout);
  }

  const db = await openDatabase(config, { owner: 'tool' });
  try {
    const report = await exportGraph(db.executor, { format, outDir: path.resolve(values.out), labels, types, timeoutMs }).catch((err: unknown) => {
      if (isAppError(err)) throw new UserError(err.message, err.extensions.code === 'QUERY_TOO_COMPLEX' ? 'Raise it with --timeout <ms>.' : undefined);
      throw err;
    });
    process.stdout.write(`Exported ${report.nodes} nodes and ${report.relationships} relationships from ${db.uri} in ${(report.ms / 1000).toFixed(1)} s:\n${report.files.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
  } finally {
    await db.close();
  }
});

/** A comma-separated list of names, each one of `allowed` (so typos fail loudly instead of exporting nothing). */
function list(option: string, raw: string | undefined, allowed: readonly string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !allowed.includes(n));
  if (!names.length || unknown.length) throw new UserError(`${option} takes a comma-separated list of ${allowed.join(', ')}; found ${JSON.stringify(raw)}.`);
  return names;
}
