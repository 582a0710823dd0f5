/**
 * `npm start`: the composition root. Config → Neo4j (local unless NEO4J_URI) → schema and seeds →
 * GraphQL over HTTP. SIGINT/SIGTERM drain in-flight requests, close the driver and stop the local Neo4j.
 */
import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { watchDatabase } from './db/watch.js';
import { isPortFree, readStartupTimes, recordStartupTime } from './db/local/local-neo4j.js';
import { createLogger } from './logging/logger.js';
import { buildAppSchema } from './schema/build-schema.js';
import { warmUp } from './schema/warm-up.js';
import { createServer } from './server/app.js';
import { executorObserver } from './metrics/metrics.js';
import type { ExecutorObserver } from './db/executor.js';
import { seed, seedStatus, type SeedProgress } from './seed/loader.js';
import { applySchema } from './db/schema.js';
import { runCli, UserError } from './cli/run-cli.js';

runCli(async () => {
  const t0 = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  if (!(await isPortFree(config.port, config.host))) {
    throw new UserError(`The GraphQL server's port ${config.port} on ${config.host} is already in use.`, `Stop the program using it, or choose another port: PORT=${config.port + 1} npm start (or set PORT in .env).`);
  }
  const schema = await buildAppSchema();
  // Each Cypher call of the warm-up, for the log (where start-up time goes).
  let warmCalls: { name: string; ms: number }[] | null = null;
  // And the plans it made (query and parameter shape: src/db/plan-key.ts), the ones clients' calls reuse.
  const warmPlans = new Set<string>();
  const observer: ExecutorObserver = {
    onQuery(name: string, mode: 'READ' | 'WRITE', ms: number, ok: boolean) {
      executorObserver.onQuery?.(name, mode, ms, ok);
      warmCalls?.push({ name, ms: Math.round(ms) });
    },
    // Removed once the warm-up is done: the executor works out a call's plan key only for an observer that takes it.
    onSend(_name: string, key: string) {
      if (warmCalls) warmPlans.add(key);
    },
  };
  const db = await openDatabase(config, { owner: 'server', observer, log: (line) => logger.info(`[local-neo4j] ${line}`) });
  let closing: Promise<void> | undefined;
  try {
    logger.info({ uri: db.uri, database: config.neo4jDatabase, neo4j: db.neo4j.version }, 'connected to Neo4j');
    logger.info('applying the schema (constraints, full-text index)…');
    const tSchema = performance.now();
    const applied = await applySchema(db.executor);
    logger.info({ ms: Math.round(performance.now() - tSchema) }, 'schema step done');
    if (applied === 0) logger.info('the schema is in place (every constraint and index exists and is online)');
    // Re-seed only when the seed's inputs changed and the graph they make differs from the loaded one.
    const tStatus = performance.now();
    const status = await seedStatus(db.executor);
    logger.info({ ms: Math.round(performance.now() - tStatus), fresh: status.fresh, heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }, 'checked the seed');
    if (!status.fresh) {
      const { state, bundle } = status;
      const lastSeedMs = db.local ? readStartupTimes(config.local.home).seedMs : undefined;
      logger.info(
        `${state.complete ? 'seed data changed: reloading the graph' : 'database has no complete seed: loading the seeds'} — ${bundle.nodes.length} nodes and ${bundle.rels.length} relationships (${
          lastSeedMs ? `last time ${Math.round(lastSeedMs / 1000)} s` : 'usually 5–30 s'
        })…`,
      );
      let lastLine = Date.now();
      const onProgress = (p: SeedProgress) => {
        if (Date.now() - lastLine < 2000) return;
        lastLine = Date.now();
        const done = (p.nodes.done + p.relationships.done) / Math.max(1, p.nodes.total + p.relationships.total);
        logger.info(`  …seeding: ${p.nodes.done}/${p.nodes.total} nodes, ${p.relationships.done}/${p.relationships.total} relationships (${Math.round(done * 100)}%)`);
      };
      const report = await seed(db.executor, { bundle, inputHash: status.inputHash, onProgress });
      if (db.local) recordStartupTime(config.local.home, 'seedMs', report.ms);
      logger.info(
        { nodesByLabel: report.nodesByLabel, relsByType: report.relsByType, unresolvedRosterRows: report.unresolved.length, ms: report.ms },
        `seeds loaded: ${report.nodes} nodes, ${report.relationships} relationships in ${(report.ms / 1000).toFixed(1)} s`,
      );
    }
    // Warm the data path before listening (Neo4j plans every API query, every resolver runs once), so
    // `/ready` answers only when the first client requests will not be the slow ones.
    warmCalls = [];
    const warmMs = await warmUp(schema, db.executor, logger);
    const calls = warmCalls.sort((a, b) => b.ms - a.ms);
    warmCalls = null;
    observer.onSend = undefined;
    logger.info({ ms: Math.round(warmMs), cypherCalls: calls.length, plans: warmPlans.size, slowest: calls.slice(0, 10) }, 'warmed the data path');
    const server = await createServer({ schema, executor: db.executor, logger, options: config.server });
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.httpServer.listen(config.port, config.host, () => resolve());
    });
    const watch = watchDatabase(db, config.neo4jDatabase, logger);
    const base = `http://${config.host}:${config.port}`;
    logger.info(`GraphQL ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${base}/graphql  (playground ${base}/, graph view ${base}/explore, metrics ${base}/metrics)`);

    let firstSignalAt = 0;
    const shutdown = (signal: string) => {
      if (closing) {
        // One Ctrl-C reaches us more than once: from the terminal (npm, scripts/start.mjs and node share
        // its process group) and again relayed by scripts/start.mjs. Only a second press, later, means
        // "stop waiting".
        if (Date.now() - firstSignalAt < 2000) return;
        logger.warn(`${signal} again: stopping Neo4j without waiting and exiting now`);
        db.abandon();
        process.exit(130);
      }
      firstSignalAt = Date.now();
      logger.info(`${signal}: finishing in-flight requests and shutting down`);
      closing = (async () => {
        watch.stop();
        logger.info('draining HTTP requests');
        await server.apollo.stop(); // stops accepting, drains in-flight requests
        logger.info(db.local ? 'closing the driver and releasing the local Neo4j (stopped if this server started it and nothing else uses it)' : 'closing the driver');
        await db.close();
        logger.info('stopped');
      })();
      closing.then(
        () => (process.exitCode = 0),
        (err: unknown) => {
          logger.error({ err }, 'error while shutting down');
          process.exitCode = 1;
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (err) {
    await db.close();
    throw err;
  }
});
