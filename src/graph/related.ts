/** Relationship fields resolved through the per-request edge loader. */
import type { Context } from '../context.js';
import { edgeKey, type Direction, type EdgeRow } from './graph.loaders.js';
import type { GraphQLResolveInfo } from 'graphql';
import { NODE_LABELS, type NodeLabel, type RelType } from './labels.js';
import { nodeProjectionsFor } from './projection.js';
import { materialize } from './materialize.js';
import type { Node } from './node.interfaces.js';

export function edgesOf(ctx: Context, graphId: string, type: RelType, dir: Direction): Promise<EdgeRow[]> {
  return ctx.loaders.edges.load(edgeKey(graphId, type, dir));
}

/** The nodes at the other end, optionally only those with one of `labels`. */
export async function related<T extends Node = Node>(ctx: Context, graphId: string, type: RelType, dir: Direction, labels?: readonly NodeLabel[]): Promise<T[]> {
  const edges = await edgesOf(ctx, graphId, type, dir);
  return edges.filter((e) => !labels || labels.includes(e.other.label)).map((e) => materialize(e.other) as T);
}

/**
 * A node by graph id through the request's node loader. With `info`, the loader reads nodes with the
 * operation's projection (`nodeProjectionsFor`): only what the operation's fields read of each label.
 */
export async function nodeByGraphId<T extends Node = Node>(ctx: Context, graphId: string, info?: GraphQLResolveInfo): Promise<T | null> {
  if (info) ctx.loaders.projectNodes(nodeProjectionsFor(info, NODE_LABELS));
  const row = await ctx.loaders.node.load(graphId);
  return row ? (materialize(row) as T) : null;
}

/** Nodes by graph ids in one batch, in the order asked; ids that name nothing are left out. */
export async function nodesByGraphIds<T extends Node = Node>(ctx: Context, graphIds: readonly string[]): Promise<T[]> {
  const rows = await ctx.loaders.node.loadMany([...graphIds]);
  return rows.flatMap((row) => (row && !(row instanceof Error) ? [materialize(row) as T] : []));
}
