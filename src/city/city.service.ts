/** City pages: Query.cities and Province.cities share one batched query. */
import { nodePage } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { Connection, pageParams, type Page, type PageRequest } from '../graph/pagination.js';
import { City } from './city.type.js';

export const CityConnection = Connection('City', () => City);

export interface CityFilter {
  province: string | null;
  programme: string | null;
  year: number | null;
  level: string | null;
}

export async function cityPage(filter: CityFilter, page: PageRequest, ctx: Context): Promise<Page<City>> {
  const w = await ctx.loaders.citiesPage.load({ ...filter, ...pageParams(page) });
  return nodePage<City>(ctx, page, w);
}
