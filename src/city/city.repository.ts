/** Cities: pages (Query.cities and Province.cities share one batched query per access path), lookups, the places around a city. */
import type { Context } from '../context.js';
import { loadNodePage, type ConnectionQueries } from '../graph/node-page.js';
import type { Page, PageRequest } from '../graph/pagination.js';
import { nodeByGraphId, related } from '../graph/related.js';
import type { Province } from '../province/province.type.js';
import type { City } from './city.type.js';

export interface CityFilter {
  province: string | null;
  programme: string | null;
  year: number | null;
  level: string | null;
}

const COUNT = 'api/city/cities-count';

/** The query that reaches the filter's cities cheapest: from the province, from the programme, or by adcode. */
function queriesFor(filter: CityFilter): ConnectionQueries {
  if (filter.province) return { page: 'api/city/cities-in-province-page', count: COUNT };
  if (filter.programme) return { page: 'api/city/cities-in-programme-page', count: COUNT };
  return { page: 'api/city/cities-page', count: COUNT };
}

export function cityPage(ctx: Context, filter: CityFilter, page: PageRequest): Promise<Page<City>> {
  return loadNodePage<City>(ctx, queriesFor(filter), { ...filter }, page);
}

export function cityById(ctx: Context, graphId: string): Promise<City | null> {
  return nodeByGraphId<City>(ctx, graphId);
}

/** The province of a city: directly, or through its prefecture-level city. */
export async function provinceOf(ctx: Context, city: City): Promise<Province | null> {
  const direct = await related<Province>(ctx, city.graphId, 'LOCATED_IN', 'OUT', ['Province']);
  if (direct[0]) return direct[0];
  const parent = await parentOf(ctx, city);
  return parent ? ((await related<Province>(ctx, parent.graphId, 'LOCATED_IN', 'OUT', ['Province']))[0] ?? null) : null;
}

export async function parentOf(ctx: Context, city: City): Promise<City | null> {
  return (await related<City>(ctx, city.graphId, 'LOCATED_IN', 'OUT', ['City']))[0] ?? null;
}

export function subdivisionsOf(ctx: Context, city: City): Promise<City[]> {
  return related<City>(ctx, city.graphId, 'LOCATED_IN', 'IN', ['City']);
}

