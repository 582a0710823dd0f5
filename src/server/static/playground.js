// The GraphiQL playground: GraphiQL 3 from this server's node_modules, preloaded with example tabs.
// Examples that need a node id get it from a search first, so every tab runs as it is.
import { gql } from './api.js';
import { EXAMPLES } from './examples.js';

/** Fills `variables` whose value is `{ $search: text }` with the id of the first search hit. */
async function resolveIds(examples) {
  const wanted = new Set();
  for (const ex of examples) for (const v of Object.values(ex.variables ?? {})) if (v && typeof v === 'object' && v.$search) wanted.add(v.$search);
  const ids = new Map();
  await Promise.all([...wanted].map(async (text) => {
    try {
      const data = await gql('query PlaygroundExampleId($text: String!) { search(text: $text, first: 1) { node { id } } }', { text });
      if (data.search[0]) ids.set(text, data.search[0].node.id);
    } catch {
      /* leave the placeholder: the tab still shows the query */
    }
  }));
  return examples.map((ex) => {
    const variables = Object.fromEntries(Object.entries(ex.variables ?? {}).map(([k, v]) => [k, v && typeof v === 'object' && v.$search ? ids.get(v.$search) ?? `<id of ${v.$search}: run the search tab and copy a node id>` : v]));
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
    defaultEditorToolsVisibility: 'variables',
    // The schema's documentation explorer, open from the start.
    visiblePlugin: GraphiQL.React?.DOC_EXPLORER_PLUGIN,
    shouldPersistHeaders: false,
  }),
);
window.playground = { tabs };
