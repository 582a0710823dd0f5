// The graph view: search → pick an entity → its neighbourhood drawn with cytoscape; clicking a node
// expands it (its neighbourhood is fetched and merged), clicking an edge shows its sources and evidence.
// It uses the public GraphQL API only (search, neighbourhood). `window.explore` is there for tests.
import { gql } from './api.js';

const SEARCH = `query ExploreSearch($text: String!) {
  search(text: $text, first: 10) { score node { id graphId label name nameEn } }
}`;

const NEIGHBOURHOOD = `query ExploreNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 60) {
    truncated
    nodes { id graphId label labels name }
    edges { id type source target sources { evidence confidence source { id title url } } }
  }
}`;

const ROUNDS = `query ExploreRounds($id: ID!) {
  node(id: $id) { ... on Programme { rounds { round announcedOn announcedYear notice coverage { known official ratio complete } } } }
}`;

/** Colours by label; labels not listed get one from their name, the same every time. */
const COLOURS = {
  Province: '#1f6fb4', City: '#2a9d4b', Programme: '#d1495b', Agency: '#7b4fb0', AssessmentEvent: '#f08a24',
  Source: '#6c757d', Article: '#6c757d', ReferenceList: '#8d99a6', Observation: '#1aa6b7', Event: '#b5a11c',
  Person: '#d9569c', Organisation: '#8c5a3c', Organization: '#8c5a3c',
};
function colourOf(label) {
  if (COLOURS[label]) return COLOURS[label];
  let h = 0;
  for (const ch of String(label)) h = (h * 31 + ch.codePointAt(0)) % 360;
  return `hsl(${h}, 55%, 45%)`;
}

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'style') Object.assign(e.style, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
};

const cy = cytoscape({
  container: $('graph'),
  elements: [],
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'border-width': 1, 'border-color': '#fff', 'text-wrap': 'ellipsis', 'text-max-width': '120px' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
    { selector: 'node.focus', style: { width: 32, height: 32 } },
    { selector: 'edge', style: { label: 'data(type)', 'font-size': 8, color: '#44505c', width: 1.5, 'line-color': '#a9b6c3', 'target-arrow-color': '#a9b6c3', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
    { selector: 'edge:selected', style: { 'line-color': '#d1495b', 'target-arrow-color': '#d1495b', width: 3 } },
  ],
});

const state = { expanded: new Set(), pending: 0, lastError: null };

function setStatus(text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

function busy(delta) {
  state.pending += delta;
  document.body.dataset.state = state.pending > 0 ? 'loading' : state.lastError ? 'error' : 'idle';
}

async function call(query, variables) {
  busy(1);
  try {
    const data = await gql(query, variables);
    state.lastError = null;
    return data;
  } catch (err) {
    state.lastError = err;
    setStatus(`${err.message}${err.code ? ` (${err.code}` : ''}${err.requestId ? `, request ${err.requestId})` : err.code ? ')' : ''}`, true);
    throw err;
  } finally {
    busy(-1);
  }
}

async function search(text) {
  $('results').replaceChildren();
  setStatus(`Searching for “${text}”…`);
  const data = await call(SEARCH, { text });
  const hits = data.search;
  setStatus(hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${text}”` : `Nothing found for “${text}”.`);
  for (const { node } of hits) {
    $('results').append(
      el('li', {}, el('button', { type: 'button', 'data-id': node.id, onclick: () => show(node.id) },
        el('span', { class: 'chip', style: { background: colourOf(node.label) } }, node.label),
        el('span', {}, node.name),
        node.nameEn ? el('span', { class: 'en' }, node.nameEn) : null)),
    );
  }
}

/** Starts a new drawing from one entity. */
async function show(id) {
  cy.elements().remove();
  state.expanded.clear();
  history.replaceState(null, '', `/explore?id=${encodeURIComponent(id)}`);
  await expand(id, true);
}

/** Fetches the neighbourhood of `id` and merges it into the drawing. */
async function expand(id, first = false) {
  if (state.expanded.has(id)) return;
  const data = await call(NEIGHBOURHOOD, { id });
  const sub = data.neighbourhood;
  const centre = cy.getElementById(id);
  const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
  const added = [];
  sub.nodes.forEach((n, i) => {
    if (cy.getElementById(n.id).nonempty()) return;
    const angle = (2 * Math.PI * i) / Math.max(1, sub.nodes.length);
    added.push({ group: 'nodes', data: { id: n.id, name: n.name, label: n.label, labels: n.labels, graphId: n.graphId, colour: colourOf(n.label) }, position: { x: origin.x + 150 * Math.cos(angle), y: origin.y + 150 * Math.sin(angle) } });
  });
  for (const e of sub.edges) {
    if (cy.getElementById(e.id).nonempty()) continue;
    added.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, sources: e.sources } });
  }
  // An edge whose far end is not among the nodes (cut by the limit) cannot be drawn.
  const drawable = added.filter((x) => x.group === 'nodes' || (ends(x, added, 'source') && ends(x, added, 'target')));
  cy.add(drawable);
  state.expanded.add(id);
  cy.getElementById(id).addClass('expanded');
  if (first) cy.getElementById(id).addClass('focus');
  const layout = cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 40, nodeRepulsion: () => 600000, idealEdgeLength: () => 130, nodeOverlap: 40, gravity: 0.2, numIter: 2500 });
  layout.run();
  legend();
  const n = sub.nodes.length;
  setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges${sub.truncated ? ` (the neighbourhood of this entity has more than ${n} nodes; showing ${n})` : ''}.`);
  if (first) showNode(cy.getElementById(id));
}

function ends(edge, added, end) {
  const id = edge.data[end];
  return cy.getElementById(id).nonempty() || added.some((x) => x.group === 'nodes' && x.data.id === id);
}

function legend() {
  const labels = [...new Set(cy.nodes().map((n) => n.data('label')))].sort();
  $('legend').replaceChildren(...labels.map((l) => el('li', {}, el('span', { class: 'chip', style: { background: colourOf(l) } }, l))));
}

function showNode(node) {
  const d = node.data();
  $('details').replaceChildren(
    el('h2', {}, d.name),
    el('p', { class: 'meta' }, `${(d.labels || [d.label]).join(' · ')} — ${d.graphId}`),
    el('p', { class: 'hint' }, state.expanded.has(d.id) ? 'Expanded. Click another node to expand it.' : 'Click to expand.'),
  );
  if (d.label === 'Programme') showRounds(d.id).catch(() => undefined);
}

/** A programme's rounds with their coverage: a partial list says it is partial. */
async function showRounds(id) {
  const data = await call(ROUNDS, { id });
  const rounds = data.node?.rounds ?? [];
  if (!rounds.length || !$('details').querySelector('h2')) return;
  const coverage = (c) => (c.official === null ? `${c.known} known; official size unknown` : `${c.known} of ${c.official} known${c.complete ? ' (complete)' : ` (${Math.round(c.ratio * 100)}%, partial)`}`);
  $('details').append(
    el('h3', {}, 'Rounds'),
    el('ul', { class: 'rounds' }, ...rounds.map((r) => el('li', { 'data-round': r.round },
      `Round ${r.round}, announced ${r.announcedOn ?? r.announcedYear}${r.notice ? ` (${r.notice})` : ''}: ${coverage(r.coverage)}`))),
  );
}

function showEdge(edge) {
  const d = edge.data();
  const from = cy.getElementById(d.source).data('name');
  const to = cy.getElementById(d.target).data('name');
  const sources = d.sources || [];
  const parts = [
    el('h2', { 'data-edge-type': d.type }, d.type),
    el('p', { class: 'meta' }, `${from} → ${to}`),
    sources.length ? null : el('p', { class: 'hint' }, 'No source is recorded for this relationship.'),
    ...sources.map((s) =>
      el('div', { class: 'source' },
        s.source.url ? el('a', { href: s.source.url, target: '_blank', rel: 'noopener noreferrer' }, s.source.title) : el('strong', {}, s.source.title),
        s.confidence ? el('span', { class: 'meta' }, ` · confidence: ${s.confidence}`) : null,
        el('blockquote', { lang: /[\u4e00-\u9fff]/.test(s.evidence) ? 'zh' : 'en' }, s.evidence))),
  ];
  $('details').replaceChildren(...parts.filter(Boolean));
}

cy.on('tap', 'node', (evt) => {
  const node = evt.target;
  showNode(node);
  expand(node.id()).then(() => showNode(cy.getElementById(node.id())), () => undefined);
});
cy.on('tap', 'edge', (evt) => showEdge(evt.target));

$('search-form').addEventListener('submit', (evt) => {
  evt.preventDefault();
  const text = $('search').value.trim();
  if (text) search(text).catch(() => undefined);
});

// Deep links: /explore?q=武汉 searches, /explore?id=<node id> draws that entity.
const params = new URLSearchParams(location.search);
if (params.get('q')) {
  $('search').value = params.get('q');
  search(params.get('q')).catch(() => undefined);
}
if (params.get('id')) show(params.get('id')).catch(() => undefined);

window.explore = { cy, state, search, show, expand };
