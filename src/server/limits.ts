/**
 * Limits on what one GraphQL request may ask, all checked before any resolver (and so any Cypher) runs:
 *
 * - tokens: graphql-js's own parser limit (`parseOptions.maxTokens`), so an oversized document is never
 *   even turned into an AST;
 * - depth, aliases, directives: validation rules from @escape.tech/graphql-armor;
 * - cost: graphql-query-complexity in `didResolveOperation`, where the variables are known, so a list
 *   field costs by its `first`/`limit` argument and a traversal by its hop count (`depth`/`maxHops`),
 *   whether they are written inline or passed as variables.
 *
 * Each rejection is a QueryTooComplexError (QUERY_TOO_COMPLEX, HTTP 400) whose message names the limit,
 * its value and the variable that sets it. Defaults and reasons: docs/operations.md.
 */
import { createRequire } from 'node:module';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooComplexError } from '../errors/errors.js';

// graphql-query-complexity's ESM build imports graphql's `.mjs` files, a second graphql instance beside
// the CommonJS one that Node gives Apollo and type-graphql ("Cannot use GraphQLObjectType from another
// module or realm"); its CommonJS build shares theirs.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

export interface QueryLimits {
  /** Deepest selection nesting; introspection's `__schema` is not counted. Default 10. */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aliases are free). Default 15. */
  maxAliases: number;
  /** Directives per operation. Default 20. */
  maxDirectives: number;
  /** Lexical tokens per document. Default 2000. */
  maxTokens: number;
  /** Cost budget (see `boundedListEstimator`). Default 10000. */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 10000 };

/** What each limit is called in messages and `extensions.limit`, and the variable that sets it. */
const LIMIT_NAMES = {
  maxDepth: ['depth', 'GRAPHQL_MAX_DEPTH'],
  maxAliases: ['aliases', 'GRAPHQL_MAX_ALIASES'],
  maxDirectives: ['directives', 'GRAPHQL_MAX_DIRECTIVES'],
  maxTokens: ['tokens', 'GRAPHQL_MAX_TOKENS'],
  maxCost: ['cost', 'GRAPHQL_MAX_COST'],
} as const satisfies Record<keyof QueryLimits, readonly [string, string]>;

/** The rejection every limit uses, so messages read alike. */
export function limitError(limit: keyof QueryLimits, max: number, value?: number): QueryTooComplexError {
  const [what, variable] = LIMIT_NAMES[limit];
  const found = value === undefined ? `more than ${max}` : String(value);
  return new QueryTooComplexError(`The query is too complex: its ${what} is ${found}, over the limit of ${max} (${variable}). Ask for less and split the rest into further requests.`, { limit, max, value }, 400);
}

/**
 * armor's rules say "…limit of N exceeded, found M." in their message; the count is read from it so our
 * own message can carry it (a test pins this format, so an upgrade that changes it fails loudly).
 */
function rejectWith(limit: keyof QueryLimits, max: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    ctx?.reportError(limitError(limit, max, found ? Number(found[1]) : undefined));
  };
}

/** Depth, alias and directive limits as validation rules (Apollo runs them with the standard ones). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [rejectWith('maxDepth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectWith('maxAliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [rejectWith('maxDirectives', limits.maxDirectives)] },
    // Tokens are limited by graphql-js's parser, cost by `costLimitPlugin`, suggestions by Apollo.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}

const SIZE_ARGUMENTS = ['first', 'limit', 'last'] as const;
const HOP_ARGUMENTS = ['depth', 'maxHops'] as const;

/**
 * A field with a size argument (`first`, `limit`) or a hop argument (`depth`, `maxHops`) costs
 * 1 + size × hops × (cost of its selection): `search(first: 10) { node { id name } }` costs
 * 1 + 10 × 3 = 31, `neighbourhood(depth: 2, limit: 100) { … }` 200 times its selection. Fields without
 * such arguments fall through to the next estimator. Defaults declared in the schema apply.
 */
export const boundedListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const num = (names: readonly string[]) => names.map((n) => args[n] as unknown).find((v): v is number => typeof v === 'number');
  const size = num(SIZE_ARGUMENTS);
  const hops = num(HOP_ARGUMENTS);
  if (size === undefined && hops === undefined) return undefined;
  return 1 + Math.max(1, size ?? 1) * Math.max(1, hops ?? 1) * childComplexity;
};

/** The cost of `document`'s chosen operation with these variables; undefined when it cannot be computed. */
export function queryCost(schema: GraphQLSchema, query: Parameters<typeof QueryComplexity.getComplexity>[0]['query'], variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined {
  try {
    return getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName,
      // A `complexity` set on a field (type-graphql's @Field({ complexity })) wins; then list sizes; then 1 a field.
      estimators: [fieldExtensionsEstimator(), boundedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Invalid variables: execution rejects them (BAD_USER_INPUT) before any resolver runs.
    return undefined;
  }
}

/** The cost limit, checked once the operation and its variables are known. */
export function costLimitPlugin(limits: Pick<QueryLimits, 'maxCost'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          if (cost !== undefined && cost > limits.maxCost) throw limitError('maxCost', limits.maxCost, cost);
        },
      };
    },
  };
}

/**
 * Two limits that graphql-js applies itself, rewritten as QUERY_TOO_COMPLEX: the parser's token limit
 * ("Document contains more that N tokens", sic), and validation's own work budget for comparing fields of
 * the same response name, which aborts with the bare "Validation aborted." (graphql 16.13 and later).
 */
export function limitErrorFromProtocol(formatted: GraphQLFormattedError, maxTokens: number): QueryTooComplexError | undefined {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) return limitError('maxTokens', maxTokens);
  if (code === 'GRAPHQL_VALIDATION_FAILED' && /^Validation aborted\.$/.test(formatted.message)) {
    return new QueryTooComplexError('The query is too complex: graphql-js gave up validating it after its work budget for comparing fields of the same name. Repeat fewer fields and fragments.', { limit: 'validationWork' }, 400);
  }
  return undefined;
}
