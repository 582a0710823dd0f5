/** Designations: pages (City.designations, Programme.members and Query.designations), one query per access path. */
import { loadPage, requestNode, type ConnectionQueries } from '../graph/node-page.js';
import type { PageRow } from '../graph/page-loader.js';
import type { Context } from '../context.js';
import { Designation } from './designation.type.js';
import { materialize } from '../graph/materialize.js';
import { edgeKey, nodeRow, type EdgeRow, type NodeRow } from '../graph/graph.loaders.js';
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
  /** Lookahead (City.designations only): bring the programme's agencies and the sources in the same query. */
  withAgencies?: boolean;
  withSources?: boolean;
}

/** A row of the designation page queries (cypher/api/designation/*-page.cypher). */
interface DesignationRow extends PageRow {
  rel: Record<string, Plain>;
  city: { id: string; labels: string[]; props: Record<string, Plain> };
  programme: { id: string; labels: string[]; props: Record<string, Plain> };
  /** designations-of-city-page only, filled when asked for (withAgencies / withSources); null / empty otherwise. */
  agencies?: null | { rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain> }[];
  sources?: { id: string; labels: string[]; props: Record<string, Plain> }[];
}

function fromRow(x: DesignationRow, ctx: Context): Designation {
  // Every row repeats its city and programme: each is decoded and made into its object once per request.
  const city = requestNode<City>(ctx, x.city.id, x.city.labels, x.city.props);
  const programme = requestNode<Programme>(ctx, x.programme.id, x.programme.labels, x.programme.props);
  primeLookahead(x, programme.graphId, ctx);
  return designationOf(x.rel, city, programme);
}

/**
 * What the row brought for the children (lookahead): the programme's ADMINISTERED_BY edges go into the edge
 * loader and the sources into the node loader, so Programme.administeredBy and Designation.sources are
 * answered from the request's caches. An empty `agencies` list is an answer (no agency), so it is primed too;
 * null (not asked for) is not.
 */
function primeLookahead(x: DesignationRow, programmeId: string, ctx: Context): void {
  if (x.agencies) {
    const edges = x.agencies.flatMap((e): EdgeRow[] => {
      const other = nodeRow(e.otherId, e.otherLabels, e.other);
      return other ? [{ type: 'ADMINISTERED_BY', rel: e.rel, other }] : [];
    });
    ctx.loaders.edges.prime(edgeKey(programmeId, 'ADMINISTERED_BY', 'OUT'), edges);
    for (const e of edges) ctx.loaders.node.prime(e.other.graphId, e.other);
  }
  for (const n of x.sources ?? []) {
    const row = nodeRow(n.id, n.labels, n.props);
    if (row) ctx.loaders.node.prime(row.graphId, row);
  }
}

/** A DESIGNATED_IN relationship and its two ends as the API's Designation. */
export function designationFrom(rel: Record<string, Plain>, cityRow: NodeRow, programmeRow: NodeRow): Designation {
  return designationOf(rel, materialize(cityRow) as City, materialize(programmeRow) as Programme);
}

function designationOf(rel: Record<string, Plain>, city: City, programme: Programme): Designation {
  const d = new Designation();
  d.year = num(rel.year);
  d.batch = str(rel.batch);
  d.role = str(rel.role);
  d.term = str(rel.term);
  d.confidence = str(rel.confidence);
  d.city = city;
  d.programme = programme;
  d.rel = rel;
  return d;
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
