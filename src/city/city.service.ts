/** City pages: Query.cities and Province.cities share one batched query per access path. */
import { loadNodePage, type ConnectionQueries } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { Connection, type Page, type PageRequest } from '../graph/pagination.js';
import { City } from './city.type.js';

export const CityConnection = Connection('City', () => City);

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

export function cityPage(filter: CityFilter, page: PageRequest, ctx: Context): Promise<Page<City>> {
  return loadNodePage<City>(ctx, queriesFor(filter), { ...filter }, page);
}
