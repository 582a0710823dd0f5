/** City pages: Query.cities and Province.cities share one batched query. */
import type { Context } from '../context.js';
import { Connection, pageParams, toPage, type Page, type PageRequest } from '../graph/pagination.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
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
  return toPage(page, w.total, w.page, (x) => ({ s: x.s ?? null, id: String(x.id) }), (x) => {
    const row = nodeRow(x.id, x.labels, x.props)!;
    ctx.loaders.node.prime(row.graphId, row);
    return materialize(row) as City;
  });
}
