/**
 * The executor: the only code that opens Neo4j sessions. It names the database, runs reads in READ
 * sessions (followers in a cluster; one auto-commit transaction each, see `run`) and writes through
 * `executeWrite`, applies the transaction timeout,
 * closes sessions in `finally`, counts round trips per request, and maps driver errors to the API's
 * error codes in one place.
 *
 * Deadlines on our side (`guard`): the transaction timeout is Neo4j's to enforce, and a database that is
 * frozen, booting or cut off never enforces it. So every call also has a client-side deadline (the
 * timeout plus DEADLINE_GRACE_MS), and a call still unanswered after STALL_CHECK_MS asks whether the
 * database answers at all (one shared `RETURN 1`, PING_TIMEOUT_MS): if not, the caller gets
 * SERVICE_UNAVAILABLE at once instead of waiting for the timeout. A session given up on is closed
 * without waiting for it.
 *
 * Every transaction carries metadata (`app`, `requestId`, `query`, `call`: see `txMetadata`), so an
 * operator sees in `SHOW TRANSACTIONS` whose it is, and so a call the server gives up on (its deadline,
 * the request's deadline, a database that stopped answering) is ended in Neo4j too: `terminate` finds
 * its transaction by `call` and sends `TERMINATE TRANSACTIONS`. Without it an abandoned query kept
 * running (and holding memory and a CPU) until its own timeout, long after its client had its answer.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type Record as Neo4jRecord, type ManagedTransaction, type ResultSummary, type Session, Neo4jError } from 'neo4j-driver';
import type { QueryRegistry } from './query-registry.js';
import { planKey } from './plan-key.js';
import { QueryTooComplexError, ServiceUnavailableError } from '../errors/errors.js';

export const DEADLINE_GRACE_MS = 2000;
export const STALL_CHECK_MS = 250;
export const PING_TIMEOUT_MS = 1000;
/** A database that completed something this recently is answering, however slow the call at hand. */
const RECENT_ANSWER_MS = 300;

/** Cypher calls one request may have running at once; more wait their turn (docs/operations.md). */
export const REQUEST_MAX_CONCURRENT_CYPHER = 2;
/** Cypher time one request may spend in all; calls started after it is spent are refused. */
export const REQUEST_CYPHER_BUDGET_MS = 3000;
/**
 * A request's first calls are never refused by the time budget: loaders make a nested query cost one
 * round trip per level of nesting, so an honest query, however slow the machine, needs few; an alias
 * flood needs one per alias.
 */
export const BUDGET_FREE_ROUND_TRIPS = 6;
/**
 * Heavy requests (an estimated cost over HEAVY_COST, marked by the cost plugin) and every request's
 * traversals (LANE_QUERIES) share one process-wide
 * lane: HEAVY_LANE_SLOTS Cypher calls at a time among all of them, so cheap requests keep the rest of
 * the database; a heavy call that cannot get into the lane within HEAVY_LANE_WAIT_MS is refused.
 */
export const HEAVY_LANE_SLOTS = 1;
/** The estimated cost (src/server/limits.ts) over which a request is heavy. */
export const HEAVY_COST = 2000;
export const HEAVY_LANE_WAIT_MS = 1000;
/** The Cypher time budget of a heavy request: its calls run one at a time, so this is about its wall time. */
export const HEAVY_CYPHER_BUDGET_MS = 1500;

/** The `app` of every transaction's metadata: how `SHOW TRANSACTIONS` tells this server's work apart. */
export const TX_APP = 'ip-city-graph';
/** The deadline of a whole GraphQL request unless configured (REQUEST_DEADLINE_MS). */
export const DEFAULT_REQUEST_DEADLINE_MS = 10_000;

/** A counting semaphore; `acquire` resolves false when `waitMs` passes first. */
export class Slots {
  private used = 0;
  private readonly queue: Array<(ok: boolean) => void> = [];
  constructor(private readonly size: number) {}
  acquire(waitMs = Infinity): Promise<boolean> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const grant = (ok: boolean) => {
        clearTimeout(timer);
        resolve(ok);
      };
      this.queue.push(grant);
      if (Number.isFinite(waitMs)) {
        timer = setTimeout(() => {
          const i = this.queue.indexOf(grant);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(false);
        }, waitMs);
      }
    });
  }
  release(): void {
    const next = this.queue.shift();
    if (next) next(true);
    else this.used--;
  }
}

/**
 * Cheap requests come first: while cheap calls run beside the heavy lane, heavy work gets at most this
 * share of the time. After a heavy call that took d ms with cheap calls running during it (or still
 * running), the lane stays closed for d × (1 − share) / share before the next heavy call; with no cheap
 * work about, heavy calls follow each other at once. On a small machine one traversal beside a cheap
 * query takes CPU the cheap query needs (the database's and the event loop's), whatever the pool.
 */
export const HEAVY_SHARE_UNDER_CONTENTION = 0.5;

/**
 * The traversals: named queries whose work grows with the graph around their start node (a deep
 * neighbourhood, a timeline, many paths). Their calls always go through the heavy lane, whatever
 * request makes them, so several clients with one traversal each, or one request with three, run one
 * traversal at a time beside the cheap requests; the request's other calls are not held back.
 */
export const LANE_QUERIES: ReadonlySet<string> = new Set(['api/traversal/neighbourhood', 'api/traversal/neighbourhood-truncated', 'api/traversal/timeline', 'api/traversal/paths']);

const heavyLane = new Slots(HEAVY_LANE_SLOTS);
/** Cheap (not heavy) Cypher calls running now, and when one last ran (performance.now()). */
let cheapRunning = 0;
let cheapSeenAt = -Infinity;

/** Gives the heavy lane back after a heavy call that began at `startedAt`, resting first if cheap work ran beside it. */
function releaseHeavyLane(startedAt: number): void {
  const now = performance.now();
  if (cheapRunning === 0 && cheapSeenAt < startedAt) return heavyLane.release();
  const restMs = ((now - startedAt) * (1 - HEAVY_SHARE_UNDER_CONTENTION)) / HEAVY_SHARE_UNDER_CONTENTION;
  setTimeout(() => heavyLane.release(), Math.min(restMs, HEAVY_LANE_WAIT_MS / 2));
}

/**
 * Per-request counters and budget; the context creates one per request. The executor runs a request's
 * Cypher calls through `turn`: at most REQUEST_MAX_CONCURRENT_CYPHER at once, and none once the request
 * has spent REQUEST_CYPHER_BUDGET_MS of Cypher time (QUERY_TOO_COMPLEX), so one request (fifteen aliases
 * of a traversal, say) cannot take the database from everyone else.
 */
export class QueryStats {
  roundTrips = 0;
  cypherMs = 0;
  readonly byQuery = new Map<string, number>();
  /** Set by the cost plugin when the request's estimated cost is over HEAVY_COST. */
  heavy = false;
  /** The request's id, put in its transactions' metadata. */
  readonly requestId: string | undefined;
  /** The request's deadline (performance.now() time; Infinity for none) and its length in ms. */
  readonly deadlineAt: number;
  readonly deadlineMs: number | undefined;
  private readonly slots: Slots;
  /**
   * Whether a slow read asks if the database still answers (SERVICE_UNAVAILABLE when a ping fails): yes
   * for a client's request; no for the server's own warm-up, which runs on a Neo4j that may have just
   * started and be slow to answer anything (then only the transaction timeout applies, as for writes).
   */
  readonly stallCheck: boolean;
  /** The transaction timeout of the request's calls (ms); undefined: the executor's (NEO4J_TX_TIMEOUT_MS). */
  readonly txTimeoutMs: number | undefined;
  /** A heavy request's calls go into the lane one at a time, so none waits there behind its own sibling. */
  private readonly serial = new Slots(1);
  constructor(
    readonly limits: { maxConcurrent: number; budgetMs: number; freeRoundTrips: number } = { maxConcurrent: REQUEST_MAX_CONCURRENT_CYPHER, budgetMs: REQUEST_CYPHER_BUDGET_MS, freeRoundTrips: BUDGET_FREE_ROUND_TRIPS },
    request: { requestId?: string; deadlineMs?: number; stallCheck?: boolean; txTimeoutMs?: number } = {},
  ) {
    this.slots = new Slots(limits.maxConcurrent);
    this.stallCheck = request.stallCheck ?? true;
    this.txTimeoutMs = request.txTimeoutMs;
    this.requestId = request.requestId;
    this.deadlineMs = request.deadlineMs;
    this.deadlineAt = request.deadlineMs === undefined ? Infinity : performance.now() + request.deadlineMs;
  }
  /** Milliseconds left before the request's deadline (Infinity when it has none). */
  remainingMs(): number {
    return this.deadlineAt - performance.now();
  }
  /** The error of a call refused or given up on because the request's deadline passed. */
  deadlineError(): QueryTooComplexError {
    return new QueryTooComplexError(
      `The request ran past its deadline of ${this.deadlineMs} ms (REQUEST_DEADLINE_MS); this part was not answered and its database work was stopped. Ask for less per request.`,
      { limit: 'requestDeadlineMs', max: this.deadlineMs },
    );
  }
  record(name: string, ms: number): void {
    this.roundTrips++;
    this.cypherMs += ms;
    this.byQuery.set(name, (this.byQuery.get(name) ?? 0) + 1);
  }
  /** Runs one Cypher call of the request in its turn; `traversal` puts it in the heavy lane even in a cheap request. */
  async turn<T>(work: () => Promise<T>, traversal = false): Promise<T> {
    await this.slots.acquire();
    let inLane = false;
    let laneAt = 0;
    let serial = false;
    let cheap = false;
    try {
      this.checkBudget();
      if (this.heavy || traversal) {
        serial = await this.serial.acquire();
        this.checkBudget();
        inLane = await heavyLane.acquire(HEAVY_LANE_WAIT_MS);
        if (!inLane) {
          throw new QueryTooComplexError(`The server's share for heavy requests (estimated cost over ${HEAVY_COST}) stayed busy for ${HEAVY_LANE_WAIT_MS} ms; this part was not run. Retry, or ask for less per request.`, { limit: 'heavyLane', max: HEAVY_LANE_SLOTS });
        }
        this.checkBudget();
        laneAt = performance.now();
      } else {
        cheap = true;
        cheapRunning++;
      }
      return await work();
    } finally {
      if (cheap) {
        cheapRunning--;
        cheapSeenAt = performance.now();
      }
      if (inLane) releaseHeavyLane(laneAt);
      if (serial) this.serial.release();
      this.slots.release();
    }
  }
  private checkBudget(): void {
    if (this.remainingMs() <= 0) throw this.deadlineError();
    const budget = this.heavy ? Math.min(this.limits.budgetMs, HEAVY_CYPHER_BUDGET_MS) : this.limits.budgetMs;
    if (this.roundTrips >= this.limits.freeRoundTrips && this.cypherMs >= budget) {
      throw new QueryTooComplexError(`The request spent its Cypher time budget of ${budget} ms (${this.roundTrips} queries); the rest of it was not run. Ask for less per request.`, { limit: 'requestCypherMs', max: budget, value: Math.round(this.cypherMs) });
    }
  }
}

/** Hooks for process-wide metrics (Prometheus); no-ops by default. */
export interface ExecutorObserver {
  onQuery?(name: string, mode: 'READ' | 'WRITE', ms: number, ok: boolean): void;
  /** Before each call is sent: its plan-cache key (`planKey`: name, parameter types and size classes). */
  onSend?(name: string, key: string): void;
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
  /**
   * Called once the call has really ended in the driver, even when the server gave up on it earlier
   * (a query Neo4j cannot interrupt runs on after TERMINATE): the research door holds its slot until then.
   */
  onSettled?: () => void;
}

/** What a transaction is opened with: its timeout and the metadata `SHOW TRANSACTIONS` shows. */
export interface TxConfig {
  timeout: number;
  metadata: { app: string; requestId: string; query: string; call: string };
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly registry: QueryRegistry,
    readonly options: ExecutorOptions,
  ) {}

  /** Runs the named query in a read transaction. */
  read(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    const text = this.registry.get(name).wire;
    return this.inTurn(opts, () => this.run(name, text, params, 'READ', opts), LANE_QUERIES.has(name));
  }

  /** Runs the named query in a write transaction. */
  write(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    const text = this.registry.get(name).wire;
    return this.inTurn(opts, () => this.run(name, text, params, 'WRITE', opts));
  }

  /**
   * Runs a named write that commits in batches itself (`CALL { … } IN TRANSACTIONS`): Neo4j runs those
   * only in an auto-commit transaction, so this is one `session.run` in a WRITE session, not
   * `executeWrite` (which the driver retries as a whole; a batched write is not all-or-nothing, so its
   * caller must be able to run it again: the loader's prune is). Each batch is its own transaction,
   * bounded by db.memory.transaction.max on its own.
   */
  writeInBatches(name: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    const text = this.registry.get(name).wire;
    const cypherParams = toCypherParams(params) as Record<string, unknown>;
    return this.inTurn(opts, () => this.inSession(name, 'WRITE', opts, async (session, txConfig) => (await session.run(text, cypherParams, txConfig)).records));
  }

  /** A request's call waits for its turn (see QueryStats); calls outside a request run at once. */
  private inTurn<T>(opts: RunOptions, work: () => Promise<T>, traversal = false): Promise<T> {
    return opts.stats ? opts.stats.turn(work, traversal) : work();
  }

  /**
   * Runs Cypher text that is not in the registry (schema statements from `cypher/schema`, EXPLAIN of a
   * named query, the research door). Callers own the text; user input only ever goes in `params`.
   */
  runText(label: string, text: string, params: Record<string, unknown>, mode: 'READ' | 'WRITE', opts: RunOptions = {}): Promise<Neo4jRecord[]> {
    return this.inTurn(opts, () => this.run(label, text, params, mode, opts));
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
    return this.inSession(label, 'READ', opts, (session, txConfig) =>
      session.executeRead(
        async (tx) => {
          if (delivered > 0) throw new Error(`${label}: the transaction was retried after ${delivered} records were handed out; run it again.`);
          const result = tx.run(text, params);
          for await (const record of result) {
            delivered++;
            this.lastAnswerAt = performance.now();
            if ((await onRecord(record)) === false) break;
          }
          return result.summary();
        },
        txConfig,
      ),
    );
  }

  /** Several statements in one write transaction: all or nothing (one loader batch). */
  async writeInOneTransaction(label: string, work: (tx: ManagedTransaction) => Promise<void>, opts: RunOptions = {}): Promise<void> {
    await this.inSession(label, 'WRITE', opts, (session, txConfig) => session.executeWrite(work, txConfig));
  }

  /**
   * A read is one auto-commit transaction in a READ session (routed to followers and read replicas in
   * a cluster, like `executeRead`): the driver sends RUN and PULL in one write and Neo4j answers in one
   * round trip, where a managed transaction adds BEGIN and a COMMIT round trip and builds three results
   * (each capturing a stack trace). Profiled: that was about a fifth of the server's CPU per request
   * (docs/performance.md, "The GraphQL layer's own cost"). Every read is a single statement, so nothing
   * is lost by not wrapping it; writes keep `executeWrite`.
   */
  private run(name: string, text: string, rawParams: Record<string, unknown>, mode: 'READ' | 'WRITE', opts: RunOptions): Promise<Neo4jRecord[]> {
    const params = toCypherParams(rawParams) as Record<string, unknown>;
    // The plan key only for an observer that takes it (the server's, during its warm-up).
    const observer = this.options.observer;
    if (observer?.onSend) observer.onSend(name, planKey(name, params));
    if (mode === 'READ') return this.inSession(name, mode, opts, async (session, txConfig) => (await withoutCallSite(() => session.run(text, params, txConfig))).records);
    const work = async (tx: ManagedTransaction) => (await tx.run(text, params)).records;
    return this.inSession(name, mode, opts, (session, txConfig) => session.executeWrite(work, txConfig));
  }

  /**
   * The one session block: opens a session on the configured database in `mode`, runs `work` with the
   * transaction timeout, maps driver errors to the API's, closes the session whatever happens, and
   * records the round trip (per-request stats and process metrics).
   */
  private async inSession<T>(label: string, mode: 'READ' | 'WRITE', opts: RunOptions, work: (session: Session, txConfig: TxConfig) => Promise<T>): Promise<T> {
    const timeout = opts.timeoutMs ?? opts.stats?.txTimeoutMs ?? this.options.txTimeoutMs;
    const txConfig: TxConfig = { timeout, metadata: { app: TX_APP, requestId: opts.stats?.requestId ?? '', query: label, call: randomUUID() } };
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const t0 = performance.now();
    let ok = false;
    let running: Promise<T> | undefined;
    try {
      const result = await this.guard(
        timeout,
        () => {
          running = work(session, txConfig);
          if (opts.onSettled) {
            const settled = opts.onSettled;
            running.then(settled, settled);
          }
          return running;
        },
        mode === 'READ' && opts.stats !== undefined && opts.stats.stallCheck,
        opts.stats,
        // A database that stopped answering gets no TERMINATE (it could not receive one, and a pile of
        // them would hold the pool while it is away): its own timeout ends the query once it runs again.
        (reason) => {
          if (!(reason instanceof ServiceUnavailableError)) this.terminateCall(txConfig.metadata.call, () => running);
        },
      );
      ok = true;
      return result;
    } catch (err) {
      if (!running && opts.onSettled) opts.onSettled();
      throw mapError(err, timeout);
    } finally {
      await closeSession(session, ok);
      const ms = performance.now() - t0;
      opts.stats?.record(label, ms);
      this.options.observer?.onQuery?.(label, mode, ms, ok);
    }
  }

  /** True when the database answers a trivial query within `timeoutMs`; never waits longer. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    let ok = false;
    try {
      await Promise.race([
        session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('ping timeout')), timeoutMs);
        }),
      ]);
      ok = true;
      this.lastAnswerAt = performance.now();
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      await closeSession(session, ok);
    }
  }

  /**
   * For the liveness check: false only when the database gives no answer within `timeoutMs` or the
   * connection itself fails; an error it answers with (a transient error on a busy server, say) is an
   * answer, so a busy database is not taken for a dead one.
   */
  private async respondsWithin(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    let ok = false;
    try {
      await Promise.race([
        session.run('RETURN 1').then(() => undefined),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('ping timeout')), timeoutMs);
        }),
      ]);
      ok = true;
      this.lastAnswerAt = performance.now();
      return true;
    } catch (err) {
      return !(err instanceof Error && err.message === 'ping timeout') && !(mapError(err, timeoutMs) instanceof ServiceUnavailableError);
    } finally {
      clearTimeout(timer);
      await closeSession(session, ok);
    }
  }

  /**
   * The liveness probe `answers` runs (a `RETURN 1` within `timeoutMs`, see `respondsWithin`). Its
   * "no" is not the last word: see `answers`.
   */
  protected probe(timeoutMs: number): Promise<boolean> {
    return this.respondsWithin(timeoutMs);
  }

  private aliveCheck?: { at: number; answer: Promise<boolean> };
  /** When the database last completed anything for this process (performance.now()). */
  private lastAnswerAt = 0;

  /**
   * Whether the database answers: yes if it completed something within RECENT_ANSWER_MS and after the
   * asking call began (`since`; a busy database is not a dead one, but an answer from before the call
   * says nothing about the database now: it may have frozen since), else one ping shared by every call
   * waiting at the same time.
   */
  private async answers(since: number): Promise<boolean> {
    const now = performance.now();
    if (now - this.lastAnswerAt < RECENT_ANSWER_MS && this.lastAnswerAt >= since) return true;
    // A ping that failed within the last PING_TIMEOUT_MS still stands: calls that check just after it
    // get the answer at once instead of starting (and waiting for) another ping.
    if (now - this.lastPingFailedAt < PING_TIMEOUT_MS && this.lastAnswerAt < this.lastPingFailedAt) return false;
    if (!this.aliveCheck || now - this.aliveCheck.at > PING_TIMEOUT_MS) {
      const startedAt = now;
      const answer = this.probe(PING_TIMEOUT_MS).then(async (ok) => {
        if (ok) return true;
        // A ping stuck behind the machine's load (a new connection to open, a starved event loop) says
        // nothing about a database that answered other calls meanwhile. Answers already read from the
        // socket are handed out first (setImmediate runs after the I/O phase), then: any answer since
        // the ping began — a result or an error the database sent — overrules it.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.lastAnswerAt >= startedAt) return true;
        this.lastPingFailedAt = performance.now();
        return false;
      });
      this.aliveCheck = { at: now, answer };
    }
    return this.aliveCheck.answer;
  }
  private lastPingFailedAt = -Infinity;

  /**
   * `work` unless the database stops answering (SERVICE_UNAVAILABLE once a ping fails) or the call
   * outlives its transaction timeout by DEADLINE_GRACE_MS, which Neo4j should never let happen: then
   * QUERY_TOO_COMPLEX when the database still answers (a query it cannot interrupt, such as a runaway
   * expression), SERVICE_UNAVAILABLE when not.
   */
  private async guard<T>(timeoutMs: number, work: () => Promise<T>, stallCheck = true, stats?: QueryStats, onGiveUp?: (reason: unknown) => void): Promise<T> {
    const t0 = performance.now();
    const deadline = timeoutMs + DEADLINE_GRACE_MS;
    let timer: NodeJS.Timeout | undefined;
    let requestTimer: NodeJS.Timeout | undefined;
    let settled = false;
    if (stats && stats.remainingMs() <= 0) throw stats.deadlineError();
    const watchdog = new Promise<never>((_, reject) => {
      if (stats && Number.isFinite(stats.deadlineAt)) {
        requestTimer = setTimeout(() => {
          if (!settled) reject(stats.deadlineError());
        }, Math.max(0, stats.remainingMs()));
      }
      const check = async () => {
        if (settled) return;
        const elapsed = performance.now() - t0;
        // Only a request's reads are checked: writes (seeding, schema) keep the database busy enough to
        // slow a ping, and the process's own work (boot, CLI, exports) has no client waiting; for
        // those only the deadline applies.
        const alive = stallCheck || elapsed >= deadline ? await this.answers(t0) : true;
        if (settled) return;
        if (!alive) {
          // The call's own answer may be read already: let it win over the ping's verdict.
          await new Promise((resolve) => setImmediate(resolve));
          if (settled) return;
        }
        if (!alive) return reject(new ServiceUnavailableError(`The graph database did not answer within ${Math.round(performance.now() - t0)} ms. Try again shortly.`));
        if (elapsed >= deadline) {
          return reject(new QueryTooComplexError(`The query ran past the ${timeoutMs} ms transaction timeout and the database did not stop it; the server gave up waiting.`, { limit: 'transactionTimeoutMs', max: timeoutMs }));
        }
        timer = setTimeout(() => void check(), Math.max(10, Math.min(STALL_CHECK_MS, deadline - elapsed)));
      };
      timer = setTimeout(() => void check(), Math.min(STALL_CHECK_MS, deadline));
    });
    let gaveUp: { reason: unknown } | undefined;
    try {
      const result = await Promise.race([
        work().catch((err: unknown) => {
          // An error the database answered with (a Cypher error, a timeout it enforced) is an answer:
          // the database is there, whatever a ping said.
          if (err instanceof Neo4jError && !(mapError(err, timeoutMs) instanceof ServiceUnavailableError)) this.lastAnswerAt = performance.now();
          throw err;
        }),
        watchdog.catch((reason: unknown) => {
          gaveUp = { reason };
          throw reason;
        }),
      ]);
      this.lastAnswerAt = performance.now();
      return result;
    } finally {
      settled = true;
      clearTimeout(timer);
      clearTimeout(requestTimer);
      if (gaveUp) onGiveUp?.(gaveUp.reason);
    }
  }

  /**
   * Ends in Neo4j the transaction of a call the server gave up on: `TERMINATE TRANSACTIONS` for the
   * transaction whose metadata `call` is `call` (Neo4j 5 Community allows it for the user's own
   * transactions). Best effort and never awaited by the caller: a database that does not answer gets
   * nothing (its own transaction timeout ends the query once it runs again). If the transaction has not
   * begun yet (the call was still waiting for a connection), it is looked for once more a little later.
   * On a cluster it reaches the server the session is routed to, which may not be the one running the
   * query. A query inside one expression Neo4j cannot interrupt (a long `reduce`) is marked terminated
   * but runs to the end of that expression.
   */
  private terminateCall(call: string, running: () => Promise<unknown> | undefined): void {
    let ended = false;
    void running()?.then(
      () => (ended = true),
      () => (ended = true),
    );
    const attempt = async (tries: number) => {
      if (ended) return;
      const found = await this.terminate(call).catch(() => -1);
      if (found === 0 && tries > 1 && !ended) setTimeout(() => void attempt(tries - 1), TERMINATE_RETRY_MS).unref();
    };
    void attempt(2);
  }

  /**
   * Sends `TERMINATE TRANSACTIONS` for this server's transactions whose metadata matches (`call`, or a
   * request's `requestId`); resolves to how many it found. Waits at most PING_TIMEOUT_MS.
   */
  async terminate(call: string, by: 'call' | 'requestId' = 'call'): Promise<number> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    let ok = false;
    try {
      const result = await Promise.race([
        session.run(
          `SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.app = $app AND metaData[$by] = $value TERMINATE TRANSACTIONS id YIELD transactionId RETURN count(transactionId) AS n`,
          { app: TX_APP, by, value: call },
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('terminate timeout')), PING_TIMEOUT_MS);
        }),
      ]);
      ok = true;
      return Number(result.records[0]?.get('n') ?? 0);
    } finally {
      clearTimeout(timer);
      await closeSession(session, ok);
    }
  }
}

/** How long after a first TERMINATE that found nothing (the transaction not begun yet) to look again. */
const TERMINATE_RETRY_MS = 300;

/** Closes a session; one that failed (perhaps on a database that no longer answers) is not waited for. */
async function closeSession(session: Session, ok: boolean): Promise<void> {
  const closing = session.close().catch(() => undefined);
  if (ok) await closing;
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
    // A query over the database's per-transaction memory cap (db.memory.transaction.max; 128 MiB on the
    // local Neo4j): `neighbourhood(depth: 2)` around a hub of a million-node graph, or a researcher's
    // query. The request's shape, not a fault of the server, so the same code as the timeout.
    if (err.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || err.code.startsWith('Neo.TransientError.General.TransactionMemoryLimit') || err.code === 'Neo.TransientError.General.OutOfMemoryError') {
      return new QueryTooComplexError('The query needed more memory than the database allows a transaction (db.memory.transaction.max), and was stopped.', { limit: 'transactionMemory' });
    }
  }
  return err;
}

/**
 * Starts a driver call without the stack trace the driver captures for it: every Result it makes runs
 * `new Error('').stack` at once (V8 formats the frames there and then) so that a failure can later show
 * where the query was started. Here that is always the same few executor frames, and a failure is
 * logged with its query name and request id instead; the capture was 2–3 % of the server's CPU for a
 * one-query request (docs/performance.md, branch `s9-9-shell`). Only this synchronous call runs with
 * `Error.stackTraceLimit` at 0; the limit is restored before anything else runs.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
