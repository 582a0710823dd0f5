/**
 * The executor's stall check against the real Neo4j: a ping that does not answer in time must not turn
 * a call the database is working on into SERVICE_UNAVAILABLE while the database answers other calls,
 * so a Cypher error keeps its own code however slow the ping (issue #12; seen as a flaky errors.test
 * on a loaded machine: the ping opened a new connection behind the load and timed out).
 * SERVICE_UNAVAILABLE for a database that really does not answer is db-away.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { Executor, PING_TIMEOUT_MS, QueryStats } from '../../src/db/executor.js';
import { createDriver } from '../../src/db/driver.js';
import { loadQueries } from '../../src/db/queries.js';
import { ServiceUnavailableError } from '../../src/errors/errors.js';
import { testConfig } from '../helpers/db.js';
import { TEST_BOLT_URI } from '../setup/test-neo4j.js';

/** An executor whose liveness ping never answers in time (it is stuck, as behind a loaded machine). */
class SlowPingExecutor extends Executor {
  pings = 0;
  protected override async probe(timeoutMs: number): Promise<boolean> {
    this.pings++;
    // While the ping is stuck, the database answers someone else (another request's cheap read).
    void this.read('system/components').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, timeoutMs));
    return false;
  }
}

const config = testConfig();
const driver = createDriver({ uri: TEST_BOLT_URI, username: config.neo4jUsername, password: config.neo4jPassword });
let executor: SlowPingExecutor;

beforeAll(async () => {
  executor = new SlowPingExecutor(driver, loadQueries(), { database: config.neo4jDatabase, txTimeoutMs: 60_000 });
  await executor.read('system/components');
});
afterAll(async () => {
  await driver.close();
});

/** A read that works for a while (summing a long range) and then fails with a Cypher error (/ by zero). */
const SLOW_FAILURE = 'UNWIND range(1, $n) AS x WITH sum(x) AS s RETURN 1 / (s - s) AS boom';

describe('the stall check under a slow ping', () => {
  it('a Cypher error that comes after a ping timed out keeps its code: the database answered others meanwhile', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500)); // no recent answer: the stall check pings
    const stats = new QueryStats(undefined, { deadlineMs: 60_000 });
    const t0 = performance.now();
    const err = await executor.runText('test/slow-failure', SLOW_FAILURE, { n: 120_000_000 }, 'READ', { stats }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = performance.now() - t0;
    expect(err).not.toBeInstanceOf(ServiceUnavailableError);
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toBe('Neo.ClientError.Statement.ArithmeticError');
    // The failure came after at least one ping had timed out, so the ping's verdict was there to be taken.
    expect(ms, 'the query must outlast a ping for this test to mean anything').toBeGreaterThan(PING_TIMEOUT_MS + 300);
    expect(executor.pings).toBeGreaterThan(0);
  });
});
