/** Designations: pages (City.designations, Programme.members and Query.designations), one query per access path. */
import type { GraphQLResolveInfo } from 'graphql';
import { loadPage, projectedPageFilter, requestNodesById, type ConnectionQueries } from '../graph/node-page.js';
import { projectedProps, projectionFor, projectionsFor } from '../graph/projection.js';
import type { PageRow } from '../graph/page-loader.js';
import type { Context } from '../context.js';
import { Designation } from './designation.type.js';
import { materialize } from '../graph/materialize.js';
import type { NodeRow } from '../graph/graph.loaders.js';
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

/**
 * A designation row of the page queries (cypher/api/designation/*-page.cypher, round/members-page): the
 * relationship's properties and the ids of its two ends. The ends themselves come once per query, not once
 * per row (the page loader primes the node loader with them), or are the page's parent.
 */
interface DesignationRow extends PageRow {
  /** The relationship's properties: the values of the page key's `props`, in order, or a map (whole). */
  rel: Record<string, Plain> | Plain[];
  city: string;
  programme: string;
}

/** The page's parent, when it is one of a designation's ends (City.designations, Programme.members). */
export interface DesignationParent {
  city?: City;
  programme?: Programme;
}

/** The ends every row names that the parent is not, as the request's objects (no round trip: primed). */
function endsOf(ctx: Context, parent: DesignationParent): (rows: DesignationRow[]) => Promise<void> {
  return (rows) => {
    const ids: string[] = [];
    for (const x of rows) {
      if (!parent.city) ids.push(x.city);
      if (!parent.programme) ids.push(x.programme);
    }
    return requestNodesById(ctx, ids);
  };
}

function fromRow(x: DesignationRow, ctx: Context, parent: DesignationParent, props: readonly string[] | null): Designation {
  const objects = ctx.loaders.objects;
  return designationOf(projectedProps(x.rel, props), parent.city ?? (objects.get(x.city) as City), parent.programme ?? (objects.get(x.programme) as Programme));
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
  return { page: 'api/designation/designations-page', count: COUNT, countAll: 'api/designation/designations-count-all' };
}

/**
 * The page key's `ends` for a page whose query returns its cities and programmes once (k = -1): the
 * properties `info`'s operation reads of each (src/graph/projection.ts), so those rows carry only them; the
 * page key holds it, so a page read for fewer properties never answers a key that wants more. Null (whole
 * nodes) without `info`, or when neither can be projected.
 */
function endsFor(info: GraphQLResolveInfo | undefined): Record<string, string[]> | null {
  return projectionsFor(info, ['City', 'Programme']);
}

/**
 * The properties `info`'s operation reads of a designation relationship (`projectionFor(info,
 * 'Designation')`), or null (whole) without `info` or when they cannot be told.
 */
function designationProps(info: GraphQLResolveInfo | undefined): readonly string[] | null {
  return info ? projectionFor(info, 'Designation') : null;
}

/**
 * `parent`: the city or programme whose designations these are, when the caller has it (its row is then
 * not read); `info`: the field's resolve info: the rows then carry only the relationship properties the
 * operation reads (`projectionFor(info, 'Designation')`) and, but for a city's page, the ends' projection (`endsFor`).
 */
export function designationPage(ctx: Context, filter: DesignationFilter, page: PageRequest, parent: DesignationParent = {}, info?: GraphQLResolveInfo): Promise<Page<Designation>> {
  const f = { city: null, programme: null, province: null, yearFrom: null, yearTo: null, ...filter };
  const ends = f.city ? null : endsFor(info);
  const props = designationProps(info);
  return loadPage<DesignationRow, Designation>(ctx, queriesFor(f), f, page, (x) => fromRow(x, ctx, parent, props), endsOf(ctx, parent), projectedPageFilter(f, ends, props));
}

/** Round.members: the designations tied to one round (cypher/api/round/members-*.cypher), their ends projected as `designationPage`'s (the relationships whole). */
export function roundMemberPage(ctx: Context, round: string, page: PageRequest, info?: GraphQLResolveInfo): Promise<Page<Designation>> {
  const ends = endsFor(info);
  return loadPage<DesignationRow, Designation>(ctx, { page: 'api/round/members-page', count: 'api/round/members-count' }, { round }, page, (x) => fromRow(x, ctx, {}, null), endsOf(ctx, {}), ends ? { round, ends } : { round });
}
