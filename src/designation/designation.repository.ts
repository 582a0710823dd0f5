/** Designations: pages (City.designations, Programme.members and Query.designations), one query per access path. */
import { loadPage, type ConnectionQueries } from '../graph/node-page.js';
import type { PageRow } from '../graph/page-loader.js';
import type { Context } from '../context.js';
import { Designation } from './designation.type.js';
import { materialize } from '../graph/materialize.js';
import { nodeRow, type NodeRow } from '../graph/graph.loaders.js';
import type { Page, PageRequest } from '../graph/pagination.js';
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

/** A row of the designation page queries (cypher/api/designation/*-page.cypher). */
interface DesignationRow extends PageRow {
  rel: Record<string, Plain>;
  city: { id: string; labels: string[]; props: Record<string, Plain> };
  programme: { id: string; labels: string[]; props: Record<string, Plain> };
}

function fromRow(x: DesignationRow, ctx: Context): Designation {
  const cityRow = nodeRow(x.city.id, x.city.labels, x.city.props)!;
  const progRow = nodeRow(x.programme.id, x.programme.labels, x.programme.props)!;
  ctx.loaders.node.prime(cityRow.graphId, cityRow);
  ctx.loaders.node.prime(progRow.graphId, progRow);
  return designationFrom(x.rel, cityRow, progRow);
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

const COUNT = 'api/designation/designations-count';

/** The query that reaches the filter's designations cheapest: from the city, from the programme, or by year. */
function queriesFor(filter: DesignationFilter): ConnectionQueries {
  if (filter.city) return { page: 'api/designation/designations-of-city-page', count: COUNT };
  if (filter.programme) return { page: 'api/designation/designations-in-programme-page', count: COUNT };
  return { page: 'api/designation/designations-page', count: COUNT };
}

export function designationPage(ctx: Context, filter: DesignationFilter, page: PageRequest): Promise<Page<Designation>> {
  const f = { city: null, programme: null, province: null, yearFrom: null, yearTo: null, ...filter };
  return loadPage<DesignationRow, Designation>(ctx, queriesFor(f), f, page, (x) => fromRow(x, ctx));
}

/** Round.members: the designations tied to one round (cypher/api/round/members-*.cypher). */
export function roundMemberPage(ctx: Context, round: string, page: PageRequest): Promise<Page<Designation>> {
  return loadPage<DesignationRow, Designation>(ctx, { page: 'api/round/members-page', count: 'api/round/members-count' }, { round }, page, (x) => fromRow(x, ctx));
}
