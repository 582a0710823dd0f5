/** Cities: pages (Query.cities and Province.cities share one batched query per access path), lookups, the places around a city. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { nodeRow, primeNodeRow, type SharedNodeRow } from '../graph/graph.loaders.js';
import { childSelections, treeSelects, type ResolveTree } from '../graph/lookahead.js';
import { pageKey, type NodeListRow, type PageKey, type PageRow } from '../graph/page-loader.js';
import { MAX_PAGE, pageRequest } from '../graph/pagination.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import { loadNodePage, nodePageKey, primedNode, projectedPageFilter, type ConnectionQueries } from '../graph/node-page.js';
import { projectedProps, projectionFor } from '../graph/projection.js';
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

/**
 * The filter of Province.cities for its arguments, keys in the order every caller uses: the page loader's
 * cache key is the filter's JSON, so the page a province's subtree primes (src/city/province-tree.ts) is
 * found only under the very key the resolver asks for.
 */
export function provinceCityFilter(province: string, args: { programme?: string | null; year?: number | null; level?: string | null }): CityFilter {
  return { province, programme: args.programme ?? null, year: args.year ?? null, level: args.level ?? null };
}

/** The page key `cityPage` asks the page loader for; `props`: the cities' projection (src/graph/projection.ts). */
export function cityPageKey(filter: CityFilter, page: PageRequest, props: readonly string[] | null): PageKey {
  return nodePageKey(queriesFor(filter).page, { ...filter }, page, props);
}

/** A page of cities, each read with the properties `info`'s operation reads of a city (projectionFor). */
export function cityPage(ctx: Context, filter: CityFilter, page: PageRequest, info: GraphQLResolveInfo): Promise<Page<City>> {
  return loadNodePage<City>(ctx, queriesFor(filter), { ...filter }, page, projectionFor(info, 'City'));
}

/**
 * A city by graph id. With `info` (the `city` or `node` field's resolve info) and a selection that asks
 * for `designations` or `observations` without arguments, one query brings the city with the first page
 * of its designations and its observations and primes the loaders those fields read
 * (cypher/api/city/city-with-lists.cypher): one round trip instead of three. Otherwise, or when the id
 * names no city, the node loader answers as for any node.
 */
export async function cityById(ctx: Context, graphId: string, info?: GraphQLResolveInfo): Promise<City | null> {
  const wanted = info ? listsWanted(info) : null;
  if (!wanted) return nodeByGraphId<City>(ctx, graphId);
  const props = { designation: projectionFor(info!, 'Designation') };
  const designationsKey = wanted.designations ? cityDesignationsKey(graphId, wanted.designations, props.designation) : null;
  const [row] = await readRows<CityWithListsRow>(
    ctx.executor,
    'api/city/city-with-lists',
    { args: { id: graphId, designations: wanted.designations, props }, limit: designationsKey?.limit ?? 0, observations: wanted.observations },
    { stats: ctx.stats },
  );
  const city = row ? nodeRow(row.id, row.labels, row.props) : undefined;
  if (!row || !city) return nodeByGraphId<City>(ctx, graphId);
  const sources = new Map(row.sources.map((n) => [n.id, n]));
  if (designationsKey && row.designations) {
    // As the page loader does with the page query's node rows (k = -1): each programme (with its agencies)
    // and each source a designation names go into the node and edge loaders, the designation rows into the page.
    for (const p of row.programmes) primeNodeRow(ctx.loaders, p);
    if (designationsKey.filter.withSources === true) {
      for (const d of row.designations) for (const id of strings(projectedProps(d.rel, props.designation).sourceIds)) {
        const n = sources.get(id);
        if (n) primeNodeRow(ctx.loaders, { node: n, edges: null });
      }
    }
    ctx.loaders.pages.prime(designationsKey, row.designations);
  }
  if (wanted.observations && row.observations) {
    const rows = row.observations.map((o) => ({ ...o, reports: o.reports.map((e) => ({ ...e, other: sources.get(e.otherId)?.props ?? {} })) }));
    ctx.loaders.observations.prime({ subject: graphId, metric: null, period: null }, rows);
  }
  return primedNode<City>(ctx, city);
}

/** The strings of a list property (a relationship's `sourceIds`). */
function strings(v: Plain | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A source node of cypher/api/city/city-with-lists.cypher's `sources` column. */
interface SourceNode {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}

/** A row of cypher/api/city/city-with-lists.cypher. */
interface CityWithListsRow {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
  /** Designation rows of designations-of-city-page: keys, `rel`, the ids of the city and the programme (null when not asked for). */
  designations: (PageRow & { rel: Record<string, Plain> | Plain[]; city: string; programme: string })[] | null;
  /** That query's node rows for the programmes those rows name, with their agencies when asked for (empty when not asked for). */
  programmes: SharedNodeRow[];
  /** Rows of observation/by-subject, each report's source by id only (null when not asked for). */
  observations: (NodeListRow & { reports: { otherId: string }[] })[] | null;
  /** Every source node the lists name, once. */
  sources: SourceNode[];
}

/**
 * What the selection asks of the city's lists, when a query of the city can bring them: `designations`
 * and `observations` each selected once and without arguments (a filtered or aliased list is left to its
 * own resolver). Null when neither is.
 */
function listsWanted(info: GraphQLResolveInfo): { designations: { withAgencies: boolean; withSources: boolean } | null; observations: boolean } | null {
  const designations = childSelections(info, 'designations');
  const observations = childSelections(info, 'observations');
  const plain = (trees: ResolveTree[]) => trees.length === 1 && Object.keys(trees[0]!.args).length === 0;
  const d = plain(designations) ? designations[0]! : null;
  const o = plain(observations);
  if (!d && !o) return null;
  return { designations: d ? designationsLookahead(d) : null, observations: o };
}

/**
 * What a city's `designations` selection (asked for without arguments) needs its page to bring along: the
 * lookahead half of `cityDesignationsKey`. One function for every reader that primes that page (a city by id,
 * a provinces page's subtree), so the key they prime is the one City.designations asks for.
 */
export function designationsLookahead(d: ResolveTree): { withAgencies: boolean; withSources: boolean } {
  return { withAgencies: treeSelects(d, ['programme', 'administeredBy']), withSources: treeSelects(d, ['sources']) };
}

/**
 * The key under which City.designations (src/designation/designation.resolver.ts) asks the page loader
 * for a city's designations when it is given no arguments: its filter as `designationPage` completes it,
 * and the first page of at most MAX_PAGE; `props`: the relationships' projection (`projectionFor(info, 'Designation')`), which
 * the rows primed under it must hold. Priming under any other key would be a silent extra round trip;
 * test/integration/api.test.ts counts them.
 */
export function cityDesignationsKey(graphId: string, lookahead: { withAgencies: boolean; withSources: boolean }, props: readonly string[] | null): PageKey {
  const filter = { city: graphId, programme: null, province: null, withAgencies: lookahead.withAgencies, withSources: lookahead.withSources };
  return pageKey('api/designation/designations-of-city-page', projectedPageFilter(filter, null, props), pageRequest({ first: MAX_PAGE }));
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

