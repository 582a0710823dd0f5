// The GraphiQL playground: GraphiQL 3 from this server's node_modules, preloaded with example tabs.
// Examples that need a node id get it from a search first, so every tab runs as it is.
import { gql } from './api.js';
import { EXAMPLES } from './examples.js';

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
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    // GraphiQL 3 fills the editors of the first tab from these, not from defaultTabs[0].
    query: tabs[0]?.query,
    variables: tabs[0]?.variables,
    defaultEditorToolsVisibility: 'variables',
    // The schema's documentation explorer, open from the start.
    visiblePlugin: GraphiQL.React?.DOC_EXPLORER_PLUGIN,
    shouldPersistHeaders: false,
  }),
);
window.playground = { tabs };
