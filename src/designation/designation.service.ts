/** Designation pages: City.designations, Programme.members and Query.designations share one query. */
import { keysetOf } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { Designation } from './designation.type.js';
import { materialize } from '../graph/materialize.js';
import { nodeRow, type NodeRow } from '../graph/graph.loaders.js';
import { pageParams, toPage, type Page, type PageRequest } from '../graph/pagination.js';
import { num, str, type Plain } from '../graph/values.js';
import type { City } from '../city/city.type.js';
import type { Programme } from '../programme/programme.type.js';

export interface DesignationFilter {
  city?: string | null;
  programme?: string | null;
  province?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

function fromRow(x: Record<string, Plain>, ctx: Context): Designation {
  const c = x.city as Record<string, Plain>;
  const g = x.programme as Record<string, Plain>;
  const cityRow = nodeRow(c.id, c.labels, c.props)!;
  const progRow = nodeRow(g.id, g.labels, g.props)!;
  ctx.loaders.node.prime(cityRow.graphId, cityRow);
  ctx.loaders.node.prime(progRow.graphId, progRow);
  return designationFrom(x.rel as Record<string, Plain>, cityRow, progRow);
}

/** A DESIGNATED_IN relationship and its two ends as the API's Designation. */
export function designationFrom(rel: Record<string, Plain>, cityRow: NodeRow, programmeRow: NodeRow): Designation {
  return Object.assign(new Designation(), {
    year: num(rel.year),
    batch: str(rel.batch),
    role: str(rel.role),
    term: str(rel.term),
    confidence: str(rel.confidence),
    city: materialize(cityRow) as City,
    programme: materialize(programmeRow) as Programme,
    rel,
  });
}

export async function designationPage(filter: DesignationFilter, page: PageRequest, ctx: Context): Promise<Page<Designation>> {
  const key = { city: null, programme: null, province: null, yearFrom: null, yearTo: null, ...filter, ...pageParams(page) };
  const w = await ctx.loaders.designationsPage.load(key);
  return toPage(page, w.total, w.page, keysetOf, (x) => fromRow(x, ctx));
}
