/**
 * GraphQL execution for Apollo (internal, not public API): queries run through graphql-jit, which
 * compiles an operation once into a JavaScript function that completes its result without graphql-js's
 * per-field, per-object interpretation; everything else runs through graphql-js `execute`. Apollo
 * Server 5 accepts an executor only through its gateway interface (`load() → { executor }`), so
 * `compiledExecution` is such a gateway for one fixed schema.
 *
 * Why: for the large nested answers (34 provinces → cities → designations → programme → agency) graphql-js's
 * completion — a promise per async field, `promiseForObject` per object, argument and directive checks
 * per field — was about a third of the GraphQL layer's own CPU; graphql-jit completes the same answer for
 * roughly two thirds of that (docs/performance.md, branch s9-9-nest). Same schema, same resolvers, same
 * context: the answers are the same.
 *
 * What stays graphql-js's, so clients see no difference:
 * - a document's first execution: it is compiled at its second (`COMPILE_AT`), so a one-off query
 *   never pays for a compile, and an attacker's stream of distinct documents compiles nothing;
 * - mutations and subscriptions (not compiled: their field order and side effects stay graphql-js's);
 * - requests whose variables fail coercion: graphql-jit words those errors its own way, so the request
 *   runs again through graphql-js (nothing was resolved yet) and answers with graphql-js's errors,
 *   which Apollo turns into BAD_USER_INPUT;
 * - a document graphql-jit cannot compile (it then never tries it again), and a request whose
 *   operationName names no operation of its document (graphql-js's error, OPERATION_RESOLUTION_FAILURE).
 *
 * Parsing, validation, the cost and depth limits and every plugin hook Apollo runs around execution are
 * unchanged: Apollo hands this executor the document it parsed, validated and cached.
 */
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Context } from '../context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/** Executions of a document (per operation name) after which it is compiled; earlier ones use graphql-js. */
export const COMPILE_AT = 2;

/** What is known of one operation of one document: how often it ran, or its compiled form (or that it cannot be). */
type Entry = { runs: number } | { compiled: CompiledQuery } | { compiled: null };

/** Counts for tests and diagnostics: executions by which engine. */
export interface ExecutionCounts {
  compiled: number;
  graphqlJs: number;
}

export interface CompiledExecution {
  gateway: Gateway;
  counts: ExecutionCounts;
}

/**
 * A gateway serving `schema` with compiled queries. `compileAt`: the execution of a document at which it
 * is compiled (default COMPILE_AT; the tests set 1 to run every query compiled, Infinity to run none). Apollo's parsed-document cache hands the same
 * DocumentNode to every request with the same text, so compiled queries are kept per DocumentNode (a
 * WeakMap: a document Apollo evicts is collected with its compiled form).
 */
export function compiledExecution(schema: GraphQLSchema, opts: { compileAt?: number } = {}): CompiledExecution {
  const compileAt = opts.compileAt ?? COMPILE_AT;
  const byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  const counts: ExecutionCounts = { compiled: 0, graphqlJs: 0 };

  function compiledFor(document: DocumentNode, operationName: string | null, isQuery: boolean): CompiledQuery | null {
    if (!isQuery) return null;
    let ops = byDocument.get(document);
    if (!ops) byDocument.set(document, (ops = new Map()));
    const key = operationName ?? '';
    const entry = ops.get(key) ?? { runs: 0 };
    if ('compiled' in entry) return entry.compiled;
    entry.runs++;
    if (entry.runs < compileAt) {
      ops.set(key, entry);
      return null;
    }
    const made = compileQuery(schema, document, operationName ?? undefined);
    const compiled = isCompiledQuery(made) ? made : null;
    ops.set(key, { compiled });
    return compiled;
  }

  const executor: Awaited<ReturnType<Gateway['load']>>['executor'] = async (rc) => {
    const variables = rc.request.variables ?? {};
    // No operation (operationName names none): graphql-js answers with the error Apollo expects.
    const compiled = rc.operation ? compiledFor(rc.document, rc.operationName, rc.operation.operation === 'query') : null;
    if (compiled) {
      const result = (await compiled.query(undefined, rc.context, variables)) as ExecutionResult;
      // No data at all: the variables failed coercion before anything ran; graphql-js words the errors.
      if (result.data !== undefined) {
        counts.compiled++;
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      }
    }
    counts.graphqlJs++;
    // The operation name the client sent (rc.operationName is the one Apollo resolved, null when none matched).
    return (await execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName: rc.request.operationName })) as ExecutionResult;
  };

  const gateway: Gateway = {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      // One fixed schema: announced once, never updated.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
  return { gateway, counts };
}

/**
 * graphql-jit's errors imitate graphql-js's but are not the same: no `nodes`, and `extensions` undefined
 * when the thrown error had none (Apollo reads `extensions.code` and, failing, answers a bare "Internal
 * server error" instead of our masked one). Each becomes a graphql-js GraphQLError with the same message,
 * path, locations, original error and extensions, as graphql-js would have made it.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
  // graphql-js takes locations from the nodes, which graphql-jit does not keep; it keeps the locations.
  if (e.locations) Object.assign(out, { locations: e.locations });
  return out;
}
