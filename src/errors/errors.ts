/**
 * The closed set of error codes clients can see (public API). Anything else is masked as
 * INTERNAL_SERVER_ERROR by the server's error formatter and logged once with the request id.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
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

/** A query over one of the limits (depth, aliases, cost, a transaction timeout…); says which and its value. */
export class QueryTooComplexError extends AppError {
  readonly code = 'QUERY_TOO_COMPLEX';
  constructor(message: string, extensions: { limit?: string; value?: number; max?: number } = {}) {
    super(message, 'QUERY_TOO_COMPLEX', extensions);
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

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
