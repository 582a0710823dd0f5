/**
 * Process-wide Prometheus metrics (public API: the names below are what dashboards and alerts use; see
 * docs/operations.md). One registry per process, served at /metrics by the server.
 *
 * Label values that a client controls (GraphQL operation names) are bounded so a client cannot grow the
 * registry without limit: invalid names and names beyond the first MAX_OPERATION_NAMES become `other`.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ExecutorObserver } from '../db/executor.js';
import { setBatchSink } from '../graph/batch-observer.js';

export const registry = new Registry();
registry.setDefaultLabels({ service: 'ip-city-graph' });
collectDefaultMetrics({ register: registry });

const requests = new Counter({
  name: 'graphql_requests_total',
  help: 'GraphQL requests by operation name and outcome (ok, or the first error code).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

const requestSeconds = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL request latency from receipt to response, by operation name.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const cypherQueries = new Counter({
  name: 'neo4j_queries_total',
  help: 'Cypher round trips by query name, access mode and outcome (ok or error).',
  labelNames: ['query', 'mode', 'outcome'] as const,
  registers: [registry],
});

const cypherSeconds = new Histogram({
  name: 'neo4j_query_duration_seconds',
  help: 'Cypher round-trip latency (session open to close), by query name and access mode.',
  labelNames: ['query', 'mode'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers: [registry],
});

const cypherPerRequest = new Histogram({
  name: 'graphql_request_cypher_round_trips',
  help: 'Cypher round trips made by one GraphQL request.',
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50],
  registers: [registry],
});

const batchSizes = new Histogram({
  name: 'dataloader_batch_size',
  help: 'Keys per DataLoader batch, by loader name.',
  labelNames: ['loader'] as const,
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  registers: [registry],
});

const neo4jUp = new Gauge({
  name: 'neo4j_up',
  help: '1 when the last readiness check or Cypher round trip reached Neo4j, 0 when it found Neo4j unavailable.',
  registers: [registry],
});

const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();

/** The label for a client-chosen operation name: itself, `anonymous`, or `other` past the bound. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

/** Records one finished GraphQL request. `outcome` is `ok` or an error code. */
export function observeRequest(operation: string | null | undefined, outcome: string, seconds: number, roundTrips: number): void {
  const op = operationLabel(operation);
  requests.inc({ operation: op, outcome });
  requestSeconds.observe({ operation: op }, seconds);
  cypherPerRequest.observe(roundTrips);
}

/** Records one DataLoader batch: installed as the sink of graph/batch-observer, which loaders call. */
export function recordBatchSize(loaderName: string, size: number): void {
  batchSizes.observe({ loader: loaderName }, size);
}

/** Records whether Neo4j answered (readiness checks, and SERVICE_UNAVAILABLE seen by requests). */
export function observeNeo4jUp(up: boolean): void {
  neo4jUp.set(up ? 1 : 0);
}

/** The executor's observer: every Cypher round trip with its latency. */
export const executorObserver: ExecutorObserver = {
  onQuery(name, mode, ms, ok) {
    cypherQueries.inc({ query: name, mode, outcome: ok ? 'ok' : 'error' });
    cypherSeconds.observe({ query: name, mode }, ms / 1000);
  },
};

/** The exposition text and its content type, for GET /metrics. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

// The loaders report batch sizes through src/graph/batch-observer.ts; from here on they land in /metrics.
setBatchSink(recordBatchSize);
