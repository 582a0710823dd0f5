/**
 * The HTTP application (public API: the routes below are documented in docs/operations.md):
 *
 *   /            GraphiQL playground (offline, from node_modules)
 *   /explore     graph view (cytoscape) over the public GraphQL API
 *   /graphql     GraphQL over HTTP: POST JSON, GET for queries; CSRF prevention on; CORS per CORS_ORIGINS
 *   /health      the process answers
 *   /ready       Neo4j answers (503 when it does not)
 *   /metrics     Prometheus text format (behind a bearer token when METRICS_TOKEN is set)
 *
 * Built by `createServer`; `main.ts` owns the process (config, Neo4j, signals).
 */
import http from 'node:http';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import cors from 'cors';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config/config.js';
import type { Executor } from '../db/executor.js';
import { createContext, type Context } from '../context.js';
import { QueryTooComplexError } from '../errors/errors.js';
import { metricsText, observeNeo4jUp } from '../metrics/metrics.js';
import { compiledExecution, type ExecutionCounts } from './compiled-execution.js';
import { createFormatError, errorHandlingHooks } from './error-handling.js';
import { costLimitHooks, DEFAULT_LIMITS, limitValidationRules } from './limits.js';
import { observabilityHooks } from './observability.js';
import { requestHooksPlugin } from './request-hooks.js';
import { knownOperationTypeRule } from './operation-types.js';
import { admissionControl } from './admission.js';
import { addressBarHintRoute, staticRoutes } from './static.js';

export interface ServerDeps {
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
  /** Limits, schema exposure and CORS; defaults as in `loadConfig` for development (see DEFAULT_SERVER_OPTIONS). */
  options?: Partial<ServerConfig>;
  /** The execution of a query document at which it is compiled (src/server/compiled-execution.ts; default COMPILE_AT, 2). Tests set 1 or Infinity. */
  compileAt?: number;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** How many GraphQL executions ran compiled and how many through graphql-js (src/server/compiled-execution.ts). */
  executions: ExecutionCounts;
}

/** The development defaults of `ServerConfig` (NODE_ENV=production turns introspection and suggestions off). */
export const DEFAULT_SERVER_OPTIONS: ServerConfig = {
  bodyLimitBytes: 100 * 1024,
  ...DEFAULT_LIMITS,
  introspection: true,
  suggestions: true,
  corsOrigins: [],
  revealVersions: true,
  maxInFlight: 24,
  maxInFlightPerClient: 8,
  requestDeadlineMs: 10_000,
};

/** How long /ready waits for Neo4j before answering 503. */
const READY_TIMEOUT_MS = 1500;

export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const options: ServerConfig = { ...DEFAULT_SERVER_OPTIONS, ...deps.options };
  const { logger } = deps;
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  // No ETag on answers: hashing every GraphQL answer (sha1 of the body, megabytes for a large nested
  // query) buys nothing for POST, and a GET's 304 would still have run the whole query. Static files
  // keep theirs (express.static / sendFile set their own).
  app.set('etag', false);
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });

  // Queries run compiled (graphql-jit) from their second execution; Apollo takes an executor only as a
  // gateway. Parsing, validation, limits and plugins are Apollo's as before.
  const execution = compiledExecution(deps.schema, { compileAt: deps.compileAt });
  const apollo = new ApolloServer<Context>({
    gateway: execution.gateway,
    formatError: createFormatError({ maxTokens: options.maxTokens }),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (drain, close the driver, stop the local Neo4j, in that order);
    // Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: !options.suggestions,
    csrfPrevention: true,
    // Automatic persisted queries as Apollo Client sends them: an unknown hash answers
    // PERSISTED_QUERY_NOT_FOUND so the client sends the query once; Apollo's bounded in-memory LRU
    // cache (about 30 MiB) keeps the registered texts, which pass the same limits as any query.
    cache: 'bounded',
    persistedQueries: { ttl: 900 },
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: options.maxTokens },
    validationRules: [knownOperationTypeRule, ...limitValidationRules(options)],
    logger: apolloLogger(logger),
    // Apollo installs its cache-control plugin by default; its per-field hook makes Apollo wrap every
    // resolver (about 3.5 MB of allocation per request for 34 provinces → cities → designations) to
    // compute cache hints this API never sets. Responses are not cached either way.
    // The cost limit, error handling and access log run as one request listener (src/server/request-hooks.ts).
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), requestHooksPlugin<Context>(costLimitHooks(options), errorHandlingHooks(logger), observabilityHooks(logger))],
  });
  await apollo.start();

  // /graphql first: every GraphQL request passes no other route's matching on its way in.
  const origin = corsOrigin(options.corsOrigins);
  app.use(
    '/graphql',
    addressBarHintRoute(),
    admissionControl({ maxInFlight: options.maxInFlight, maxPerClient: options.maxInFlightPerClient }, logger),
    // With no CORS_ORIGINS `cors` would add nothing to any response: it is left out of the chain.
    ...(origin === false ? [] : [cors({ origin, methods: ['GET', 'POST'], exposedHeaders: ['x-request-id'], maxAge: 600 })]),
    express.json({ limit: options.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext({ requestId: String(res.locals.requestId), executor: deps.executor, logger, headers: req.headers, revealVersions: options.revealVersions, deadlineMs: options.requestDeadlineMs }),
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await deps.executor.ping(READY_TIMEOUT_MS);
    observeNeo4jUp(ok);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', neo4j: ok ? 'up' : 'down' });
  });
  app.get('/metrics', async (req, res) => {
    if (options.metricsToken && !bearerMatches(req.header('authorization'), options.metricsToken)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ error: '/metrics needs the token set in METRICS_TOKEN, as Authorization: Bearer <token>.' });
      return;
    }
    const { contentType, body } = await metricsText();
    res.setHeader('content-type', contentType);
    res.send(body);
  });
  app.use(staticRoutes());
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found', routes: ['/', '/explore', '/graphql', '/health', '/ready', '/metrics'] });
  });
  app.use(httpErrorHandler(logger, options.bodyLimitBytes));
  return { app, httpServer, apollo, executions: execution.counts };
}

/** Whether an Authorization header carries `Bearer <token>`; compared as digests, in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** `cors`' origin option: none (same-origin only), any, or a list. */
function corsOrigin(origins: ServerConfig['corsOrigins']): boolean | string | string[] {
  if (origins === '*') return '*';
  return origins.length ? origins : false;
}

/**
 * Errors raised by Express before Apollo sees the request (body too large, malformed JSON), answered in
 * the GraphQL error shape with the request id; anything else is masked and logged.
 */
function httpErrorHandler(logger: Logger, bodyLimitBytes: number): express.ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const requestId = String(res.locals.requestId);
    const e = err as { type?: string; status?: number; length?: number };
    let status = 500;
    let body: { message: string; extensions: Record<string, unknown> };
    if (e.type === 'entity.too.large') {
      status = 413;
      const tooLarge = new QueryTooComplexError(`The request body is larger than the limit of ${bodyLimitBytes} bytes (HTTP_BODY_LIMIT_KB=${Math.round(bodyLimitBytes / 1024)}).`, { limit: 'bodyLimitBytes', max: bodyLimitBytes, value: e.length });
      body = { message: tooLarge.message, extensions: { ...tooLarge.extensions, requestId } };
    } else if (e.type === 'entity.parse.failed' || e.type === 'charset.unsupported' || e.type === 'encoding.unsupported') {
      status = e.type === 'entity.parse.failed' ? 400 : 415;
      const encoding = req.header('content-encoding');
      const message =
        e.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : e.type === 'encoding.unsupported'
            ? `The request body's content-encoding "${encoding ?? ''}" is not supported: send it uncompressed, or as gzip, deflate or br.`
            : 'The request body must be UTF-8 JSON.';
      body = { message, extensions: { code: 'BAD_REQUEST', requestId } };
    } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      // Other client faults raised while reading the body (http-errors with a 4xx status), chiefly a
      // body whose content-encoding header says gzip, deflate or br but whose bytes are not.
      status = e.status;
      const encoding = req.header('content-encoding');
      const message = encoding && encoding !== 'identity' ? `The request body could not be decoded as ${encoding} (its content-encoding header): send it compressed that way, or without the header.` : 'The request body could not be read.';
      body = { message, extensions: { code: 'BAD_REQUEST', requestId } };
    } else {
      logger.error({ requestId, err }, 'internal error outside GraphQL (masked for the client)');
      body = { message: 'Internal server error. The request id identifies it in the server log.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
    }
    if (status < 500) logger.info({ requestId, status, code: body.extensions.code }, 'request error');
    if (res.headersSent) return;
    res.status(status).json({ errors: [body] });
  };
}

/** Apollo's own log lines (rare: start-up notes, failures outside a request) through pino. */
function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (msg: unknown) => child.debug(String(msg)),
    info: (msg: unknown) => child.info(String(msg)),
    warn: (msg: unknown) => child.warn(String(msg)),
    error: (msg: unknown) => child.error(String(msg)),
  };
}
