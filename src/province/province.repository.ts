/** Provinces: pages in adcode order and lookups by id. */
import type { Context } from '../context.js';
import { loadNodePage } from '../graph/node-page.js';
import type { Page, PageRequest } from '../graph/pagination.js';
import { nodeByGraphId } from '../graph/related.js';
import type { Province } from './province.type.js';

export function provincePage(ctx: Context, page: PageRequest): Promise<Page<Province>> {
  return loadNodePage<Province>(ctx, { page: 'api/province/provinces-page', count: 'api/province/provinces-count' }, {}, page);
}

export function provinceById(ctx: Context, graphId: string): Promise<Province | null> {
  return nodeByGraphId<Province>(ctx, graphId);
}
