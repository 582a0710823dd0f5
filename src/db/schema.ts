/** Applies `cypher/schema/*.cypher` (constraints, then indexes) and waits for the indexes to come online. */
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from './query-registry.js';
import type { Executor } from './executor.js';

export function schemaStatements(dir = path.join(CYPHER_DIR, 'schema')): { file: string; statement: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')).map((statement) => ({ file: f, statement })));
}

/**
 * The names the schema statements create: `CREATE CONSTRAINT <name>` and `CREATE [FULLTEXT|…] INDEX
 * <name>`. A statement that names nothing is an error: without a name, whether it is in place cannot be
 * told (and IF NOT EXISTS would not be idempotent either).
 */
export function schemaNames(statements = schemaStatements()): { constraints: string[]; indexes: string[] } {
  const constraints: string[] = [];
  const indexes: string[] = [];
  for (const { file, statement } of statements) {
    const m = /^\s*CREATE\s+(CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i.exec(statement);
    if (!m) throw new Error(`cypher/schema/${file}: every statement must be CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS …; found ${JSON.stringify(statement.slice(0, 80))}.`);
    (m[1]!.toUpperCase() === 'CONSTRAINT' ? constraints : indexes).push(m[2]!);
  }
  return { constraints, indexes };
}

/**
 * Whether every constraint and index of the schema files exists and every index is ONLINE: two SHOW
 * commands, instead of running each CREATE … IF NOT EXISTS and waiting for the indexes. Same meaning as
 * applying them: IF NOT EXISTS leaves an existing constraint or index of that name as it is.
 */
export async function schemaInPlace(executor: Executor, statements = schemaStatements()): Promise<boolean> {
  const want = schemaNames(statements);
  const constraints = new Set((await executor.read('system/schema-constraints')).map((r) => r.get('name') as string));
  const online = new Map((await executor.read('system/schema-indexes')).map((r) => [r.get('name') as string, r.get('state') === 'ONLINE']));
  // A uniqueness constraint's index carries the constraint's name, so it must be online too.
  return want.constraints.every((n) => constraints.has(n) && online.get(n) !== false) && want.indexes.every((n) => online.get(n) === true);
}

/**
 * Idempotent: every statement says IF NOT EXISTS. Returns how many statements ran: 0 when the schema was
 * already in place (see schemaInPlace).
 */
export async function applySchema(executor: Executor): Promise<number> {
  const statements = schemaStatements();
  if (await schemaInPlace(executor, statements)) return 0;
  for (const { file, statement } of statements) {
    await executor.runText(`schema/${file}`, statement, {}, 'WRITE');
  }
  await executor.runText('schema/await', 'CALL db.awaitIndexes(120)', {}, 'READ');
  return statements.length;
}

/** How long settleStatistics lets Neo4j take to bring indexes online and resample them (seconds). */
export const SETTLE_TIMEOUT_S = 300;

/**
 * Call after bulk writes (the seed loader, bench:data): awaits every index, resamples them and clears
 * Neo4j's query caches, so no request after a load meets a plan made on the graph as it was before
 * (Neo4j would otherwise keep it until its statistics diverge enough and a replan interval has passed).
 * The next call of each query is planned again; the server's warm-up pays for that before `/ready`.
 * Returns how long it took (ms).
 */
export async function settleStatistics(executor: Executor, timeoutSeconds = SETTLE_TIMEOUT_S): Promise<number> {
  const t0 = performance.now();
  const opts = { timeoutMs: (timeoutSeconds + 60) * 1000 };
  await executor.write('system/await-indexes', { timeoutSeconds }, opts);
  await executor.write('system/prepare-for-replanning', { timeoutSeconds }, opts);
  return performance.now() - t0;
}
