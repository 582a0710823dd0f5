/** `npm run cypher`: the library list, a library query with params and formats, the row cap, errors with a caret. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, wipe } from '../../src/seed/loader.js';
import { openTestExecutor } from '../helpers/db.js';
import { spawnEntry } from '../helpers/spawn-server.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

const ENV = { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password };

async function cypher(...args: string[]): Promise<{ code: number | null; out: string }> {
  const p = spawnEntry('src/cli/cypher.ts', ENV, args);
  const code = await p.exited;
  return { code, out: p.output() };
}

beforeAll(async () => {
  const executor = openTestExecutor();
  try {
    await wipe(executor);
    await seed(executor);
  } finally {
    await executor.close();
  }
});

let tmp: string | undefined;
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run cypher', () => {
  it('--list shows each library query with its first comment line', async () => {
    const { code, out } = await cypher('--list');
    expect(code).toBe(0);
    expect(out).toMatch(/^multi-programme-cities\s+Cities holding two or more national IP programmes at once, and since when\.\s+\[minProgrammes=2\]$/mu);
    expect(out).toMatch(/^provenance\/low-confidence-only\s+Provenance audit:/mu);
    expect(out).not.toContain('export/');
  });

  it('runs a library query with --param and --format json', async () => {
    const { code, out } = await cypher('programme-members', '--param', 'province=湖北省', '--format', 'json');
    expect(code).toBe(0);
    const rows = JSON.parse(out.slice(out.indexOf('['), out.lastIndexOf(']') + 1)) as unknown[];
    expect(rows).toEqual([
      { province: '湖北省', year: 2022, round: '2022', memberCount: 3, members: ['孝感市', '襄阳市', '黄石市'], belowHigh: ['孝感市', '襄阳市', '黄石市'], articleBacked: ['孝感市', '襄阳市', '黄石市'] },
    ]);
  });

  it('prints CSV and a table, and cuts off at --max-rows', async () => {
    const csv = await cypher('multi-programme-cities', '--format', 'csv', '--max-rows', '2');
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toBe('city,cityId,province,programmeCount,heldSince,programmes');
    expect(csv.out).toContain('2 rows');
    expect(csv.out).toContain('cut off at --max-rows 2');
    const table = await cypher('indicator-comparison', '--param', "period='2022-H1'");
    expect(table.out).toMatch(/│ 2022-H1 │ 黄石市 │ 5\.36 /u);
  });

  it('shows a Neo4j syntax error with the file, line, column and a caret', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-cli-'));
    const file = path.join(tmp, 'broken.cypher');
    fs.writeFileSync(file, '// a broken query\nMATCH (c:City)\nRETURN c.name LIMT 5\n');
    const { code, out } = await cypher(file);
    expect(code).toBe(1);
    expect(out).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(out).toContain(`${file}:3:15`);
    expect(out).toContain('  3 | RETURN c.name LIMT 5\n    |               ^');
  });

  it('runs in a READ transaction: a write is refused by Neo4j', async () => {
    const { code, out } = await cypher('--query', 'CREATE (n:Pwned) RETURN n');
    expect(code).toBe(1);
    expect(out).toMatch(/Neo\.ClientError\.Statement\.AccessMode|read access mode/u);
  });

  it('stops a query at --timeout', async () => {
    const { code, out } = await cypher('--query', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)', '--timeout', '300');
    expect(code).toBe(1);
    expect(out).toContain('300 ms');
    expect(out).toContain('--timeout');
  });
});
