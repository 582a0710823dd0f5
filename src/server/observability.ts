/**
 * One access-log line and the Prometheus request metrics for every GraphQL request: operation name,
 * outcome (`ok` or the first error code the client received), latency and the Cypher round trips it made.
 */
import type { GraphQLRequestListener } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import { observeNeo4jUp, observeRequest } from '../metrics/metrics.js';

/**
 * The request hooks. The request's start is the context's (made just before
 * requestDidStart), so one hooks object serves every request.
 */
export function observabilityHooks(logger: Logger): GraphQLRequestListener<Context> {
  return {
    async willSendResponse({ response, operationName, request, document, contextValue }) {
      const seconds = (performance.now() - contextValue.startedAt) / 1000;
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      const codes = errors?.length ? [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))] : [];
      const outcome = codes[0] ?? 'ok';
      // A request that failed validation has no resolved operation yet: take the name from the document.
      const name = operationName ?? request.operationName ?? (document ? getOperationAST(document)?.name?.value : undefined) ?? null;
      const { roundTrips, cypherMs } = contextValue.stats;
      observeRequest(name, outcome, seconds, roundTrips);
      if (codes.includes('SERVICE_UNAVAILABLE')) observeNeo4jUp(false);
      else if (roundTrips > 0 && outcome === 'ok') observeNeo4jUp(true);
      // The line's object is built only when it will be written (LOG_LEVEL=warn and above skip it).
      if (!logger.isLevelEnabled('info')) return;
      logger.info(
        { requestId: contextValue.requestId, operationName: name ?? undefined, outcome, codes: codes.length > 1 ? codes : undefined, status: response.http.status ?? 200, ms: Math.round(seconds * 1000), cypherRoundTrips: roundTrips, cypherMs: Math.round(cypherMs) },
        'graphql request',
      );
    },
  };
}
