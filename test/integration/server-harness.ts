/**
 * A real server from `createServer` on a free port, for the server, limits and errors tests: with the
 * app's schema, or with a probe schema whose fields fail in each way the API can (a thrown JS error, a
 * Cypher error from Neo4j, a transaction timeout, each of our error classes), so those paths are tested
 * without depending on the domain resolvers. Logs are kept as parsed JSON lines.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { GraphQLBoolean, GraphQLID, GraphQLInt, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLFloat } from 'graphql';
import { pino } from 'pino';
import type { ServerConfig } from '../../src/config/config.js';
import type { Context } from '../../src/context.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { loadQueries } from '../../src/db/queries.js';
import { BadUserInputError, ForbiddenError, NotFoundError, ServiceUnavailableError } from '../../src/errors/errors.js';
import { executorObserver } from '../../src/metrics/metrics.js';
import { createServer } from '../../src/server/app.js';
import type { ExecutionCounts } from '../../src/server/compiled-execution.js';
import { testConfig } from '../helpers/db.js';
import { TEST_BOLT_URI } from '../setup/test-neo4j.js';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

export interface RunningServer {
  base: string;
  url: string;
  logs: LogLine[];
  executor: Executor;
  /** Executions compiled and through graphql-js so far (src/server/compiled-execution.ts). */
  executions: ExecutionCounts;
  close(): Promise<void>;
}

/** The executor on the tests' Neo4j, with the process metrics observer (as main.ts wires it). */
export function metricsExecutor(uri = TEST_BOLT_URI, txTimeoutMs?: number): Executor & { close(): Promise<void> } {
  const config = testConfig();
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  const executor = new Executor(driver, loadQueries(), { database: config.neo4jDatabase, txTimeoutMs: txTimeoutMs ?? config.txTimeoutMs, observer: executorObserver });
  return Object.assign(executor, { close: () => driver.close() });
}

/** `compileAt`: as createServer's (default: the server's own, a document's second execution). */
export async function startServer(opts: { schema: GraphQLSchema; options?: Partial<ServerConfig>; executor?: Executor & { close(): Promise<void> }; compileAt?: number }): Promise<RunningServer> {
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const executor = opts.executor ?? metricsExecutor();
  const server = await createServer({ schema: opts.schema, executor, logger, options: opts.options, compileAt: opts.compileAt });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return {
    base,
    url: `${base}/graphql`,
    logs,
    executor,
    executions: server.executions,
    async close() {
      await server.apollo.stop();
      await executor.close();
    },
  };
}

export interface GqlResult {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }> };
}

/** POSTs a GraphQL request as JSON. */
export async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult['body'] };
}

// ---------------------------------------------------------------------------------------------------
// The probe schema

const NodeInterface = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: new GraphQLNonNull(GraphQLID) } } });
const Hit: GraphQLObjectType = new GraphQLObjectType({
  name: 'Hit',
  interfaces: [NodeInterface],
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    name: { type: new GraphQLNonNull(GraphQLString) },
    score: { type: new GraphQLNonNull(GraphQLFloat) },
    related: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Hit))), resolve: () => [] },
  }),
});
const Edge = new GraphQLObjectType({
  name: 'Edge',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) }, type: { type: new GraphQLNonNull(GraphQLString) } },
});
const Subgraph = new GraphQLObjectType({
  name: 'Subgraph',
  fields: { nodes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Hit))) }, edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Edge))) } },
});

const Tree: GraphQLObjectType = new GraphQLObjectType({
  name: 'Tree',
  fields: () => ({ name: { type: GraphQLString }, child: { type: Tree } }),
});
const tree: { name: string; child: unknown } = { name: 'node', get child() {
  return tree;
} };

const hits = (n: number) => Array.from({ length: Math.min(n, 50) }, (_, i) => ({ id: `h${i}`, name: `hit ${i}`, score: 1 - i / 100 }));

/** Fields that answer, and fields that fail in every way a resolver can. */
export function probeSchema(): GraphQLSchema {
  const query = new GraphQLObjectType<unknown, Context>({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, resolve: () => 'world' },
      tree: { type: Tree, resolve: () => tree },
      search: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Hit))),
        args: { text: { type: new GraphQLNonNull(GraphQLString) }, first: { type: GraphQLInt, defaultValue: 10 } },
        resolve: (_r, args: { first: number }) => hits(args.first),
      },
      page: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Hit))),
        args: { first: { type: GraphQLInt } },
        resolve: (_r, args: { first?: number }) => hits(args.first ?? 20),
      },
      neighbourhood: {
        type: new GraphQLNonNull(Subgraph),
        args: { id: { type: new GraphQLNonNull(GraphQLID) }, depth: { type: GraphQLInt, defaultValue: 1 }, limit: { type: GraphQLInt, defaultValue: 100 } },
        resolve: (_r, args: { limit: number }) => ({ nodes: hits(args.limit), edges: [] }),
      },
      neo4jVersion: {
        type: GraphQLString,
        resolve: async (_r, _a, ctx) => (await ctx.executor.read('system/components', {}, { stats: ctx.stats }))[0]?.get('version') as string,
      },
      boom: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('kaboom: MATCH (s:Secret) RETURN s.password AS hunter2');
        },
      },
      cypherFailure: {
        type: GraphQLString,
        // A syntax error from the real Neo4j: its message quotes the Cypher text.
        resolve: async (_r, _a, ctx) => {
          await ctx.executor.runText('probe/broken', 'MATCH (secretNode:Secret) RETURN secretNode.x +', {}, 'READ', { stats: ctx.stats });
          return 'unreachable';
        },
      },
      slow: {
        type: GraphQLInt,
        args: { timeoutMs: { type: GraphQLInt, defaultValue: 300 } },
        resolve: async (_r, args: { timeoutMs: number }, ctx) => {
          const rows = await ctx.executor.runText('probe/slow', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 123 RETURN count(x) AS n', {}, 'READ', { stats: ctx.stats, timeoutMs: args.timeoutMs });
          return rows[0]?.get('n') as number;
        },
      },
      badInput: {
        type: GraphQLString,
        args: { n: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_r, args: { n: number }) => {
          throw new BadUserInputError(`Argument "n" must be between 1 and 10; got ${args.n}.`, { argument: 'n', allowed: { min: 1, max: 10 } });
        },
      },
      notFound: {
        type: new GraphQLNonNull(GraphQLString),
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_r, args: { id: string }) => {
          throw new NotFoundError(`No node has id ${JSON.stringify(args.id)}.`, { id: args.id });
        },
      },
      forbidden: {
        type: GraphQLString,
        resolve: () => {
          throw new ForbiddenError('The research door is closed (CYPHER_DOOR_ENABLED=false).');
        },
      },
      unavailable: {
        type: GraphQLString,
        resolve: () => {
          throw new ServiceUnavailableError();
        },
      },
    },
  });
  const mutation = new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLBoolean, resolve: () => true } } });
  return new GraphQLSchema({ query, mutation });
}
