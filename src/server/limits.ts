/**
 * Limits on what one GraphQL request may ask, all checked before any resolver (and so any Cypher) runs:
 *
 * - tokens: graphql-js's own parser limit (`parseOptions.maxTokens`), so an oversized document is never
 *   even turned into an AST;
 * - depth (counted on the selection as executed: fragments add no level), aliases, directives:
 *   validation rules from @escape.tech/graphql-armor;
 * - cost: graphql-query-complexity in `didResolveOperation`, where the variables are known, so a list
 *   field costs by its `first`/`limit` argument and a traversal by its hop count (`depth`/`maxHops`),
 *   whether they are written inline or passed as variables (`listCostEstimator`).
 *
 * Each rejection is a QueryTooComplexError (QUERY_TOO_COMPLEX, HTTP 400) whose message names the limit,
 * its value and the variable that sets it. Defaults and reasons: docs/operations.md.
 */
import { createRequire } from 'node:module';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLRequestListener } from '@apollo/server';
import { getNullableType, isListType, isObjectType, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooComplexError } from '../errors/errors.js';
import { HEAVY_COST } from '../db/executor.js';
import type { Context } from '../context.js';

// graphql-query-complexity's ESM build imports graphql's `.mjs` files, a second graphql instance beside
// the CommonJS one that Node gives Apollo and type-graphql ("Cannot use GraphQLObjectType from another
// module or realm"); its CommonJS build shares theirs.
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

export interface QueryLimits {
  /** Deepest selection nesting; introspection's `__schema` is not counted. Default 10. */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aliases are free). Default 15. */
  maxAliases: number;
  /** Directives per operation. Default 20. */
  maxDirectives: number;
  /** Lexical tokens per document. Default 2000. */
  maxTokens: number;
  /** Cost budget (see `listCostEstimator`). Default 100000. */
  maxCost: number;
  /** Root fields of estimated cost over HEAVY_FIELD_COST one request may hold. Default 3. */
  maxHeavyFields: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 100000, maxHeavyFields: 3 };

/**
 * A root field whose estimated cost (with its selection) is over this is heavy: a traversal
 * (`neighbourhood` past a few dozen nodes, `paths`, `timeline`) or a big page of nested lists. One
 * request may hold `maxHeavyFields` of them, so an alias flood of traversals is refused before it runs
 * instead of queueing behind itself (docs/operations.md).
 */
export const HEAVY_FIELD_COST = 200;

/** What each limit is called in messages and `extensions.limit`, and the variable that sets it. */
const LIMIT_NAMES = {
  maxDepth: ['depth', 'GRAPHQL_MAX_DEPTH'],
  maxAliases: ['aliases', 'GRAPHQL_MAX_ALIASES'],
  maxDirectives: ['directives', 'GRAPHQL_MAX_DIRECTIVES'],
  maxTokens: ['tokens', 'GRAPHQL_MAX_TOKENS'],
  maxCost: ['cost', 'GRAPHQL_MAX_COST'],
  maxHeavyFields: ['number of heavy fields', 'GRAPHQL_MAX_HEAVY_FIELDS'],
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
    // flattenFragments: depth is counted on the selection as executed, so a fragment spread or an
    // inline fragment adds no level (one query gets one depth however its fragments are written).
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, propagateOnRejection: false, onReject: [rejectWith('maxDepth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectWith('maxAliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [rejectWith('maxDirectives', limits.maxDirectives)] },
    // Tokens are limited by graphql-js's parser, cost by `costLimitHooks`, suggestions by Apollo.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}

const SIZE_ARGUMENTS = ['first', 'limit', 'last'] as const;
const HOP_ARGUMENTS = ['depth', 'maxHops'] as const;

/**
 * What a list costs when no argument says its size, and how many rows a list nested under an entity
 * really has (see `listCostEstimator`). Measured on the seeded graph with `bench/profile-costs.ts`
 * (docs/operations.md, "How the cost estimate was calibrated").
 */
export const LIST_SIZES = {
  /** A connection or list with a `first`/`limit` argument left out: the API's default page. */
  defaultPage: 20,
  /** A list reached from Query with no size argument. */
  unboundedList: 10,
  /**
   * A list reached from an entity (`Province.cities`, `City.designations`, `mentionedIn`): at most this
   * many rows per parent are counted, whatever its `first` asks, because that is how many the graph
   * has: 95% of nodes have at most 8 neighbours of any one relationship type (median 1, largest 65).
   * Loaders fetch such a list for all parents in one query, so the rows the database reads follow the
   * data, not the page size asked for.
   */
  nestedFanOut: 8,
} as const;

/**
 * Fields whose database work is not rows times selection, measured with PROFILE (db hits; one cost unit
 * ≈ 10 db hits, the cost of a row of an ordinary page): `timeline` reads about 1,400 db hits and
 * returns at most 65 entries on the seeded graph; `paths` searches to the real shortest distance (up to
 * 6 hops) whatever `maxHops` says, about 60 db hits plus 170–330 per path returned (`first`, default 3).
 */
const MEASURED_FIELDS: Record<string, (args: Record<string, unknown>, child: number) => number> = {
  'Query.timeline': (_args, child) => 1 + 140 + 65 * child,
  'Query.paths': (args, child) => 1 + 6 + (typeof args.first === 'number' ? args.first : 3) * (20 + child),
};

const num = (args: Record<string, unknown>, names: readonly string[]) => names.map((n) => args[n]).find((v): v is number => typeof v === 'number');

/**
 * The cost of a field is 1 + multiplier × (cost of its selection), where the multiplier is
 *
 * - size × hops when the field has a size argument (`first`, `limit`, `last`) or a hop argument
 *   (`depth`, `maxHops`): `search(first: 10) { node { id name } }` costs 1 + 10 × 3 = 31, and
 *   `neighbourhood(depth: 2, limit: 100) { … }` 200 times its selection; a size argument the query
 *   leaves out counts as the default page (20);
 * - for a list reached from an entity (a Node), the size counts at most `LIST_SIZES.nestedFanOut` (8,
 *   the measured fan-out of the graph), with or without a size argument, so nested fan-out
 *   (`mentionedIn { mentions { mentionedIn … } }`) still multiplies up but a page size asked for under
 *   a list (`provinces(first: 34) { cities(first: 100) … }`) does not count rows the graph does not have;
 * - 10 for any other list of objects reached from Query; `timeline` by its measured work (MEASURED_FIELDS);
 * - 1 otherwise: lists inside a result that is already bounded (`Subgraph.nodes`, a connection's
 *   `edges`, an edge's `sources`) and single objects.
 *
 * Introspection (`__schema`, `__type`) costs nothing here: GRAPHQL_INTROSPECTION governs it.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const measured = MEASURED_FIELDS[`${type.name}.${field.name}`];
  if (measured) return measured(args, childComplexity);
  const declared = new Set(field.args.map((a) => a.name));
  const fromEntity = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
  const size = num(args, SIZE_ARGUMENTS) ?? (SIZE_ARGUMENTS.some((a) => declared.has(a)) ? LIST_SIZES.defaultPage : undefined);
  const hops = num(args, HOP_ARGUMENTS);
  if (size !== undefined || hops !== undefined) {
    const rows = fromEntity ? Math.min(Math.max(1, size ?? 1), LIST_SIZES.nestedFanOut) : Math.max(1, size ?? 1);
    return 1 + rows * Math.max(1, hops ?? 1) * childComplexity;
  }
  const isList = isListType(getNullableType(field.type));
  if (!isList) return 1 + childComplexity;
  if (fromEntity) return 1 + LIST_SIZES.nestedFanOut * childComplexity;
  return 1 + (type.name === 'Query' ? LIST_SIZES.unboundedList : 1) * childComplexity;
};

/** The cost of `document`'s chosen operation with these variables; undefined when it cannot be computed. */
export function queryCost(schema: GraphQLSchema, query: Parameters<typeof QueryComplexity.getComplexity>[0]['query'], variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined {
  return queryCostDetail(schema, query, variables, operationName)?.cost;
}

/**
 * The cost, and the root fields (by response name) whose own cost is over HEAVY_FIELD_COST; undefined
 * when it cannot be computed.
 */
export function queryCostDetail(
  schema: GraphQLSchema,
  query: Parameters<typeof QueryComplexity.getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): { cost: number; heavyFields: string[] } | undefined {
  const heavyFields: string[] = [];
  const root = schema.getQueryType();
  const listCost: ComplexityEstimator = (options) => {
    const cost = listCostEstimator(options);
    if (options.type === root && typeof cost === 'number' && cost > HEAVY_FIELD_COST) heavyFields.push(options.node.alias?.value ?? options.node.name.value);
    return cost;
  };
  try {
    const cost = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName,
      // A `complexity` set on a field (type-graphql's @Field({ complexity })) wins over the list rule.
      estimators: [fieldExtensionsEstimator(), listCost],
    });
    return { cost, heavyFields };
  } catch {
    // Invalid variables: execution rejects them (BAD_USER_INPUT) before any resolver runs.
    return undefined;
  }
}

/**
 * Costs already computed, per parsed document (Apollo hands the same DocumentNode object to every
 * request with the same query text while it keeps it in its document cache) and per operation name and
 * variables: a client repeating a query pays the cost analysis once, not on every request. At most
 * COST_CACHE_VARIANTS variable sets are kept per document (then the oldest goes); documents Apollo
 * drops are collected with their entries.
 */
export const COST_CACHE_VARIANTS = 64;
export class CostCache<T = number> {
  private readonly byDocument = new WeakMap<object, Map<string, T | undefined>>();
  get(document: object, variables: Record<string, unknown> | undefined, operationName: string | undefined, compute: () => T | undefined): T | undefined {
    let variants = this.byDocument.get(document);
    if (!variants) this.byDocument.set(document, (variants = new Map()));
    let key: string;
    try {
      key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    } catch {
      return compute(); // variables JSON cannot express: never cached
    }
    if (variants.has(key)) return variants.get(key);
    const cost = compute();
    if (variants.size >= COST_CACHE_VARIANTS) variants.delete(variants.keys().next().value!);
    variants.set(key, cost);
    return cost;
  }
}

/**
 * The cost and heavy-field limits, checked once the operation and its variables are known; a request
 * that passes with a cost over HEAVY_COST is marked heavy, so its Cypher runs in the shared heavy lane
 * (src/db/executor.ts; traversals go there from any request).
 */
/** The request hooks (one object for every request: they keep no per-request state). */
export function costLimitHooks(limits: Pick<QueryLimits, 'maxCost' | 'maxHeavyFields'>): GraphQLRequestListener<Context> {
  const costs = new CostCache<{ cost: number; heavyFields: string[] }>();
  return {
    async didResolveOperation({ document, request, schema, operationName, contextValue }) {
      const detail = costs.get(document, request.variables, operationName ?? undefined, () => queryCostDetail(schema, document, request.variables, operationName ?? undefined));
      if (!detail) return;
      const { cost, heavyFields } = detail;
      if (cost > limits.maxCost) throw limitError('maxCost', limits.maxCost, cost);
      if (heavyFields.length > limits.maxHeavyFields) {
        const shown = heavyFields.length > 5 ? `${heavyFields.slice(0, 5).join(', ')}, …` : heavyFields.join(', ');
        throw new QueryTooComplexError(
          `The query is too complex: it holds ${heavyFields.length} heavy fields (estimated cost over ${HEAVY_FIELD_COST} each: ${shown}), over the limit of ${limits.maxHeavyFields} (GRAPHQL_MAX_HEAVY_FIELDS). Send them in separate requests.`,
          { limit: 'maxHeavyFields', max: limits.maxHeavyFields, value: heavyFields.length },
          400,
        );
      }
      // Traversals (three timelines, cost 1 008; one deep neighbourhood per client) go through the lane
      // by their query whatever the request's cost (LANE_QUERIES, src/db/executor.ts).
      if (cost > HEAVY_COST && contextValue.stats) contextValue.stats.heavy = true;
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
