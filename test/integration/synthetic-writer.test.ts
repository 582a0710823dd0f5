/**
 * `npm run bench:data`: the fast path (constraints and indexes on the written labels dropped while it
 * writes, then rebuilt) writes exactly the graph the slow path (every constraint and index in place)
 * writes, and leaves the whole schema in place and ONLINE, which the API's lookups rely on.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeeded, seed } from '../../src/seed/loader.js';
import { schemaInPlace } from '../../src/db/schema.js';
import { openTestExecutor } from '../helpers/db.js';
import { spawnEntry } from '../helpers/spawn-server.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

const ENV = { NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password };
const NODES = 300;
const ex = openTestExecutor();

async function benchData(...args: string[]): Promise<string> {
  const p = spawnEntry('bench/synthetic-data.ts', ENV, args);
  const code = await p.exited;
  expect(code, p.output()).toBe(0);
  return p.output();
}

/** Every synthetic node and relationship with all its labels and properties, as one hash and counts. */
async function synthetic(): Promise<{ nodes: number; rels: number; digest: string; labels: Record<string, number> }> {
  const plain = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) && x.constructor !== Object ? String(x) : x));
  const nodes = (await ex.runText('test:synthetic-nodes', 'MATCH (n) WHERE n.synthetic RETURN labels(n) AS l, properties(n) AS p', {}, 'READ')).map((r) => {
    const p = r.get('p') as Record<string, unknown>;
    return plain([[...(r.get('l') as string[])].sort(), Object.keys(p).sort().map((k) => [k, p[k]])]);
  });
  const rels = (await ex.runText('test:synthetic-rels', 'MATCH (a)-[r]->(b) WHERE r.synthetic RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b', {}, 'READ')).map((r) => {
    const p = r.get('p') as Record<string, unknown>;
    return plain([r.get('a'), r.get('t'), r.get('b'), Object.keys(p).sort().map((k) => [k, p[k]])]);
  });
  const labels: Record<string, number> = {};
  for (const n of nodes) for (const l of (JSON.parse(n) as [string[]])[0]) labels[l] = (labels[l] ?? 0) + 1;
  const digest = createHash('sha256').update([...nodes].sort().join('\n')).update('\n--\n').update([...rels].sort().join('\n')).digest('hex');
  return { nodes: nodes.length, rels: rels.length, digest, labels };
}

beforeAll(async () => {
  if (!(await isSeeded(ex)).complete) await seed(ex);
});
afterAll(async () => {
  await benchData('--clear');
  await ex.close();
});

describe('npm run bench:data', () => {
  it('writes the same graph with the schema dropped meanwhile as with it in place, and leaves every constraint and index online', async () => {
    await benchData('--clear', '--nodes', String(NODES), '--keep-schema', '--batch', '7', '--parallel', '1');
    const slow = await synthetic();
    expect(await schemaInPlace(ex)).toBe(true);

    const out = await benchData('--clear', '--nodes', String(NODES), '--batch', '4', '--parallel', '3');
    expect(out).toMatch(/constraints and indexes online again after/);
    expect(out).toMatch(/Wrote 300 nodes and \d+ relationships in [\d.]+ s .*: [\d,]+ nodes\/s/);
    const fast = await synthetic();
    expect(await schemaInPlace(ex)).toBe(true);

    // 30 groups of ten: five cities, one article, three observations, one assessment each.
    expect(fast.nodes).toBe(NODES);
    expect(fast.labels).toEqual({ City: 150, Node: 300, Article: 30, Source: 30, Observation: 90, AssessmentEvent: 30 });
    expect(fast.rels).toBeGreaterThan(2 * NODES);
    expect(fast).toEqual(slow);
    // Every synthetic fact carries the sourceKey the loader gives seed facts (Source.facts reads it).
    const unkeyed = await ex.runText('test:synthetic-source-keys', "MATCH ()-[r]->() WHERE r.synthetic AND r.sourceIds IS NOT NULL AND coalesce(r.sourceKey, '') <> reduce(k = '|', id IN r.sourceIds | k + id + '|') RETURN count(r) AS n", {}, 'READ');
    expect(Number(unkeyed[0]!.get('n'))).toBe(0);
  }, 240_000);

  it('refuses to write over synthetic data already there, and leaves the schema as it was', async () => {
    const p = spawnEntry('bench/synthetic-data.ts', ENV, ['--nodes', '20']);
    expect(await p.exited).not.toBe(0);
    expect(p.output()).toMatch(/already holds synthetic data \(150 synthetic cities\)/);
    expect(await schemaInPlace(ex)).toBe(true);
  }, 120_000);
});
