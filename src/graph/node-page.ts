/** Shared steps of resolvers that get whole nodes back from a query (pages, search, lists). */
import type { Context } from '../context.js';
import { nodeRow, type NodeRow } from './graph.loaders.js';
import { materialize } from './materialize.js';
import type { Node } from './node.interfaces.js';
import { toPage, type Keyset, type Page, type PageRequest } from './pagination.js';
import type { PageWindow } from './page-loader.js';
import type { Plain } from './values.js';

/** The API object for a node the query already returned; the node loader keeps it, so no round trip fetches it again. */
export function primedNode<T extends Node>(ctx: Context, row: NodeRow): T {
  ctx.loaders.node.prime(row.graphId, row);
  return materialize(row) as T;
}

/** The keyset of a row of a `-page.cypher` window. */
export function keysetOf(x: Record<string, Plain>): Keyset {
  return { s: x.s ?? null, id: String(x.id) };
}

/** A page of nodes from a `-page.cypher` window whose rows are {s, id, labels, props}. */
export function nodePage<T extends Node>(ctx: Context, request: PageRequest, window: PageWindow): Page<T> {
  return toPage(request, window.total, window.page, keysetOf, (x) => primedNode<T>(ctx, nodeRow(x.id, x.labels, x.props)!));
}
