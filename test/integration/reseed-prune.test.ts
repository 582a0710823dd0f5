/**
 * A re-seed over a large graph (`npm start` after `npm run bench:data -- --nodes 1000000`) deletes what the
 * seed files do not hold in batches, each its own transaction: it used to delete it all in one
 * transaction, which went over db.memory.transaction.max (128 MiB) at a million nodes and crashed the
 * start. Instead of writing a million nodes, this file starts its own Neo4j (its own home and ports)
 * with a small cap (Community edition cannot lower it while running), so that deleting the extra nodes in
 * one transaction does not fit while a batch does. And a prune stopped part-way (a batch that does not
 * fit) leaves the seed marked incomplete and is finished by the next load, leaving exactly the seed's graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
import { dedicatedNeo4j } from '../setup/test-neo4j.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { loadQueries } from '../../src/db/queries.js';
import { NODE_LABELS, type GraphBundle } from '../../src/ingest/bundle.js';
import { buildGraph } from '../../src/ingest/build.js';
import { graphChecksum, isSeeded, seed, wipe } from '../../src/seed/loader.js';

const neo4j = dedicatedNeo4j('reseed-prune', 'PRUNE', { bolt: 27887, http: 27874 }, { transactionMemoryMax: process.env.TEST_PRUNE_CAP ?? '8m' });
/** Extra nodes the seed does not hold: plain ones first, then ones with many relationships each. */
const PLAIN = Number(process.env.TEST_PRUNE_PLAIN ?? 40_000);
const DENSE = Number(process.env.TEST_PRUNE_DENSE ?? 2_000);
const DENSE_DEGREE = 20;

let ex: Executor;
let closeDriver: () => Promise<void>;
let bundle: GraphBundle;
let seedChecksum: string;

const run = (cypher: string, params: Record<string, unknown> = {}) => ex.runText('test/reseed-prune', cypher, params, 'WRITE', { timeoutMs: 120_000 });
const count = async (cypher: string) => Number((await ex.runText('test/count', cypher, {}, 'READ'))[0]!.get(0));
const extra = () => count("MATCH (n:City) WHERE n.id STARTS WITH 'city:test-prune-' RETURN count(n)");
/** What the loader deleted in one transaction before (main's prune-nodes.cypher). */
const ONE_TRANSACTION_PRUNE = 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) AND NOT n.id IN $keep DETACH DELETE n RETURN count(*) AS deleted';

/** Writes the extra nodes, in transactions small enough for the cap. */
async function addExtra(): Promise<void> {
  for (let from = 0; from < PLAIN; from += 2000) {
    await run("UNWIND range($from, $to) AS i CREATE (:City:Node {id: 'city:test-prune-' + i, name: 'prune test ' + i})", { from, to: Math.min(from + 2000, PLAIN) - 1 });
  }
  // Dense ones after the plain ones (created later, so the prune's scan reaches them later): each has
  // DENSE_DEGREE relationships to a seed province.
  for (let from = 0; from < DENSE; from += 100) {
    await run(
      `MATCH (p:Province) WITH p ORDER BY p.id LIMIT 1
       UNWIND range($from, $to) AS i
       CREATE (c:City:Node {id: 'city:test-prune-d' + i, name: 'prune test dense ' + i})
       WITH c, p UNWIND range(1, $degree) AS k
       CREATE (c)-[:LOCATED_IN {key: 'test-' + k}]->(p)`,
      { from, to: Math.min(from + 100, DENSE) - 1, degree: DENSE_DEGREE },
    );
  }
}

beforeAll(async () => {
  const handle = await startLocalNeo4j(neo4j, { owner: 'test', detached: false });
  const driver = createDriver({ uri: handle.boltUri, username: neo4j.username, password: neo4j.password });
  closeDriver = () => driver.close();
  ex = new Executor(driver, loadQueries(), { database: 'neo4j', txTimeoutMs: 60_000 });
  bundle = await buildGraph();
  // Left over by an earlier run that stopped part-way (its home is kept): removed 50 at a time, which fits
  // under the small cap whatever their relationships.
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run("MATCH (n:City) WHERE n.id STARTS WITH 'city:test-prune-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50 ROWS");
  } finally {
    await session.close();
  }
  await wipe(ex);
  await seed(ex, { bundle, inputHash: null });
  seedChecksum = await graphChecksum(ex);
}, 300_000);

afterAll(async () => {
  await closeDriver?.();
  await stopLocalNeo4j(neo4j.home, () => undefined);
}, 120_000);

describe('re-seeding over extra nodes that do not fit in one transaction', () => {
  it('the one-transaction delete does not fit under the cap; the load deletes them in batches and leaves the seed graph', async () => {
    await addExtra();
    expect(await extra()).toBe(PLAIN + DENSE);
    // The delete as the loader ran it before: over the cap, so nothing is deleted.
    await expect(run(ONE_TRANSACTION_PRUNE, { labels: [...NODE_LABELS], keep: bundle.nodes.map((n) => n.id) })).rejects.toThrow(/memory/i);
    expect(await extra()).toBe(PLAIN + DENSE);

    await seed(ex, { bundle, inputHash: null, pruneBatch: 50 });
    expect(await extra()).toBe(0);
    expect((await isSeeded(ex)).complete).toBe(true);
    expect(await graphChecksum(ex)).toBe(seedChecksum);
  }, 240_000);

  it('a prune that fails part-way leaves the seed incomplete; the next load finishes it', async () => {
    await addExtra();
    // Batches of 1,000: the plain nodes' fit, the dense nodes' (20,000 relationships each batch) do not.
    await expect(seed(ex, { bundle, inputHash: null, pruneBatch: 1000 })).rejects.toThrow(/memory/i);
    const left = await extra();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(PLAIN + DENSE); // part of it was deleted and committed
    expect((await isSeeded(ex)).complete).toBe(false); // so `npm start` re-seeds

    await seed(ex, { bundle, inputHash: null, pruneBatch: 50 });
    expect(await extra()).toBe(0);
    expect((await isSeeded(ex)).complete).toBe(true);
    expect(await graphChecksum(ex)).toBe(seedChecksum);
  }, 240_000);
});
