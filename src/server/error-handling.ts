/**
 * What clients see of errors, and what the log keeps. Clients get the closed set of codes in
 * src/errors/errors.ts plus the protocol codes of GraphQL over HTTP; everything else is masked as
 * INTERNAL_SERVER_ERROR with no message, stack, Cypher or driver text of the cause. Every error is
 * logged once, with the request id that the client also gets (x-request-id and extensions.requestId).
 */
import type { GraphQLRequestListener } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES, InternalServerError, PROTOCOL_ERROR_CODES, isAppError } from '../errors/errors.js';
import type { Context } from '../context.js';
import { limitErrorFromProtocol } from './limits.js';

const PASSED_THROUGH = new Set<string>([...ERROR_CODES, ...PROTOCOL_ERROR_CODES]);
PASSED_THROUGH.delete('INTERNAL_SERVER_ERROR');

/** Our own error behind what graphql-js or Apollo wrapped around it (a resolver's throw, a validation rule's report). */
function appErrorOf(error: unknown) {
  if (isAppError(error)) return error;
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  return isAppError(original) ? original : undefined;
}

/** True when the error is shown to the client as it is (ours, or a protocol error not raised in a resolver). */
export function isClientSafe(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (appErrorOf(error)) return true;
  // Errors raised while executing carry a path; protocol errors (parse, validation, variables) never do.
  const code = formatted.extensions?.code;
  return typeof code === 'string' && PASSED_THROUGH.has(code) && formatted.path === undefined;
}

/**
 * Apollo raises a few protocol errors without a code; those it answers with HTTP 400 get BAD_REQUEST
 * and a message that says what to fix, so they are neither masked nor logged as the server's fault.
 */
const UNCODED_PROTOCOL_ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/^provided sha does not match query$/, 'The persisted-query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent with it.'],
];

function uncodedProtocolError(error: { message: string; path?: unknown; extensions?: Record<string, unknown> }): string | undefined {
  // Apollo fills in INTERNAL_SERVER_ERROR where an error has no code.
  const code = error.extensions?.code;
  if (error.path !== undefined || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR')) return undefined;
  return UNCODED_PROTOCOL_ERRORS.find(([re]) => re.test(error.message))?.[1];
}

/**
 * Apollo's `formatError`: our errors keep their code and extensions (a QUERY_TOO_COMPLEX reported by a
 * validation rule is unwrapped from GRAPHQL_VALIDATION_FAILED), graphql-js's own limits (tokens,
 * validation work) become QUERY_TOO_COMPLEX, protocol errors pass, and the rest is masked.
 */
export function createFormatError(opts: { maxTokens: number }) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const own = appErrorOf(error) ?? limitErrorFromProtocol(formatted, opts.maxTokens);
    if (own) {
      const { http: _http, ...extensions } = own.extensions as Record<string, unknown>;
      return { message: own.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (isClientSafe(formatted, error)) return formatted;
    const protocol = uncodedProtocolError(formatted);
    if (protocol) return { message: protocol, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
    const masked = new InternalServerError();
    return { message: masked.message, locations: formatted.locations, path: formatted.path, extensions: { code: masked.code } };
  };
}

/** The level an error is logged at: the server's faults loudest, the client's mistakes quietest. */
function levelFor(error: GraphQLError): 'error' | 'warn' | 'info' {
  const own = appErrorOf(error);
  if (own) return own.code === 'SERVICE_UNAVAILABLE' || own.code === 'INTERNAL_SERVER_ERROR' ? 'warn' : 'info';
  if (uncodedProtocolError(error)) return 'info';
  const code = error.extensions?.code;
  return typeof code === 'string' && PASSED_THROUGH.has(code) && error.path === undefined ? 'info' : 'error';
}

/**
 * Logs each error of a request once (unexpected ones with their cause and stack, for the operator only)
 * and stamps the request id on every error the client receives.
 */
/** The request hooks (one object for every request: they keep no state of their own). */
export function errorHandlingHooks(logger: Logger): GraphQLRequestListener<Context> {
  return {
    async didEncounterErrors({ errors, contextValue, request }) {
      for (const err of errors) {
        const level = levelFor(err);
        const base = { requestId: contextValue.requestId, operationName: request.operationName ?? undefined, path: err.path, code: appErrorOf(err)?.code ?? err.extensions?.code };
        if (level === 'error') logger.error({ ...base, err: err.originalError ?? err }, 'internal error (masked for the client)');
        else logger[level]({ ...base, message: err.message }, 'request error');
      }
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind === 'single' && response.body.singleResult.errors) {
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
      }
    },
  };
}
