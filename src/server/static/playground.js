// The GraphiQL playground: GraphiQL 3 from this server's node_modules, preloaded with example tabs.
// Examples that need a node id get it from a search first, so every tab runs as it is.
// `/?query=…&variables=…` opens that operation (the GraphQL GET hint page links here).
import { gql } from './api.js';
import { EXAMPLES } from './examples.js';
import { download, resultTable, toCsv } from './result-table.js';

const ID_QUERY = 'query PlaygroundExampleId($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 1) { node { id } } }';
const isLookup = (v) => v !== null && typeof v === 'object' && typeof v.$search === 'string';
const keyOf = (v) => `${v.kind ?? ''}:${v.$search}`;

/** Fills `variables` written `{ $search, kind }` with the id of the first search hit. */
async function resolveIds(examples) {
  const wanted = new Map();
  for (const ex of examples) for (const v of Object.values(ex.variables ?? {})) if (isLookup(v)) wanted.set(keyOf(v), v);
  const ids = new Map();
  await Promise.all([...wanted].map(async ([key, v]) => {
    try {
      const data = await gql(ID_QUERY, { text: v.$search, kinds: v.kind ? [v.kind] : null }, 'PlaygroundExampleId');
      if (data.search[0]) ids.set(key, data.search[0].node.id);
    } catch {
      /* leave the placeholder: the tab still shows the query */
    }
  }));
  return examples.map((ex) => {
    const variables = Object.fromEntries(Object.entries(ex.variables ?? {}).map(([k, v]) => [k, isLookup(v) ? ids.get(keyOf(v)) ?? `<id of ${v.$search}: run a search tab and copy a node id>` : v]));
    return { query: ex.query, variables: JSON.stringify(variables, null, 2) };
  });
}

const tabs = await resolveIds(EXAMPLES);

// The last result, for "Download CSV".
let last = null;
const base = GraphiQL.createFetcher({ url: '/graphql' });
function keep(result, operationName) {
  if (operationName === 'IntrospectionQuery' || !result || typeof result !== 'object' || !('data' in result)) return;
  last = { data: result.data, operationName };
  document.getElementById('download-csv').disabled = !result.data;
}
// GraphiQL's fetcher answers queries as a stream (incremental delivery): pass each part on, keep the last.
const fetcher = async (params, opts) => {
  const result = await base(params, opts);
  if (result && typeof result[Symbol.asyncIterator] === 'function') {
    return (async function* relay() {
      for await (const part of result) {
        keep(part, params.operationName);
        yield part;
      }
    })();
  }
  keep(result, params.operationName);
  return result;
};

// GraphiQL keeps its tabs in localStorage and, on load, opens a new tab unless one holds exactly the
// `query` and `variables` it is given (or, when not given, the ones it stored separately, which lag
// behind the tab's own after an edit): that was the duplicate after editing the first tab and
// reloading. So a returning visit passes the active stored tab's own text; a first visit the first
// example; a ?query= link (the GET hint page) its operation, which then opens in a tab of its own.
const url = new URLSearchParams(location.search);
const storedActive = (() => {
  try {
    const saved = JSON.parse(localStorage.getItem('graphiql:tabState') ?? 'null');
    return saved && Array.isArray(saved.tabs) && saved.tabs.length ? saved.tabs[saved.activeTabIndex] ?? saved.tabs[0] : null;
  } catch {
    return null;
  }
})();
const initial = url.get('query')
  ? { query: url.get('query'), variables: url.get('variables') ?? undefined }
  : storedActive
    ? { query: storedActive.query ?? '', variables: storedActive.variables ?? '' }
    : { query: tabs[0]?.query, variables: tabs[0]?.variables };

const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    ...initial,
    defaultEditorToolsVisibility: 'variables',
    // The schema's documentation explorer, open from the start.
    visiblePlugin: GraphiQL.React?.DOC_EXPLORER_PLUGIN,
    shouldPersistHeaders: false,
  }),
);

document.getElementById('download-csv').addEventListener('click', () => {
  if (!last?.data) return;
  const { columns, rows } = resultTable(last.data);
  download(`${last.operationName || 'result'}.csv`, toCsv(columns, rows));
});

window.playground = { tabs, resultTable, last: () => last };
