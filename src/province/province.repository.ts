/** Provinces: pages in adcode order and lookups by id. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { loadNodePage } from '../graph/node-page.js';
import type { Page, PageRequest } from '../graph/pagination.js';
import { nodeByGraphId } from '../graph/related.js';
import { projectionFor } from '../graph/projection.js';
import type { Province } from './province.type.js';

/**
 * Reads a page of provinces together with what the selection (`info`, Query.provinces' resolve info) asks
 * for below it, in one query, and primes the per-request loaders the children's resolvers read, so the
 * page and its subtree cost one round trip. Does nothing when the selection asks for nothing it can serve.
 * Set by the city domain (src/city/province-tree.ts), which owns Province.cities, so that this folder
 * imports none of the folders below it.
 */
export type ProvinceSubtreeReader = (ctx: Context, page: PageRequest, info: GraphQLResolveInfo) => Promise<void>;

let subtreeReader: ProvinceSubtreeReader | null = null;

export function registerProvinceSubtreeReader(reader: ProvinceSubtreeReader): void {
  subtreeReader = reader;
}

export const PROVINCE_QUERIES = { page: 'api/province/provinces-page', count: 'api/province/provinces-count' };

/** A page of provinces; with `info`, its subtree is read in the same query when it can be (see above). */
export async function provincePage(ctx: Context, page: PageRequest, info?: GraphQLResolveInfo): Promise<Page<Province>> {
  if (info && subtreeReader) await subtreeReader(ctx, page, info);
  return loadNodePage<Province>(ctx, PROVINCE_QUERIES, {}, page, info ? projectionFor(info, 'Province') : null);
}

export function provinceById(ctx: Context, graphId: string): Promise<Province | null> {
  return nodeByGraphId<Province>(ctx, graphId);
}
