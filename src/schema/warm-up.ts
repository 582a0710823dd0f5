/**
 * Warms the data path once the graph is loaded, before the server says it is ready: every API query is
 * planned by Neo4j with the parameter types real requests send (the plans are then in its query cache)
 * and every resolver has run once, so the first requests of a client are not the slow ones. Runs the
 * schema in-process (no HTTP, no request limits), through the same resolvers, loaders and executor.
 */
import { execute, parse, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createContext } from '../context.js';
import { toGlobalId } from '../graph/global-id.js';
import { QueryStats, REQUEST_MAX_CONCURRENT_CYPHER, type Executor } from '../db/executor.js';

// Sizes are small on purpose: a plan depends on the query and the parameter types, not on page sizes,
// so one row per level warms as well as a hundred. That holds because every list, string or nullable
// value goes to Neo4j inside a map parameter (`$batch`, `$args`): a top-level list or string would be
// planned again for each size class (src/db/plan-key.ts). What the documents must cover is every query
// and every variant of a query's parameters; test/integration/warm-up-plans.test.ts checks that the
// bench's operations and the API tests' documents send nothing the warm-up did not. The documents run at once.
const NESTED = parse(`query WarmUpNested($provinces: Int = 1, $cities: Int = 2) {
    provinces(first: $provinces) { totalCount edges { node { name agencies { name } mentionedIn { title }
      cities(first: $cities) { totalCount edges { node { name province { name } parent { name } subdivisions { name } events { name }
        observations { metric subject { name } sources { evidence } }
        assessments(first: 1) { totalCount edges { node { name assessedBy { role agency { name } } programme { name } subjects { name } sources { evidence } } } }
        designations { year sources { evidence source { title } } programme { name administeredBy { name people { title person { name } } } } } } } } } } }
  }`);
const WARM_UP = [
  NESTED,
  // NESTED's provinces, cities and designations come in one query (src/city/province-tree.ts); two `cities`
  // selections are served level by level, which plans those three pages' own queries.
  parse(`query WarmUpLevels {
    provinces(first: 1) { edges { node { cities(first: 1) { edges { node { designations { year sources { evidence } programme { administeredBy { name } } } } } }
      second: cities(first: 2) { edges { node { name } } } } } }
  }`),
  parse(`query WarmUpPages {
    backward: cities(last: 1) { edges { node { name } } }
    cities(first: 1) { totalCount edges { node { name } } }
    designations(first: 1) { totalCount edges { node { year } } }
    assessments(first: 1) { totalCount edges { node { name } } }
    sources(first: 1) { totalCount edges { node { title ... on Article { text mentions { name } facts { __typename } } } } }
    lists: sources(first: 1, kind: REFERENCE_LIST) { totalCount }
    programmes { id name members(first: 1) { totalCount edges { node { year } } } rounds { members(first: 1) { totalCount edges { node { year } } } } }
    agencies { name programmes { name } }
    rounds { graphId }
  }`),
];

/** The transaction timeout of each warm-up call: long enough for a new JVM's first plans under load. */
export const WARM_UP_TX_TIMEOUT_MS = 120_000;

/** The sizes of the warm-up's last, large pass over the nested document. */
const LARGE = { provinces: 34, cities: 50 };

// The ids `AROUND` needs, from a query of its own, so it starts as soon as these are known instead of
// waiting for (and depending on) the larger documents.
const IDS = parse(`query WarmUpSearch { search(text: "武汉", first: 1) { node { id name } } programmes { id } }`);

// Its anchors are small on purpose: a warm-up call is there to plan a query (the plan depends on the query
// and its parameters' types, never on their values inside `$args`), not to read a hub's neighbourhood. At a
// million nodes the traversals from 武汉 over every relationship type reach its province's and programmes'
// hundreds of thousands of members (the neighbourhood call went over the transaction memory cap), and a
// programme's members by province reads every designation of the programme. So the traversals follow
// OBSERVED_IN only (the city's own observations), and the aggregate is asked for a programme id that names
// nothing (`NONE`: one index seek, the same plan). test/integration/warm-up-plans.test.ts checks that every
// query is planned, test/integration/warm-up-bounded.test.ts that no warm-up call's db hits grow with the graph
// (synthetic hubs added), but for the whole-graph totals it lists.
const AROUND = parse(`query WarmUpAround($id: ID!, $to: ID!, $programme: ID!, $none: ID!) {
  node(id: $id) { id ... on City { designations { year sources { evidence } programme { administeredBy { name } } } observations { metric sources { evidence } } } }
  timeline(id: $id) { title sources { evidence } }
  neighbourhood(id: $id, depth: 2, limit: 5, relationshipTypes: [OBSERVED_IN]) { nodes { id } edges { type sources { evidence } } }
  nodesOnly: neighbourhood(id: $id, depth: 1, limit: 5, relationshipTypes: [OBSERVED_IN]) { nodes { id } }
  truncatedOnly: neighbourhood(id: $id, depth: 1, limit: 5, relationshipTypes: [OBSERVED_IN]) { truncated }
  paths(from: $id, to: $to, first: 1, relationshipTypes: [OBSERVED_IN]) { length edges { sources { evidence } } }
  programmeMembersByProvince(programme: $none) { count }
  citiesWithSeveralProgrammes(first: 1) { since }
  cities(programme: $programme, first: 1) { edges { node { name } } }
}`);

/** A programme id that names no node: the aggregate's plan without its reads. */
const NONE = toGlobalId('Programme', 'warm-up:none');

/** Runs the warm-up queries; returns how long it took. Errors are logged, never thrown: a cold start is not a failed one. */
export async function warmUp(schema: GraphQLSchema, executor: Executor, logger: Logger): Promise<number> {
  const t0 = performance.now();
  const once = async (document: typeof AROUND, variableValues?: Record<string, unknown>) => {
    // The per-request Cypher budget protects the database from a client's request; the warm-up is the
    // server's own, and on a cold database its first plans are what it is there to pay for (a few
    // hundred ms each), so it has no time budget (the transaction timeout still applies to each call).
    // Nor the stall check: a Neo4j that has just started answers slowly, and a failed ping would turn
    // every warm-up call into SERVICE_UNAVAILABLE for a second, leaving the data path cold. Nor the
    // clients' transaction timeout: on a loaded machine a new JVM's first plans took over 15 s each, and a
    // call stopped while Neo4j plans leaves no plan in its cache, so the first clients paid again (and a
    // traversal stopped that way held the heavy lane, refusing their heavy requests, until it ended).
    const stats = new QueryStats({ maxConcurrent: REQUEST_MAX_CONCURRENT_CYPHER, budgetMs: Infinity, freeRoundTrips: Infinity }, { stallCheck: false, txTimeoutMs: WARM_UP_TX_TIMEOUT_MS });
    const contextValue = createContext({ requestId: 'warm-up', executor, logger, headers: {}, revealVersions: false, stats });
    const t = performance.now();
    const result = await execute({ schema, document, contextValue, variableValues });
    const name = document.definitions[0]?.kind === 'OperationDefinition' ? document.definitions[0].name?.value : undefined;
    logger.info({ query: name, ms: Math.round(performance.now() - t), heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }, 'warm-up query done');
    if (result.errors?.length) logger.warn({ query: name, errors: result.errors.map((e) => e.message) }, 'warm-up query answered with errors');
    return result;
  };
  const run = async (document: typeof AROUND, variableValues?: Record<string, unknown>) => (await once(document, variableValues)).data as Record<string, any> | null | undefined;
  try {
    const around = run(IDS).then((ids) => {
      const id = ids?.search?.[0]?.node?.id as string | undefined;
      const programme = (ids?.programmes as { id?: string }[] | undefined)?.[0]?.id;
      return id && programme ? run(AROUND, { id, to: programme, programme, none: NONE }) : undefined;
    });
    await Promise.all([...WARM_UP.map((document) => run(document)), around]);
    // Then once at the size of a whole-country answer (every province, 50 cities each): the plans are
    // made by now, but a new Neo4j JVM (and this process) still run the code that streams thousands of
    // rows interpreted, which made the first large answer after a cold start 4–9× its usual time.
    await once(NESTED, { provinces: LARGE.provinces, cities: LARGE.cities });
  } catch (err) {
    logger.warn({ err }, 'warm-up failed; the first requests may be slower');
  }
  return performance.now() - t0;
}
