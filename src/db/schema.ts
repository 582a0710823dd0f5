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

/** Idempotent: every statement says IF NOT EXISTS. */
export async function applySchema(executor: Executor): Promise<number> {
  const statements = schemaStatements();
  for (const { file, statement } of statements) {
    await executor.runText(`schema/${file}`, statement, {}, 'WRITE');
  }
  await executor.runText('schema/await', 'CALL db.awaitIndexes(120)', {}, 'READ');
  return statements.length;
}
