/**
 * The closed set of error codes clients can see (public API). Anything else is masked as
 * INTERNAL_SERVER_ERROR by the server's error formatter and logged once with the request id.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes that GraphQL over HTTP itself produces before any resolver runs (Apollo Server and graphql-js);
 * they pass through unmasked because their messages describe the request, never the server:
 * GRAPHQL_PARSE_FAILED (not GraphQL), GRAPHQL_VALIDATION_FAILED (unknown field, wrong argument type…),
 * BAD_REQUEST (no query, a malformed body, a CSRF-blocked request, a mutation over GET),
 * OPERATION_RESOLUTION_FAILURE (operationName names no operation in the document), PERSISTED_QUERY_NOT_FOUND
 * (an automatic-persisted-query hash the server does not hold yet: the client then sends the query text;
 * PERSISTED_QUERY_NOT_SUPPORTED is the standard answer of a server with persisted queries off).
 */
export const PROTOCOL_ERROR_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED'] as const;

/** Every code a client can see in `errors[].extensions.code`. */
export const CLIENT_ERROR_CODES: readonly string[] = [...ERROR_CODES, ...PROTOCOL_ERROR_CODES];

abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;
  /**
   * `httpStatus` applies when the error ends the request before execution (a limit, say); Apollo
   * uses it for the response status and strips it from what the client sees.
   */
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

/** A bad argument: the message says what is allowed. */
export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, extensions: { argument?: string; allowed?: unknown } = {}) {
    super(message, 'BAD_USER_INPUT', extensions);
  }
}

/** A non-null entity that does not exist. Nullable lookups return null instead. */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(message: string, extensions: { id?: string } = {}) {
    super(message, 'NOT_FOUND', extensions);
  }
}

/**
 * A query over one of the limits (depth, aliases, directives, tokens, cost, body size, a transaction
 * timeout); the message says which and its value; `limit` names it, `max` is the limit and `value`
 * what the query had, where known. Limits checked before execution answer HTTP 400.
 */
export class QueryTooComplexError extends AppError {
  readonly code = 'QUERY_TOO_COMPLEX';
  constructor(message: string, extensions: { limit?: string; value?: number; max?: number } = {}, httpStatus?: number) {
    super(message, 'QUERY_TOO_COMPLEX', extensions, httpStatus);
  }
}

/** The database cannot be reached right now; retrying later may succeed. */
export class ServiceUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message = 'The graph database is unavailable. Try again shortly.') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/** A door that is closed by configuration or needs a key the request did not carry. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

/** An unexpected failure, as the client sees it: no message, stack, Cypher or driver text of the cause. */
export class InternalServerError extends AppError {
  readonly code = 'INTERNAL_SERVER_ERROR';
  constructor() {
    super('Internal server error. The request id identifies it in the server log.', 'INTERNAL_SERVER_ERROR');
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
