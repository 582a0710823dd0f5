/**
 * A page of provinces with its cities and their designations in one query
 * (cypher/api/province/provinces-with-cities.cypher). `provinces { edges { node { cities { edges { node {
 * designations { … } } } } } } }` otherwise costs three round trips, one per level; here the one query
 * returns the rows of those three levels' own queries (one record each, the children's windows applied in
 * Cypher) and this module primes the page, node and edge loaders under the very keys the children's
 * resolvers ask for (Province.cities, City.designations), so they answer from the loaders' caches. A child asked for with arguments the query does not serve (a filter, `last`/`before`,
 * two aliases with different arguments) is left to its own resolver, whose loader then reads it as before.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { primeNodeRow } from '../graph/graph.loaders.js';
import { selectionsAt, treesAt, type ResolveTree } from '../graph/lookahead.js';
import { nodePageKey } from '../graph/node-page.js';
import type { PageRow } from '../graph/page-loader.js';
import { projectionFor, projectionsFor } from '../graph/projection.js';
import { SOURCE_LABELS, type RelType } from '../graph/labels.js';
import { MAX_PAGE, pageRequest, type PageRequest } from '../graph/pagination.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import { PROVINCE_QUERIES, registerProvinceSubtreeReader } from '../province/province.repository.js';
import { cityDesignationsKey, cityPageKey, designationsLookahead, projectedSharedRow, provinceCityFilter } from './city.repository.js';

/** A designation row of designations-of-city-page, without the city it sits under. */
interface TreeDesignationRow extends PageRow {
  programme: string;
  /** As the page query's: the values of the designations' projection, in order, or a map (whole). */
  rel: Record<string, Plain> | Plain[];
}

/** A row of cities-in-province-page for the province `province`, with, when asked for, the city's designation rows. */
interface TreeCityRow extends PageRow {
  kind: 'city';
  province: string;
  labels: string[];
  /** The values of the cities' projection, in order; a map when the city is read whole. */
  props: Record<string, Plain> | Plain[];
  designations: TreeDesignationRow[] | null;
}

/** A row of provinces-page; `cities`: whether its cities were read (not for the page's extra row). */
interface TreeProvinceRow extends PageRow {
  kind: 'province';
  cities: boolean;
  labels: string[];
  /** As a city row's. */
  props: Record<string, Plain> | Plain[];
}

/**
 * A programme (with its agencies when asked for) or a source the designations name, once for the answer;
 * a programme's `props` are the values of the programmes' projection, in order, when there is one.
 */
type TreeNodeRow = {
  kind: 'node';
  node: { id: string; labels: string[]; props: Record<string, Plain> | Plain[] };
  edges: null | { type: RelType; edges: { rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain> | Plain[] }[] };
};

/** The rows of cypher/api/province/provinces-with-cities.cypher, one record each. */
type TreeRow = TreeProvinceRow | TreeCityRow | TreeNodeRow;

/** What the selection below `provinces` asks for, when this query can serve it; null otherwise. */
interface Wanted {
  cities: PageRequest;
  designations: { withAgencies: boolean; withSources: boolean } | null;
}

const PAGE_ARGS: ReadonlySet<string> = new Set(['first', 'after']);

function wanted(page: PageRequest, info: GraphQLResolveInfo): Wanted | null {
  // Forward pages only: a backward page's rows come last row first from a descending seek.
  if (page.last !== null || page.before !== null) return null;
  const cities = selectionsAt(info, ['edges', 'node', 'cities']);
  if (cities.length !== 1) return null;
  const citiesRequest = plainPage(cities[0]!);
  if (!citiesRequest) return null;
  const designations = treesAt(cities[0]!, ['edges', 'node', 'designations']);
  const d = designations.length === 1 && Object.keys(designations[0]!.args).length === 0 ? designations[0]! : null;
  return { cities: citiesRequest, designations: d ? designationsLookahead(d) : null };
}

/**
 * The page `cities` asks for when it is given only `first`/`after` (a filter, `last` or `before` is left to
 * its resolver); null also for arguments `pageRequest` refuses, so the resolver reports that error where
 * the client put it.
 */
function plainPage(cities: ResolveTree): PageRequest | null {
  const args = cities.args as Record<string, unknown>;
  if (Object.entries(args).some(([k, v]) => !PAGE_ARGS.has(k) && v !== null && v !== undefined)) return null;
  try {
    return pageRequest({ first: args.first as number | null | undefined, after: args.after as string | null | undefined });
  } catch {
    return null;
  }
}

/**
 * The reader registered with the province repository (exported for measurements that compare it with the
 * per-level path): primes the request's loaders with the subtree of `page` that `info` selects, or does
 * nothing when the selection asks for nothing this query serves.
 */
export async function readProvincesWithCities(ctx: Context, page: PageRequest, info: GraphQLResolveInfo): Promise<void> {
  const want = wanted(page, info);
  if (!want) return;
  // City.designations reads the first MAX_PAGE of a city's designations (cityDesignationsKey): so does this.
  // The rows are read with the properties the operation reads of each type, and primed under keys that say
  // so (nodePageKey), the keys the pages' resolvers ask for (they project alike).
  const props = {
    province: projectionFor(info, 'Province'),
    city: projectionFor(info, 'City'),
    programme: projectionFor(info, 'Programme'),
    agency: projectionFor(info, 'Agency'),
    designation: projectionFor(info, 'Designation'),
    sources: projectionsFor(info, SOURCE_LABELS),
  };
  const provincesKey = nodePageKey(PROVINCE_QUERIES.page, {}, page, props.province);
  const rows = await readRows<{ row: TreeRow }>(
    ctx.executor,
    'api/province/provinces-with-cities',
    { args: { after: page.after, cities: { after: want.cities.after }, designations: want.designations, props }, limit: provincesKey.limit, cityLimit: want.cities.first! + 1, designationLimit: MAX_PAGE + 1 },
    { stats: ctx.stats },
  );
  const loaders = ctx.loaders;
  const provinces: TreeProvinceRow[] = [];
  const cities = new Map<string, TreeCityRow[]>();
  for (const { row } of rows) {
    if (row.kind === 'node') primeNodeRow(loaders, projectedSharedRow(row, props));
    else if (row.kind === 'province') provinces.push(row);
    else {
      const of = cities.get(row.province);
      if (of) of.push(row);
      else cities.set(row.province, [row]);
      // Null: not asked for, or the city page's extra row (not shown, so its designations were not read).
      if (want.designations && row.designations) {
        const designations = row.designations.map((d) => ({ k: d.k, s: d.s, id: d.id, city: row.id, programme: d.programme, rel: d.rel }));
        loaders.pages.prime(cityDesignationsKey(row.id, want.designations, props.designation), designations);
      }
    }
  }
  // A province without cities has no city row: its page is primed empty all the same (the page's extra
  // province, whose cities were not read, is not primed).
  for (const p of provinces) if (p.cities) loaders.pages.prime(cityPageKey(provinceCityFilter(p.id, {}), want.cities, props.city), cities.get(p.id) ?? []);
  loaders.pages.prime(provincesKey, provinces);
}

registerProvinceSubtreeReader(readProvincesWithCities);
