/**
 * Every Cypher query the server can run is valid against the real Neo4j: EXPLAIN plans it without
 * executing it. (The loader's queries take labels and relationship types as parameters, so planning
 * each once covers every kind.)
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { QueryRegistry } from '../../src/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../src/db/queries.js';
import { schemaStatements } from '../../src/db/schema.js';
import { openTestExecutor, testConfig } from '../helpers/db.js';

const executor = openTestExecutor();
// One session (one connection) for every EXPLAIN of the file, instead of a session and a transaction
// each: on a busy machine the per-query set-up, not the planning, is what made these tests slow.
// EXPLAIN plans without running, so no transaction timeout is needed; the test's own timeout applies.
const session = executor.driver.session({ database: testConfig().neo4jDatabase, defaultAccessMode: neo4j.session.READ });
afterAll(async () => {
  await session.close();
  await executor.close();
});
const registry = QueryRegistry.load();

async function explain(label: string, text: string): Promise<string> {
  const result = await session.run(`EXPLAIN ${text}`);
  expect(result.records, label).toEqual([]); // EXPLAIN returns no rows: it plans, it does not run
  expect(result.summary.plan, label).toBeTruthy();
  return label;
}

describe('EXPLAIN every named query', () => {
  const names = registry.names().filter((n) => !n.startsWith('schema/'));

  it('covers every query the server requires', () => {
    for (const n of REQUIRED_QUERIES) expect(names).toContain(n);
  });

  // What the executor sends (the file without comment lines and indentation), not the file as written.
  it.each(names.filter((n) => !registry.get(n).text.includes('__')))('%s plans', async (name) => {
    await explain(name, registry.get(name).wire);
  });

  it('schema statements plan', async () => {
    for (const { file, statement } of schemaStatements()) {
      // Schema commands cannot be EXPLAINed; they are idempotent, so running them is the check.
      await executor.runText(`schema:${file}`, statement, {}, 'WRITE');
    }
  });
});
