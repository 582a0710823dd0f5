/**
 * Connects the process to its Neo4j: the configured NEO4J_URI, or the local Neo4j (started, or reused
 * when already running). Returns the driver, the executor and a `close` that undoes what was opened.
 */
import type { Driver } from 'neo4j-driver';
import { boltUri, type Config } from '../config/config.js';
import { Executor, type ExecutorObserver } from './executor.js';
import { createDriver, verifyConnection } from './driver.js';
import { ownedAlone, startLocalNeo4j, type LocalNeo4jHandle, type Owner } from './local/local-neo4j.js';
import { loadQueries } from './queries.js';

export interface Database {
  driver: Driver;
  executor: Executor;
  uri: string;
  neo4j: { version: string; edition: string };
  local?: LocalNeo4jHandle;
  /**
   * Closes the driver and releases the local Neo4j: it is stopped only if this process started (or
   * adopted) it and no other process uses it; one found running is always left running.
   */
  close(): Promise<void>;
  /** For an exit that cannot wait: asks the local Neo4j we own, if nobody else uses it, to shut down (SIGTERM), at once. */
  abandon(): void;
}

export async function openDatabase(config: Config, opts: { owner: Owner; observer?: ExecutorObserver; log?: (line: string) => void }): Promise<Database> {
  const registry = loadQueries();
  let local: LocalNeo4jHandle | undefined;
  if (!config.neo4jUri) {
    local = await startLocalNeo4j({ ...config.local, username: config.neo4jUsername, password: config.neo4jPassword, log: opts.log }, { owner: opts.owner, detached: false });
  }
  const uri = boltUri(config);
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  let info: { version: string; edition: string };
  try {
    info = await verifyConnection(driver, { uri, username: config.neo4jUsername }, config.neo4jDatabase);
  } catch (err) {
    await driver.close();
    await local?.release();
    throw err;
  }
  const executor = new Executor(driver, registry, { database: config.neo4jDatabase, txTimeoutMs: config.txTimeoutMs, observer: opts.observer });
  return {
    driver,
    executor,
    uri,
    neo4j: info,
    local,
    async close() {
      await driver.close();
      await local?.release();
    },
    abandon() {
      if (!local || !ownedAlone(config.local.home)) return;
      try {
        process.kill(local.pid, 'SIGTERM'); // Neo4j shuts itself down cleanly; nothing is left behind
      } catch {
        /* already gone */
      }
    },
  };
}
