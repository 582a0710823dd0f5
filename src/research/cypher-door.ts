/**
 * The research door's service: checks the key, refuses what is not a single read query (see
 * cypher-guard.ts), plans it with EXPLAIN, runs it in a READ transaction with a timeout, and stops
 * reading at the row or byte cap. The resolver stays thin; this file holds the policy.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { CypherDoorConfig } from '../config/config.js';
import { Slots, type Executor, type QueryStats } from '../db/executor.js';
import { BadUserInputError, ForbiddenError, ServiceUnavailableError } from '../errors/errors.js';
import { checkPlan, checkQueryText, RefusedQuery } from './cypher-guard.js';
import { describeCypherError } from './neo4j-error.js';
import { fromPlain, toPlain, type Json } from './plain-json.js';

export const API_KEY_HEADER = 'x-api-key';

export interface CypherDoorResult {
  columns: string[];
  rows: Json[][];
  rowCount: number;
  truncated: boolean;
  /** Which cap cut the result off: `maxRows` or `maxBytes`; null when complete. */
  truncatedBy: 'maxRows' | 'maxBytes' | null;
  elapsedMs: number;
}

/**
 * Door queries run one at a time per server, and a query's slot is held until Neo4j has really finished
 * it, not just until the server gave up on it: an expression Neo4j cannot interrupt (a long `reduce`)
 * runs on after its timeout and TERMINATE, so this is what bounds how many of them can load the database
 * at once. A query that cannot get the slot within DOOR_SLOT_WAIT_MS answers SERVICE_UNAVAILABLE.
 */
export const DOOR_SLOTS = 1;
export const DOOR_SLOT_WAIT_MS = 2000;
/** The longest a slot stays held past the door's timeout, whatever the driver does. */
const DOOR_SLOT_MAX_HOLD_MS = 60_000;
const doorSlots = new Slots(DOOR_SLOTS);

/** FORBIDDEN unless the door is enabled and the request carries its key. */
export function authorizeDoor(config: CypherDoorConfig, headers: Record<string, string | string[] | undefined>): void {
  if (!config.enabled || !config.apiKey) throw new ForbiddenError('The Cypher door is closed on this server (CYPHER_DOOR_ENABLED is not true).');
  const given = headers[API_KEY_HEADER];
  const key = Array.isArray(given) ? given[0] : given;
  if (!key) throw new ForbiddenError(`The Cypher door needs its API key in the ${API_KEY_HEADER} header.`);
  // Compare digests so the comparison takes the same time whatever the key's length.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(key), digest(config.apiKey))) throw new ForbiddenError(`The ${API_KEY_HEADER} header does not hold the Cypher door's key.`);
}

/** Runs one researcher query under the door's rules. Parameters arrive as JSON. */
export async function runDoorQuery(executor: Executor, config: CypherDoorConfig, query: string, params: Record<string, unknown> | null | undefined, stats?: QueryStats): Promise<CypherDoorResult> {
  const t0 = performance.now();
  if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params))) {
    throw new BadUserInputError('params must be a JSON object of parameter names to values.', { argument: 'params' });
  }
  const driverParams = fromPlain(params ?? {}) as Record<string, unknown>;
  const opts = { timeoutMs: config.timeoutMs, stats };
  let statement: string;
  try {
    statement = checkQueryText(query);
  } catch (err) {
    throw toApiError(err, query);
  }
  if (!(await doorSlots.acquire(DOOR_SLOT_WAIT_MS))) {
    throw new ServiceUnavailableError(`The Cypher door runs ${DOOR_SLOTS} query at a time and the one running did not finish within ${DOOR_SLOT_WAIT_MS} ms. Try again shortly.`);
  }
  let released = false;
  const release = () => {
    if (!released) doorSlots.release();
    released = true;
  };
  let handedOver = false;
  try {
    return await runInSlot(executor, config, query, statement, driverParams, opts, t0, () => {
      handedOver = true;
      // Should the driver never settle the abandoned call, the slot is not lost for good.
      setTimeout(release, config.timeoutMs + DOOR_SLOT_MAX_HOLD_MS).unref();
      return release;
    });
  } finally {
    if (!handedOver) release();
  }
}

async function runInSlot(
  executor: Executor,
  config: CypherDoorConfig,
  query: string,
  statement: string,
  driverParams: Record<string, unknown>,
  opts: { timeoutMs: number; stats?: QueryStats },
  t0: number,
  handOver: () => () => void,
): Promise<CypherDoorResult> {
  let planned: string[];
  try {
    const plan = await executor.stream('research/door:explain', `EXPLAIN ${statement}`, driverParams, () => true, opts);
    checkPlan(plan);
    planned = plannedColumns(plan);
  } catch (err) {
    throw toApiError(err, query);
  }

  const rows: Json[][] = [];
  let columns: string[] = [];
  let bytes = 0;
  let truncatedBy: CypherDoorResult['truncatedBy'] = null;
  try {
    await executor.stream(
      'research/door',
      statement,
      driverParams,
      (record) => {
        if (rows.length === 0) columns = [...record.keys].map(String);
        if (rows.length >= config.maxRows) {
          truncatedBy = 'maxRows';
          return false;
        }
        const row = record.keys.map((k) => toPlain(record.get(k)));
        bytes += Buffer.byteLength(JSON.stringify(row));
        if (bytes > config.maxBytes) {
          truncatedBy = 'maxBytes';
          return false;
        }
        rows.push(row);
        return true;
      },
      // The slot is freed when the query has really ended in Neo4j (see DOOR_SLOTS).
      { ...opts, onSettled: handOver() },
    );
    if (columns.length === 0) columns = planned;
  } catch (err) {
    throw toApiError(err, query);
  }
  return { columns, rows, rowCount: rows.length, truncated: truncatedBy !== null, truncatedBy, elapsedMs: Math.round(performance.now() - t0) };
}

/** Column names for an empty result: the plan's root (ProduceResults) lists them. */
function plannedColumns(summary: { plan?: unknown }): string[] {
  const root = summary.plan as { operatorType?: string; arguments?: { Details?: unknown } } | undefined;
  if (!root?.operatorType?.startsWith('ProduceResults')) return [];
  const details = String(root.arguments?.Details ?? '');
  if (!details) return [];
  return details.split(/,\s*(?=(?:[^`]*`[^`]*`)*[^`]*$)/u).map((c) => c.trim().replace(/^`(.*)`$/u, '$1').replaceAll('``', '`'));
}

function toApiError(err: unknown, query: string): unknown {
  if (err instanceof RefusedQuery) return new BadUserInputError(err.message, { argument: 'query' });
  if (err instanceof Neo4jError) {
    // Over the transaction memory cap: the executor already made it QUERY_TOO_COMPLEX (`mapError`).
    // Errors Neo4j raises while running a query that it planned fine, caused by the query itself: a
    // shortestPath whose two ends are the same node, a division by zero, a bad argument to a function.
    if (err.code === 'Neo.DatabaseError.Statement.ExecutionFailed' || err.code.startsWith('Neo.ClientError.Statement.')) {
      return new BadUserInputError(describeCypherError(err, query), { argument: 'query' });
    }
    if (err.code.startsWith('Neo.ClientError.Security.')) return new ForbiddenError(`Neo4j refused the query: ${err.message.split('\n')[0]}`);
    if (err.code.startsWith('Neo.ClientError.')) return new BadUserInputError(describeCypherError(err, query), { argument: 'query' });
  }
  return err;
}
