/**
 * Relay connections with keyset cursors. A cursor is the opaque pair (sort value, graph id) of the last
 * row seen, so a page after it stays correct when rows are inserted before it (never an offset).
 * Page queries (cypher/api/** files ending in `-page.cypher`) receive the keys of a batch split into
 * `$batch.forward` (`first` pages) and `$batch.backward` (`last` pages), each key with `after`/`before` as {s, id},
 * and `$limit` (page size + 1); each direction is an ordered seek that stops after `$limit` rows. The
 * loader (page-loader.ts) puts backward rows back in page order; `toPage` below trims the extra row.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/errors.js';
import { PageInfo } from './common.types.js';
import type { Plain } from './values.js';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Items after \`after\`: 1..${MAX_PAGE}, default ${DEFAULT_PAGE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\`: 1..${MAX_PAGE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

export interface Keyset {
  s: Plain;
  id: string;
}

export interface PageRequest {
  first: number | null;
  last: number | null;
  after: Keyset | null;
  before: Keyset | null;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.s, k.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): Keyset {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === 'string') return { s: v[0] as Plain, id: v[1] };
  } catch {
    /* fall through */
  }
  throw new BadUserInputError(`Argument "${argument}" is not a cursor from this connection: pass a \`cursor\` or \`pageInfo.endCursor\` you received.`, { argument });
}

function bounded(v: number | null | undefined, argument: string): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isInteger(v) || v < 1 || v > MAX_PAGE) {
    throw new BadUserInputError(`Argument "${argument}" must be between 1 and ${MAX_PAGE}; got ${v}.`, { argument, allowed: { min: 1, max: MAX_PAGE } });
  }
  return v;
}

/** Validates Relay arguments: `first` 1..100 (default 20), or `last` with `before`. */
export function pageRequest(args: PageArgs): PageRequest {
  const first = bounded(args.first, 'first');
  const last = bounded(args.last, 'last');
  if (first !== null && last !== null) throw new BadUserInputError('Use either "first" or "last", not both.', { argument: 'last' });
  return {
    first: last === null ? (first ?? DEFAULT_PAGE) : null,
    last,
    after: args.after ? decodeCursor(args.after, 'after') : null,
    before: args.before ? decodeCursor(args.before, 'before') : null,
  };
}

/**
 * A connection page. `totalCount` is a promise made on first read: the count query runs only when a
 * client selects the field, never for a page alone.
 */
export interface Page<T> {
  readonly totalCount: Promise<number>;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * Turns the rows a `-page.cypher` query returned (at most page size + 1, in page order) into a page:
 * the extra row says whether there is more in the direction of travel. The one place that knows this.
 */
export function toPage<R, T>(p: PageRequest, rows: R[], keyOf: (r: R) => Keyset, map: (r: R) => T, count: () => Promise<number>): Page<T> {
  let kept = rows;
  let hasNextPage = false;
  let hasPreviousPage = false;
  if (p.last !== null) {
    hasPreviousPage = rows.length > p.last;
    kept = hasPreviousPage ? rows.slice(rows.length - p.last) : rows;
  } else if (p.first !== null) {
    hasNextPage = rows.length > p.first;
    kept = hasNextPage ? rows.slice(0, p.first) : rows;
  }
  const edges = kept.map((r) => new Edge(keyOf(r), map(r)));
  let total: Promise<number> | undefined;
  return {
    get totalCount() {
      return (total ??= count());
    },
    edges,
    pageInfo: new Cursors(hasNextPage, hasPreviousPage, edges[0], edges.at(-1)),
  };
}

/**
 * An edge whose cursor is encoded when read: most queries select `node` and `pageInfo.hasNextPage`, not
 * the cursors, and encoding each edge's (JSON, then base64url) was about 1 % of a page request's CPU.
 */
class Edge<T> {
  constructor(
    private readonly key: Keyset,
    readonly node: T,
  ) {}
  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/** `pageInfo` with its two cursors encoded when read, like the edges'. */
class Cursors {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly first: Edge<unknown> | undefined,
    private readonly last: Edge<unknown> | undefined,
  ) {}
  get startCursor(): string | null {
    return this.first?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.last?.cursor ?? null;
  }
}

/** Builds the Connection and Edge object types for a node class. */
export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | (abstract new () => T)) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay).` })
  class ConnectionType {
    // Resolved from Page.totalCount, a promise: the count query runs only when this field is selected.
    // `simple: false`: a field with a resolver of its own, since compiled execution (graphql-jit) awaits a
    // promise only from a resolver, never from a property read (src/server/compiled-execution.ts).
    @Field(() => Int, { simple: false, description: 'All items matching the filters, across pages.' })
    totalCount!: number;

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
