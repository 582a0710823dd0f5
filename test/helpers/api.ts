/** An API server on the seeded test Neo4j, and small helpers to query it. */
import type { ServerConfig } from '../../src/config/config.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { seed, wipe } from '../../src/seed/loader.js';
import { metricsExecutor, post, startServer, type RunningServer } from '../integration/server-harness.js';

export interface Api extends RunningServer {
  /** Data of a query that must succeed (throws with the errors otherwise). */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The errors of a query that must fail. */
  errors(query: string, variables?: Record<string, unknown>): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>;
  /** Global id of the first search hit of `kind` for `text`. */
  idOf(text: string, kind?: string): Promise<string>;
}

/**
 * The request deadline of servers started here, unless a test asks for another. These servers answer
 * content questions; the default 10 s deadline (REQUEST_DEADLINE_MS) is what budget.test.ts tests, and
 * on a CI machine busy with other work (load 15 on 2 cores) a nested query that takes 50 ms when idle
 * was seen stalled past it. A test timeout comes first (vitest's 60 s) if something really hangs.
 */
const CONTENT_DEADLINE_MS = 50_000;

/**
 * Empties the test database, seeds it and starts a server. Limits changed only when asked. Every query runs
 * compiled from its first execution (`compileAt: 1`; a production server compiles a document at its second),
 * so the API's tests exercise the path repeated queries take; compiled-execution.test.ts compares it with
 * graphql-js's.
 */
export async function startSeededApi(options: Partial<ServerConfig> = {}, opts: { compileAt?: number } = {}): Promise<Api> {
  const executor = metricsExecutor();
  await wipe(executor);
  await seed(executor);
  const server = await startServer({ schema: await buildAppSchema(), executor, options: { requestDeadlineMs: CONTENT_DEADLINE_MS, ...options }, compileAt: opts.compileAt ?? 1 });
  const api: Api = {
    ...server,
    async data(query, variables) {
      const r = await post(server.url, query, variables);
      if (r.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
      return r.body.data as never;
    },
    async errors(query, variables) {
      const r = await post(server.url, query, variables);
      return r.body.errors ?? [];
    },
    async idOf(text, kind) {
      const d = await api.data<{ search: { node: { id: string; label: string } }[] }>('query($t:String!,$k:[EntityKind!]){search(text:$t,kinds:$k,first:1){node{id label}}}', { t: text, k: kind ? [kind] : null });
      const hit = d.search[0];
      if (!hit) throw new Error(`no search hit for ${text}`);
      return hit.node.id;
    },
  };
  return api;
}
