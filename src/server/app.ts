/**
 * The HTTP application: Express 5 with Apollo Server 5 at /graphql, plus /health and /ready.
 * Built by `createServer`; `main.ts` owns the process (config, Neo4j, signals).
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Executor } from '../db/executor.js';
import { createContext, type Context } from '../context.js';
import { isAppError } from '../errors/errors.js';

export interface ServerDeps {
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Masks everything that is not one of our own errors or a GraphQL validation error. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  if (isAppError(original) || isAppError(error)) return formatted;
  const code = formatted.extensions?.code;
  // Parse/validation/variable errors from graphql-js and Apollo are safe and useful to clients.
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return formatted;
  }
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function requestIdPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const err of errors) {
            const original = err.originalError;
            if (isAppError(original) || isAppError(err)) continue;
            if (!original) continue; // validation errors: the client's problem, already explained
            logger.error({ requestId: contextValue.requestId, operationName, err: original, path: err.path }, 'unexpected error in GraphQL request');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
          }
        },
      };
    },
  };
}

export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });

  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requestIdPlugin(deps.logger)],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await deps.executor.ping(1500);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', neo4j: ok ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext({ requestId: String(res.locals.requestId), executor: deps.executor, logger: deps.logger, headers: req.headers }),
    }),
  );
  return { app, httpServer, apollo };
}
