/**
 * `npm run cypher -- <name | file.cypher> [--param key=value]... [--format table|csv|json]
 *  [--timeout ms] [--max-rows n]`, `npm run cypher -- --query 'MATCH …'`, `npm run cypher -- --list`.
 * Runs a research library query (cypher/research/), a query file or inline Cypher against the
 * configured Neo4j, always in a READ transaction, with a timeout and a row cap.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Neo4jError } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { QueryRegistry } from '../db/query-registry.js';
import { isAppError } from '../errors/errors.js';
import { parseParamValue, type Literal } from '../research/cypher-literal.js';
import { effectiveParams, listLibrary, resolveQuery, type LibraryQuery } from '../research/library.js';
import { describeCypherError } from '../research/neo4j-error.js';
import { FORMATS, formatResult, type Format } from '../research/output-format.js';
import { toPlain, type Json } from '../research/plain-json.js';
import { runCli, UserError } from './run-cli.js';

const USAGE = `Usage:
  npm run cypher -- --list
  npm run cypher -- <name | path/to/file.cypher> [--param key=value]... [options]
  npm run cypher -- --query '<Cypher>' [--param key=value]... [options]
Options:
  --param key=value   a query parameter ($key); the value is a Cypher literal (42, 'text', [1,2], true)
                      or else taken as text. Library files' ":param" header lines are the defaults.
  --format F          table (default), csv or json
  --timeout MS        transaction timeout in ms (default NEO4J_TX_TIMEOUT_MS, 15000)
  --max-rows N        stop after N rows (default 1000)
`;

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      list: { type: 'boolean', default: false },
      query: { type: 'string', short: 'q' },
      param: { type: 'string', short: 'p', multiple: true, default: [] },
      format: { type: 'string', short: 'f', default: 'table' },
      timeout: { type: 'string' },
      'max-rows': { type: 'string', default: '1000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const registry = QueryRegistry.load();
  if (values.list) {
    const all = listLibrary(registry);
    const w = Math.max(...all.map((q) => q.name.length));
    for (const q of all) {
      const params = Object.entries(q.defaults).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
      process.stdout.write(`${q.name.padEnd(w)}  ${q.title}${params.length ? `  [${params.join(', ')}]` : ''}\n`);
    }
    return 0;
  }

  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}; found ${JSON.stringify(values.format)}.`);
  const maxRows = positiveInt('--max-rows', values['max-rows']);
  const config = loadConfig();
  const timeoutMs = values.timeout === undefined ? config.txTimeoutMs : positiveInt('--timeout', values.timeout);

  let q: LibraryQuery;
  if (values.query !== undefined) {
    if (positionals.length) throw new UserError('Give either a query name/file or --query, not both.');
    q = { name: 'inline', label: 'research/inline', file: '--query', text: values.query, title: '', defaults: {} };
  } else {
    if (positionals.length !== 1) throw new UserError(positionals.length ? `Give one query name or file; found ${positionals.length}.` : 'Which query? Give a library name, a .cypher file, or --query.', USAGE);
    q = resolveQuery(registry, positionals[0]!);
  }
  const given: Record<string, Literal> = {};
  for (const p of values.param) {
    const eq = p.indexOf('=');
    if (eq < 1) throw new UserError(`--param wants key=value; found ${JSON.stringify(p)}.`);
    given[p.slice(0, eq).trim()] = parseParamValue(p.slice(eq + 1));
  }

  const db = await openDatabase(config, { owner: 'tool' });
  try {
    const columns: string[] = [];
    const rows: Json[][] = [];
    let truncated = false;
    const t0 = performance.now();
    try {
      await db.executor.stream(
        q.label,
        q.text,
        effectiveParams(q, given),
        (record) => {
          if (!columns.length) columns.push(...record.keys.map(String));
          if (rows.length >= maxRows) {
            truncated = true;
            return false;
          }
          rows.push(record.keys.map((k) => toPlain(record.get(k))));
          return true;
        },
        { timeoutMs },
      );
    } catch (err) {
      // Files in the project are shown relative to it; anything else by its absolute path.
      const rel = path.relative(PROJECT_ROOT, q.file);
      const where = q.file === '--query' ? '--query' : rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : q.file;
      if (err instanceof Neo4jError) throw new UserError(describeCypherError(err, q.text, where));
      if (isAppError(err)) throw new UserError(err.message, err.extensions.code === 'QUERY_TOO_COMPLEX' ? 'Raise it with --timeout <ms> if the query is meant to run longer.' : undefined);
      throw err;
    }
    process.stdout.write(formatResult(format, columns, rows));
    const ms = Math.round(performance.now() - t0);
    process.stderr.write(`${rows.length} row${rows.length === 1 ? '' : 's'} in ${ms} ms${truncated ? ` — cut off at --max-rows ${maxRows}; raise it to see more` : ''}.\n`);
    return 0;
  } finally {
    await db.close();
  }
});

function positiveInt(option: string, raw: string): number {
  if (!/^\d+$/u.test(raw.trim()) || Number(raw) < 1) throw new UserError(`${option} must be a whole number of at least 1; found ${JSON.stringify(raw)}.`);
  return Number(raw);
}
