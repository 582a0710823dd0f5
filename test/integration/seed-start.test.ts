/**
 * What `npm start` decides about the seed and the schema, against the real test Neo4j: the loader's
 * report counts each node once; a start whose inputs are unchanged builds nothing and re-seeds nothing;
 * a changed input re-seeds only when the graph it makes differs; the schema is applied only when a
 * constraint or index is missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/ingest/build.js';
import type { GraphBundle } from '../../src/ingest/bundle.js';
import { applySchema, schemaInPlace, schemaNames } from '../../src/db/schema.js';
import { graphChecksum, inputHash, isSeeded, seed, seedStatus, wipe } from '../../src/seed/loader.js';
import { openTestExecutor } from '../helpers/db.js';

const executor = openTestExecutor();
let bundle: GraphBundle;

beforeAll(async () => {
  bundle = await buildGraph();
  await wipe(executor);
});
afterAll(() => executor.close());

const count = async (cypher: string) => Number((await executor.runText('test/count', cypher, {}, 'READ'))[0]!.get(0));

describe('the seed as npm start sees it', () => {
  it('reports how many nodes and relationships the graph has, each node once', async () => {
    const report = await seed(executor, { bundle, inputHash: 'test-input' });
    expect(report.nodes).toBe(bundle.nodes.length);
    expect(report.nodes).toBe(await count('MATCH (n) WHERE NOT n:SeedState RETURN count(n)'));
    expect(report.relationships).toBe(bundle.rels.length);
    // Labels overlap (every API node is also :Node, articles are also :Source): their sum is no node count.
    const byLabel = Object.values(report.nodesByLabel).reduce((a, b) => a + b, 0);
    expect(byLabel).toBeGreaterThan(report.nodes);
    expect((await isSeeded(executor)).inputHash).toMatch(/^test-input\//);
  });

  it('a second load over the first leaves the graph identical, a node without :Node (an older loader) included', async () => {
    const before = await graphChecksum(executor);
    const province = bundle.nodes.find((n) => n.label === 'Province')!;
    await executor.runText('test/unlabel', 'MATCH (n:Node {id: $id}) REMOVE n:Node', { id: province.id }, 'WRITE');
    const report = await seed(executor, { bundle, inputHash: 'test-input' });
    expect(report.nodes).toBe(bundle.nodes.length);
    expect(await graphChecksum(executor)).toBe(before);
  });

  it('builds nothing when the inputs are unchanged', async () => {
    const status = await seedStatus(executor, {
      inputHash: 'test-input',
      build: () => {
        throw new Error('built the bundle although the inputs are unchanged');
      },
    });
    expect(status.fresh).toBe(true);
  });

  it('on changed inputs, compares the graph they make: the same graph records the new fingerprint, another one is re-seeded', async () => {
    let builds = 0;
    const same = await seedStatus(executor, { inputHash: 'touched', build: async () => (builds++, bundle) });
    expect(same.fresh).toBe(true);
    expect(builds).toBe(1);
    expect((await isSeeded(executor)).inputHash).toMatch(/^touched\//);
    expect((await seedStatus(executor, { inputHash: 'touched', build: async () => (builds++, bundle) })).fresh).toBe(true);
    expect(builds).toBe(1);

    const changed: GraphBundle = { ...bundle, nodes: bundle.nodes.map((n, i) => (i === 0 ? { ...n, props: { ...n.props, nameEn: 'Renamed in a test' } } : n)) };
    const status = await seedStatus(executor, { inputHash: 'edited', build: async () => changed });
    expect(status.fresh).toBe(false);
    if (!status.fresh) expect(status.inputHash).toBe('edited');
  });

  it('a seed written by a loader that does not know the fingerprint (an older checkout) is checked by content', async () => {
    const { dataHash } = await isSeeded(executor);
    await executor.runText('test/old-loader', "MATCH (s:SeedState {id: 'seed'}) SET s.dataHash = 'older-loader'", {}, 'WRITE');
    let builds = 0;
    expect((await seedStatus(executor, { inputHash: 'touched', build: async () => (builds++, bundle) })).fresh).toBe(false);
    expect(builds).toBe(1);
    await executor.runText('test/restore', "MATCH (s:SeedState {id: 'seed'}) SET s.dataHash = $dataHash", { dataHash }, 'WRITE');
  });

  it('a load that stopped part-way is never taken for a current one', async () => {
    await executor.write('seed/state-set', { complete: false, dataHash: null, inputHash: null });
    expect((await seedStatus(executor, { inputHash: 'touched', build: async () => bundle })).fresh).toBe(false);
  });
});

describe('the input fingerprint', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-inputs-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('changes with any input file, its name or its content, and with nothing else', () => {
    fs.mkdirSync(path.join(root, 'seeds', 'reference'), { recursive: true });
    fs.writeFileSync(path.join(root, 'seeds', 'a.txt'), 'one');
    fs.writeFileSync(path.join(root, 'seeds', 'reference', 'b.csv'), 'x,y');
    fs.writeFileSync(path.join(root, 'lock.json'), '{}');
    const inputs = ['seeds', 'lock.json', 'missing'];
    const first = inputHash(root, inputs);
    expect(inputHash(root, inputs)).toBe(first);
    fs.writeFileSync(path.join(root, 'unrelated.md'), 'notes');
    expect(inputHash(root, inputs)).toBe(first);
    fs.writeFileSync(path.join(root, 'seeds', 'reference', 'b.csv'), 'x,z');
    const edited = inputHash(root, inputs);
    expect(edited).not.toBe(first);
    fs.renameSync(path.join(root, 'seeds', 'a.txt'), path.join(root, 'seeds', 'c.txt'));
    expect(inputHash(root, inputs)).not.toBe(edited);
  });

  it('covers the real seed inputs', () => {
    expect(inputHash()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the schema at start', () => {
  it('is not applied again when every constraint and index is in place; a missing index is', async () => {
    await applySchema(executor);
    expect(await schemaInPlace(executor)).toBe(true);
    expect(await applySchema(executor)).toBe(0);
    expect(schemaNames().indexes).toContain('observation_metric');
    await executor.runText('test/drop-index', 'DROP INDEX observation_metric', {}, 'WRITE');
    expect(await schemaInPlace(executor)).toBe(false);
    expect(await applySchema(executor)).toBeGreaterThan(0);
    expect(await schemaInPlace(executor)).toBe(true);
  });

  it('names every constraint and index its statements create', () => {
    const { constraints, indexes } = schemaNames();
    expect(constraints).toContain('node_id');
    expect(indexes).toContain('entity_names');
    expect(() => schemaNames([{ file: 'x.cypher', statement: 'CREATE INDEX FOR (n:City) ON (n.name)' }])).toThrow(/x\.cypher.*CREATE CONSTRAINT\|INDEX <name> IF NOT EXISTS/);
  });
});
