/**
 * The executor: the only code that opens Neo4j sessions. It names the database, routes reads to
 * `executeRead` (followers in a cluster) and writes to `executeWrite`, applies the transaction timeout,
 * closes sessions in `finally`, counts round trips per request, and maps driver errors to the API's
 * error codes in one place.
 */
import neo4j, { type Driver, type Record as Neo4jRecord, type ManagedTransaction, type ResultSummary, type Session, Neo4jError } from 'neo4j-driver';
import type { QueryRegistry } from './query-registry.js';
import { QueryTooComplexError, ServiceUnavailableError } from '../errors/errors.js';

/** Per-request counters; the context creates one per request. */
export class QueryStats {
  roundTrips = 0;
  cypherMs = 0;
  readonly byQuery = new Map<string, number>();
  record(name: string, ms: number): void {
    this.roundTrips++;
    this.cypherMs += ms;
    this.byQuery.set(name, (this.byQuery.get(name) ?? 0) + 1);
  }
}

/** Hooks for process-wide metrics (Prometheus); no-ops by default. */
export interface ExecutorObserver {
  onQuery?(name: string, mode: 'READ' | 'WRITE', ms: number, ok: boolean): void;
}

export interface ExecutorOptions {
  database: string;
  /** Applied to every transaction. */
  txTimeoutMs: number;
  observer?: ExecutorObserver;
}

export interface RunOptions {
  stats?: QueryStats;
  /** Overrides the default transaction timeout (never raises it above the caller's bound). */
  timeoutMs?: number;
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly registry: QueryRegistry,
    readonly options: ExecutorOptions,
  ) {}

  /** Runs the named query in a read transaction. */
  read(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    const { text } = this.registry.get(name);
    return this.run(name, text, params, 'READ', opts);
  }

  /** Runs the named query in a write transaction. */
  write(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    const { text } = this.registry.get(name);
    return this.run(name, text, params, 'WRITE', opts);
  }

  /**
   * Runs Cypher text that is not in the registry (schema statements from `cypher/schema`, EXPLAIN of a
   * named query, the research door). Callers own the text; user input only ever goes in `params`.
   */
  runText(label: string, text: string, params: Record<string, unknown>, mode: 'READ' | 'WRITE', opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    return this.run(label, text, params, mode, opts);
  }

  /**
   * Runs Cypher text in a read transaction and hands each record to `onRecord` as it arrives, never
   * holding the whole result (exports, the research door's row and byte caps). `onRecord` returning
   * `false` stops the query; the rest of the result is discarded. Resolves to the summary (for
   * `EXPLAIN`, its plan). At most once: if the driver retries the transaction after records were
   * handed out, it fails instead of handing them out twice.
   */
  async stream(label: string, text: string, params: Record<string, unknown>, onRecord: (record: Neo4jRecord) => unknown, opts: RunOptions = {}): Promise<ResultSummary> {
    let delivered = 0;
    return this.inSession(label, 'READ', opts, (session, timeout) =>
      session.executeRead(
        async (tx) => {
          if (delivered > 0) throw new Error(`${label}: the transaction was retried after ${delivered} records were handed out; run it again.`);
          const result = tx.run(text, params);
          for await (const record of result) {
            delivered++;
            if ((await onRecord(record)) === false) break;
          }
          return result.summary();
        },
        { timeout },
      ),
    );
  }

  /** Several statements in one write transaction: all or nothing (one loader batch). */
  async writeInOneTransaction(label: string, work: (tx: ManagedTransaction) => Promise<void>, opts: RunOptions = {}): Promise<void> {
    await this.inSession(label, 'WRITE', opts, (session, timeout) => session.executeWrite(work, { timeout }));
  }

  private run(name: string, text: string, rawParams: Record<string, unknown>, mode: 'READ' | 'WRITE', opts: RunOptions): Promise<Neo4jRecord[]> {
    const params = toCypherParams(rawParams) as Record<string, unknown>;
    const work = async (tx: ManagedTransaction) => (await tx.run(text, params)).records;
    return this.inSession(name, mode, opts, (session, timeout) => (mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout })));
  }

  /**
   * The one session block: opens a session on the configured database in `mode`, runs `work` with the
   * transaction timeout, maps driver errors to the API's, closes the session whatever happens, and
   * records the round trip (per-request stats and process metrics).
   */
  private async inSession<T>(label: string, mode: 'READ' | 'WRITE', opts: RunOptions, work: (session: Session, timeoutMs: number) => Promise<T>): Promise<T> {
    const timeout = opts.timeoutMs ?? this.options.txTimeoutMs;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const t0 = performance.now();
    let ok = false;
    try {
      const result = await work(session, timeout);
      ok = true;
      return result;
    } catch (err) {
      throw mapError(err, timeout);
    } finally {
      await session.close();
      const ms = performance.now() - t0;
      opts.stats?.record(label, ms);
      this.options.observer?.onQuery?.(label, mode, ms, ok);
    }
  }

  /** True when the database answers a trivial query within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await Promise.race([
        session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('ping timeout')), timeoutMs)),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/**
 * JavaScript has one number type; Cypher has INTEGER and FLOAT. Whole numbers go as INTEGER so that
 * `LIMIT $n` works and stored years, ranks and counts are integers researchers can compare exactly.
 */
export function toCypherParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toCypherParams);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toCypherParams(x)]));
  }
  return v;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/** Maps a driver error to the API's errors; anything else passes through (masked later). */
export function mapError(err: unknown, timeoutMs: number): unknown {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code) || /connect|ECONNREFUSED|ECONNRESET|Pool is closed|acquisition timed out/i.test(err.message)) {
      return new ServiceUnavailableError();
    }
    if (err.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new QueryTooComplexError(`The query ran longer than the ${timeoutMs} ms transaction timeout and was stopped.`, { limit: 'transactionTimeoutMs', max: timeoutMs });
    }
  }
  return err;
}
