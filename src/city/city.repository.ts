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
import { heldFor, projectedProps, projectionFor, projectionsFor } from '../graph/projection.js';
import { SOURCE_LABELS, type RelType } from '../graph/labels.js';
import { REPORTS_PROPERTIES } from '../graph/provenance.js';
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
/** Query.cities with no filter: the count store. */
const COUNT_ALL = 'api/city/cities-count-all';

/** The query that reaches the filter's cities cheapest: from the province, from the programme, or by adcode. */
function queriesFor(filter: CityFilter): ConnectionQueries {
  if (filter.province) return { page: 'api/city/cities-in-province-page', count: COUNT };
  if (filter.programme) return { page: 'api/city/cities-in-programme-page', count: COUNT };
  return { page: 'api/city/cities-page', count: COUNT, countAll: COUNT_ALL };
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
  // Each row is read with the properties the operation reads of its type (src/graph/projection.ts) and
  // primed under keys that say so (cityDesignationsKey, the observations' key), the keys the lists'
  // resolvers ask for (they project alike).
  const props = {
    city: projectionFor(info!, 'City'),
    programme: projectionFor(info!, 'Programme'),
    agency: projectionFor(info!, 'Agency'),
    designation: projectionFor(info!, 'Designation'),
    observation: projectionFor(info!, 'Observation'),
    sources: projectionsFor(info, SOURCE_LABELS),
    reports: REPORTS_PROPERTIES,
  };
  const designationsKey = wanted.designations ? cityDesignationsKey(graphId, wanted.designations, props.designation) : null;
  const [row] = await readRows<CityWithListsRow>(
    ctx.executor,
    'api/city/city-with-lists',
    { args: { id: graphId, designations: wanted.designations, props }, limit: designationsKey?.limit ?? 0, observations: wanted.observations },
    { stats: ctx.stats },
  );
  const city = row ? nodeRow(row.id, row.labels, projectedProps(row.props, props.city), props.city) : undefined;
  if (!row || !city) return nodeByGraphId<City>(ctx, graphId);
  const sources = new Map(row.sources.map((n) => [n.id, projectedSharedRow({ node: n, edges: null }, props)]));
  if (designationsKey && row.designations) {
    // As the page loader does with the page query's node rows (k = -1): each programme (with its agencies)
    // and each source a designation names go into the node and edge loaders, the designation rows into the page.
    for (const p of row.programmes) primeNodeRow(ctx.loaders, projectedSharedRow(p, props));
    if (designationsKey.filter.withSources === true) {
      for (const d of row.designations) for (const id of strings(projectedProps(d.rel, props.designation).sourceIds)) {
        const n = sources.get(id);
        if (n) primeNodeRow(ctx.loaders, n);
      }
    }
    ctx.loaders.pages.prime(designationsKey, row.designations);
  }
  if (wanted.observations && row.observations) {
    const rows = row.observations.map((o) => ({ ...o, reports: o.reports.map((e) => ({ ...e, rel: projectedProps(e.rel, REPORTS_PROPERTIES), other: sources.get(e.otherId)?.node.props ?? {}, held: sources.get(e.otherId)?.held })) }));
    ctx.loaders.observations.prime(projectedPageFilter({ subject: graphId, metric: null, period: null }, null, props.observation), rows);
  }
  return primedNode<City>(ctx, city);
}

/** The strings of a list property (a relationship's `sourceIds`). */
function strings(v: Plain | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * A node some query returns once for all the rows that name it (a programme, with its agencies when asked
 * for, or a source), its values projected when the query projected them: as SharedNodeRow, but `props`
 * (and an agency's `other`) may be the list of the projection's values, in order.
 */
export interface ProjectedNodeRow {
  node: { id: string; labels: string[]; props: Record<string, Plain> | Plain[] };
  edges: null | { type: RelType; edges: { rel: Record<string, Plain>; otherId: string; otherLabels: string[]; other: Record<string, Plain> | Plain[] }[] };
}

/**
 * A programme or source row with its projected values keyed back by name (`projectedProps`): a programme
 * (and its agencies) by the programmes' (agencies') projection, a source by its label's.
 */
export function projectedSharedRow(row: ProjectedNodeRow, props: { programme: readonly string[] | null; agency: readonly string[] | null; sources: Record<string, string[]> | null }): SharedNodeRow {
  const held = row.node.labels.includes('Programme') ? props.programme : heldFor(row.node.labels, props.sources);
  const edges = row.edges && {
    type: row.edges.type,
    edges: row.edges.edges.map((e) => {
      const other = e.otherLabels.includes('Agency') ? props.agency : null;
      return { ...e, other: projectedProps(e.other, other), held: other };
    }),
  };
  return { node: { ...row.node, props: projectedProps(row.node.props, held) }, held, edges };
}

/** A source node of cypher/api/city/city-with-lists.cypher's `sources` column (its values projected by label). */
interface SourceNode {
  id: string;
  labels: string[];
  props: Record<string, Plain> | Plain[];
}

/** A row of cypher/api/city/city-with-lists.cypher. */
interface CityWithListsRow {
  id: string;
  labels: string[];
  /** The values of the city's projection, in order, or a map (whole). */
  props: Record<string, Plain> | Plain[];
  /** Designation rows of designations-of-city-page: keys, `rel`, the ids of the city and the programme (null when not asked for). */
  designations: (PageRow & { rel: Record<string, Plain> | Plain[]; city: string; programme: string })[] | null;
  /** That query's node rows for the programmes those rows name, with their agencies when asked for (empty when not asked for). */
  programmes: ProjectedNodeRow[];
  /** Rows of observation/by-subject (`props` projected), each report's source by id only and its REPORTS_PROPERTIES' values (null when not asked for). */
  observations: (NodeListRow & { reports: { otherId: string; rel: Plain[] }[] })[] | null;
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

