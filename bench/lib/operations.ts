/**
 * The benchmark's operations: each is a GraphQL request (run over HTTP against the server) and its
 * floor — one hand-written Cypher query in cypher/bench/floor/ that returns the same answer, shaped as
 * the same JSON. Only the public GraphQL schema, the driver and the documented graph model are used, so
 * the same definitions measure the server before and after a change of its data path.
 */

/** Node labels of the graph model (docs/graph-model.md); `Source` is never a node's own label. */
export const MODEL_LABELS = ['Province', 'City', 'Agency', 'Programme', 'Round', 'AssessmentEvent', 'Observation', 'Organisation', 'Person', 'Event', 'Article', 'ReferenceList'];

export interface Fixtures {
  /** Global ids (from the API's own search) and graph ids of the anchors. */
  huangshi: { id: string; graphId: string };
  suining: { id: string; graphId: string };
  cnipa: { id: string; graphId: string };
  /** The programme with the most designations (cypher/bench/fixture-programme.cypher). */
  programme: { id: string; graphId: string };
  /** The API cursor after the n-th city and the floor's keyset for it; null when it cannot be made. */
  cursorAfter: (n: number) => Promise<{ cursor: string; adcode: string; id: string } | null>;
  /** One real node of each kind (cypher/bench/fixture-kinds.cypher): label, global id and graph id. */
  kinds: { label: string; id: string; graphId: string }[];
  /** Cities in the graph (the deep page needs more than 100,000). */
  cities: number;
}

export interface Operation {
  key: string;
  title: string;
  /** Nesting depth of the selection that needs data: the round-trip target is depth + 1. */
  depth: number;
  /** Set up the request for this graph, or say why the operation is skipped here. */
  prepare(f: Fixtures): Promise<Prepared | { skip: string }>;
}

export interface Prepared {
  query: string;
  variables: Record<string, unknown>;
  /** The field of `data` the answer is in. */
  field: string;
  floor: { file: string; params: Record<string, unknown> };
  /** Orders that neither side promises (ALL SHORTEST paths, a set of edges) are sorted before comparing. */
  canonical?: (answer: unknown) => unknown;
}

const NESTED = `query Nested($provinces: Int!, $cities: Int!) {
  provinces(first: $provinces) { edges { node { graphId name
    cities(first: $cities) { edges { node { graphId name
      designations { year batch
        programme { graphId name administeredBy { graphId name } }
        sources { evidence confidence source { graphId } } } } } } } } } }`;

const DESIGNATIONS = `query Designations($programme: ID) { designations(programme: $programme, first: 20) { edges { node { year batch city { graphId name } programme { graphId name } } } pageInfo { hasNextPage } } }`;

const PAGE = `query Page($after: String) { cities(first: 20, after: $after) { edges { node { graphId name adcode } } pageInfo { hasNextPage } } }`;

/** JSON with object keys sorted, so two equal values print alike whatever their key order. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** A list in a fixed order (by stable JSON), for lists whose order neither side promises. */
export function sortedList(xs: readonly unknown[]): unknown[] {
  return xs.map((x) => [stableJson(x), x] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, x]) => x);
}

function page(after: number): Operation['prepare'] {
  return async (f) => {
    if (f.cities <= after + 20) return { skip: `the graph has ${f.cities.toLocaleString('en')} cities (needs more than ${(after + 20).toLocaleString('en')}: run npm run bench:data)` };
    const c = await f.cursorAfter(after);
    if (!c) return { skip: `no cursor after city ${after} could be made (the API's cursor format is not (adcode, id) and walking there is too long)` };
    return { query: PAGE, variables: { after: c.cursor }, field: 'cities', floor: { file: 'floor/cities-page', params: { first: 20, afterAdcode: c.adcode, afterId: c.id } } };
  };
}

export const OPERATIONS: Operation[] = [
  {
    key: 'nested',
    title: '34 provinces → cities → designations (evidence) → programme → agency',
    depth: 5,
    prepare: async () => ({ query: NESTED, variables: { provinces: 34, cities: 100 }, field: 'provinces', floor: { file: 'floor/nested', params: { provinces: 34, cities: 100 } } }),
  },
  {
    key: 'city',
    title: 'one city by id + its designations + its observations',
    depth: 3,
    prepare: async (f) => ({
      query: `query City($id: ID!) { node(id: $id) { ... on City { graphId name adcode level
        designations { year batch programme { graphId name } sources { evidence confidence source { graphId } } }
        observations { graphId metric value unit period sources { evidence source { graphId } } } } } }`,
      variables: { id: f.huangshi.id },
      field: 'node',
      floor: { file: 'floor/city', params: { id: f.huangshi.graphId } },
    }),
  },
  {
    key: 'nodes',
    title: 'nodes(ids): one node of each kind by id',
    depth: 1,
    prepare: async (f) => f.kinds.length === 0 ? { skip: 'no node of each kind was set up' } : ({
      query: `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { label graphId } }`,
      variables: { ids: f.kinds.map((k) => k.id) },
      field: 'nodes',
      floor: { file: 'floor/nodes', params: { ids: f.kinds.map((k) => k.graphId), kinds: MODEL_LABELS } },
    }),
  },
  { key: 'page', title: 'a page of 20 cities after the 300th', depth: 1, prepare: page(300) },
  {
    key: 'search',
    title: 'search("黄石")',
    depth: 1,
    prepare: async () => ({
      query: `query Search($text: String!) { search(text: $text) { score node { graphId name } } }`,
      variables: { text: '黄石' },
      field: 'search',
      // The API turns 黄石 into this Lucene query: the name resolver's division (黄石市) first, then the
      // text as written (its own Simplified form); both are exact forms that rank first on ties. Written
      // out by hand, so a change in the API's resolution shows up as a difference, not a moving floor.
      floor: { file: 'floor/search', params: { query: '"黄石市" OR "黄石"', exact: ['黄石市', '黄石'], limit: 10 } },
    }),
  },
  {
    key: 'paths',
    title: 'paths 遂宁 → CNIPA (maxHops 4, first 20)',
    depth: 2,
    prepare: async (f) => ({
      query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 20) { length nodes { graphId name } edges { type sources { evidence } } } }`,
      variables: { from: f.suining.id, to: f.cnipa.id },
      field: 'paths',
      floor: { file: 'floor/paths', params: { from: f.suining.graphId, to: f.cnipa.graphId, maxHops: 4, first: 20 } },
      // ALL SHORTEST returns its paths in no promised order, and with a LIMIT not even the same ones:
      // asking for 20 returns every shortest path here, and they are compared as a set.
      canonical: (a) => sortedList(a as unknown[]),
    }),
  },
  {
    key: 'nested-bounded',
    title: 'provinces(first: 5) → cities(first: 10) → designations → programme → agency',
    depth: 5,
    prepare: async () => ({ query: NESTED, variables: { provinces: 5, cities: 10 }, field: 'provinces', floor: { file: 'floor/nested', params: { provinces: 5, cities: 10 } } }),
  },
  { key: 'deep-page', title: 'a page of 20 cities after the 100,000th', depth: 1, prepare: page(100_000) },
  {
    key: 'agency-assessments',
    title: "a page of 20 of CNIPA's assessments",
    depth: 1,
    prepare: async (f) => ({
      query: `query AgencyAssessments($agency: ID!) { assessments(agency: $agency, first: 20) { edges { node { graphId name kind date } } pageInfo { hasNextPage } } }`,
      variables: { agency: f.cnipa.id },
      field: 'assessments',
      floor: { file: 'floor/agency-assessments', params: { agency: f.cnipa.graphId, first: 20 } },
    }),
  },
  {
    key: 'designations',
    title: 'a page of 20 designations (Query.designations)',
    depth: 2,
    prepare: async () => ({ query: DESIGNATIONS, variables: { programme: null }, field: 'designations', floor: { file: 'floor/designations', params: { first: 20 } } }),
  },
  {
    key: 'programme-designations',
    title: "a page of 20 of the largest programme's designations",
    depth: 2,
    prepare: async (f) => ({ query: DESIGNATIONS, variables: { programme: f.programme.id }, field: 'designations', floor: { file: 'floor/programme-designations', params: { programme: f.programme.graphId, first: 20 } } }),
  },
  {
    key: 'programme-cities',
    title: "a page of 20 of the largest programme's cities",
    depth: 1,
    prepare: async (f) => ({
      query: `query ProgrammeCities($programme: ID!) { cities(programme: $programme, first: 20) { edges { node { graphId name adcode } } pageInfo { hasNextPage } } }`,
      variables: { programme: f.programme.id },
      field: 'cities',
      floor: { file: 'floor/programme-cities', params: { programme: f.programme.graphId, first: 20 } },
    }),
  },
  {
    key: 'neighbourhood',
    title: 'neighbourhood(黄石, depth 2)',
    depth: 2,
    prepare: async (f) => ({
      query: `query Hood($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { graphId label name } edges { type sources { evidence } } truncated } }`,
      variables: { id: f.huangshi.id },
      field: 'neighbourhood',
      floor: { file: 'floor/neighbourhood', params: { id: f.huangshi.graphId, depth: 2, limit: 100, labels: MODEL_LABELS } },
      canonical: (a) => {
        const n = a as { edges: unknown[] };
        return { ...n, edges: sortedList(n.edges) };
      },
    }),
  },
  {
    key: 'timeline',
    title: 'timeline(黄石)',
    depth: 2,
    prepare: async (f) => ({
      query: `query Timeline($id: ID!) { timeline(id: $id) { kind date year title sources { evidence } } }`,
      variables: { id: f.huangshi.id },
      field: 'timeline',
      floor: { file: 'floor/timeline', params: { id: f.huangshi.graphId } },
    }),
  },
];
