// The graph view: search → pick an entity → its neighbourhood drawn with cytoscape; clicking a node
// expands it (its neighbourhood is fetched and merged), clicking an edge shows its sources and evidence.
// Filters by relationship type and by source; a legend; the state lives in the URL's hash, so the
// address is a shareable link; what is shown exports as PNG, GraphML or CSV; the interface is in
// Chinese or English (the browser's language first, switchable). It uses the public GraphQL API only
// (search, neighbourhood). `window.explore` is there for tests.
import { gql } from './api.js';
import { download, toCsv } from './result-table.js';

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

// ---------------------------------------------------------------------------------------------------
// Interface text

const TEXT = {
  en: {
    title: 'graph view', playground: 'GraphQL playground', searchLabel: 'Find a city, programme, agency… (中文 or English)',
    searchPlaceholder: 'e.g. 武汉, Suzhou, 知识产权示范城市', searchButton: 'Search',
    hint: 'Pick a result to draw its neighbourhood. Click a node to expand it; click an edge to see its sources and evidence.',
    filterTypes: 'Relationship types', filterSource: 'Source', allSources: 'All sources', legend: 'Legend',
    legendHint: 'Node colour = kind; a thick border = expanded; arrows point from subject to object.',
    export: 'Export what is shown', copyLink: 'Copy link', linkCopied: 'Link copied: it opens this view.',
    searching: (t) => `Searching for “${t}”…`, results: (n, t) => `${n} result${n === 1 ? '' : 's'} for “${t}”`, nothing: (t) => `Nothing found for “${t}”.`,
    counts: (n, e, hidden) => `${n} nodes, ${e} edges${hidden ? ` (${hidden} hidden by the filters)` : ''}.`,
    truncated: (n) => ` The neighbourhood has more than ${n} nodes; showing ${n}.`,
    expanded: 'Expanded. Click another node to expand it.', clickToExpand: 'Click to expand.',
    evidence: 'Evidence', noSource: 'No source is recorded for this relationship.', confidence: 'confidence',
    nodeEdges: (n) => `${n} relationship${n === 1 ? '' : 's'} shown; click one to read its evidence.`,
    rounds: 'Rounds',
    coverage: (c) => (c.official === null ? `${c.known} known; official size unknown` : `${c.known} of ${c.official} known${c.complete ? ' (complete)' : ` (${Math.round(c.ratio * 100)}%, partial)`}`),
    roundLine: (r, when, cov) => `Round ${r.round}, announced ${when}${r.notice ? ` (${r.notice})` : ''}: ${cov}`,
    labels: {},
  },
  zh: {
    title: '关系图', playground: 'GraphQL 查询面板', searchLabel: '查找城市、项目、机构……（中文或英文）',
    searchPlaceholder: '例如 武汉、Suzhou、知识产权示范城市', searchButton: '搜索',
    hint: '选择一个结果以绘制其关系网络。点击节点展开，点击连线查看来源与证据原文。',
    filterTypes: '关系类型', filterSource: '来源', allSources: '全部来源', legend: '图例',
    legendHint: '节点颜色表示类别；粗边框表示已展开；箭头由主体指向客体。',
    export: '导出当前视图', copyLink: '复制链接', linkCopied: '已复制链接，打开即可看到此视图。',
    searching: (t) => `正在搜索“${t}”……`, results: (n, t) => `“${t}”共 ${n} 个结果`, nothing: (t) => `未找到“${t}”。`,
    counts: (n, e, hidden) => `${n} 个节点，${e} 条关系${hidden ? `（${hidden} 个被筛选隐藏）` : ''}。`,
    truncated: (n) => ` 该实体的关系网络超过 ${n} 个节点，仅显示 ${n} 个。`,
    expanded: '已展开。点击其他节点继续展开。', clickToExpand: '点击展开。',
    evidence: '证据', noSource: '此关系没有记录来源。', confidence: '可信度',
    nodeEdges: (n) => `显示 ${n} 条关系，点击连线阅读证据原文。`,
    rounds: '批次',
    coverage: (c) => (c.official === null ? `已知 ${c.known} 个；官方总数不详` : `已知 ${c.known} 个，共 ${c.official} 个${c.complete ? '（完整）' : `（${Math.round(c.ratio * 100)}%，不完整）`}`),
    roundLine: (r, when, cov) => `第 ${r.round} 批，${when} 公布${r.notice ? `（${r.notice}）` : ''}：${cov}`,
    labels: {
      Province: '省级行政区', City: '城市', Programme: '项目', Agency: '机构', AssessmentEvent: '评估', Article: '文章',
      ReferenceList: '名录', Source: '来源', Observation: '观测', Event: '事件', Person: '人物', Organisation: '组织',
    },
  },
};

function initialLanguage() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('lang');
  if (fromHash === 'zh' || fromHash === 'en') return fromHash;
  try {
    const saved = localStorage.getItem('explore:lang');
    if (saved === 'zh' || saved === 'en') return saved;
  } catch { /* no storage */ }
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs.find((l) => /^(zh|en)\b/i.test(l ?? ''))?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let lang = initialLanguage();
const t = (key, ...args) => {
  const v = TEXT[lang][key] ?? TEXT.en[key];
  return typeof v === 'function' ? v(...args) : v;
};
const labelName = (label) => TEXT[lang].labels[label] ?? label;

function applyLanguage() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
  $('lang').textContent = lang === 'zh' ? 'English' : '中文';
  document.title = `ip-city-graph · ${t('title')}`;
  if (cy.nodes().length) {
    legend();
    filters();
    counts();
  }
}

// ---------------------------------------------------------------------------------------------------
// Drawing

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
    else if (v !== false && v !== undefined) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
};

// Many edges: their type labels would bury the node names, so they show on hover and selection only.
const DENSE_EDGES = 40;

const cy = cytoscape({
  container: $('graph'),
  elements: [],
  minZoom: 0.15,
  maxZoom: 3,
  style: [
    { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 20, height: 20, 'border-width': 1, 'border-color': '#fff', 'text-wrap': 'ellipsis', 'text-max-width': '90px', 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1, 'min-zoomed-font-size': 6 } },
    // Expanded nodes are the hubs: their names stay readable even when the whole graph is zoomed out.
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733', 'min-zoomed-font-size': 0, 'text-max-width': '240px', 'z-index': 10 } },
    { selector: 'node.focus', style: { width: 30, height: 30, 'font-weight': 'bold' } },
    { selector: 'edge', style: { label: 'data(type)', 'font-size': 8, color: '#44505c', width: 1.5, 'line-color': '#a9b6c3', 'target-arrow-color': '#a9b6c3', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
    { selector: 'edge.quiet', style: { label: '' } },
    { selector: 'edge.quiet:selected, edge.quiet.hover', style: { label: 'data(type)' } },
    { selector: 'edge:selected', style: { 'line-color': '#d1495b', 'target-arrow-color': '#d1495b', width: 3 } },
    { selector: '.filtered', style: { display: 'none' } },
  ],
});

const state = { focus: null, expanded: [], offTypes: new Set(), source: '', pending: 0, lastError: null, restoring: false };

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
  setStatus(t('searching', text));
  const data = await call(SEARCH, { text });
  const hits = data.search;
  setStatus(hits.length ? t('results', hits.length, text) : t('nothing', text));
  for (const { node } of hits) {
    $('results').append(
      el('li', {}, el('button', { type: 'button', 'data-id': node.id, onclick: () => show(node.id) },
        el('span', { class: 'chip', style: { background: colourOf(node.label) } }, labelName(node.label)),
        el('span', {}, node.name),
        node.nameEn ? el('span', { class: 'en' }, node.nameEn) : null)),
    );
  }
}

/** Starts a new drawing from one entity. */
async function show(id) {
  cy.elements().remove();
  state.focus = id;
  state.expanded = [];
  state.offTypes.clear();
  state.source = '';
  await expand(id, true);
}

/** Fetches the neighbourhood of `id` and merges it into the drawing. */
async function expand(id, first = false) {
  if (state.expanded.includes(id)) return;
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
  state.expanded.push(id);
  cy.getElementById(id).addClass('expanded');
  if (first) cy.getElementById(id).addClass('focus');
  state.truncated = sub.truncated ? sub.nodes.length : 0;
  if (!state.restoring) redraw();
  if (first) showNode(cy.getElementById(id));
}

function ends(edge, added, end) {
  const id = edge.data[end];
  return cy.getElementById(id).nonempty() || added.some((x) => x.group === 'nodes' && x.data.id === id);
}

/** Filters, layout, legend, counts and the URL, after any change to what is drawn. */
function redraw() {
  applyFilters();
  layout();
  legend();
  filters();
  counts();
  hubLabels();
  saveHash();
}

/**
 * cytoscape's built-in force-directed layout (cose), tuned so that labels do not pile up: node sizes
 * include their labels, repulsion and edge length grow with the number of nodes.
 */
function layout() {
  const shown = cy.elements().not('.filtered');
  const n = shown.nodes().length;
  cy.edges().toggleClass('quiet', shown.edges().length > DENSE_EDGES);
  shown.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 400000 + 20000 * n,
    idealEdgeLength: () => 80 + Math.min(120, n),
    edgeElasticity: () => 100,
    nodeOverlap: 40,
    componentSpacing: 80,
    gravity: 0.25,
    numIter: 3000,
  }).run();
}

function counts() {
  const hidden = cy.elements('.filtered').length;
  setStatus(t('counts', cy.nodes().not('.filtered').length, cy.edges().not('.filtered').length, hidden) + (state.truncated ? t('truncated', state.truncated) : ''));
}

function legend() {
  const labels = [...new Set(cy.nodes().map((n) => n.data('label')))].sort();
  $('legend').replaceChildren(...labels.map((l) => el('li', {}, el('span', { class: 'chip', style: { background: colourOf(l) }, 'data-label': l }, labelName(l)))));
  $('legend-box').hidden = labels.length === 0;
  $('export-box').hidden = labels.length === 0;
}

// ---------------------------------------------------------------------------------------------------
// Filters: by relationship type and by source

function sourcesShown() {
  const byId = new Map();
  for (const e of cy.edges()) for (const s of e.data('sources') ?? []) byId.set(s.source.id, s.source.title);
  return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
}

function filters() {
  const types = new Map();
  for (const e of cy.edges()) types.set(e.data('type'), (types.get(e.data('type')) ?? 0) + 1);
  $('type-filters').replaceChildren(
    ...[...types].sort().map(([type, n]) =>
      el('li', {}, el('label', {},
        el('input', { type: 'checkbox', value: type, checked: !state.offTypes.has(type), onchange: (evt) => {
          if (evt.target.checked) state.offTypes.delete(type);
          else state.offTypes.add(type);
          redraw();
        } }),
        el('span', {}, type), el('span', { class: 'count' }, `${n}`)))),
  );
  const select = $('source-filter');
  select.replaceChildren(el('option', { value: '' }, t('allSources')), ...sourcesShown().map(([id, title]) => el('option', { value: id, selected: id === state.source }, title)));
  $('filters').hidden = types.size === 0;
}

$('source-filter').addEventListener('change', (evt) => {
  state.source = evt.target.value;
  redraw();
});

/** Hides edges of switched-off types or without the chosen source, then nodes left with none. */
function applyFilters() {
  cy.elements().removeClass('filtered');
  for (const e of cy.edges()) {
    const offType = state.offTypes.has(e.data('type'));
    const offSource = state.source && !(e.data('sources') ?? []).some((s) => s.source.id === state.source);
    if (offType || offSource) e.addClass('filtered');
  }
  if (state.offTypes.size || state.source) {
    for (const n of cy.nodes()) {
      if (state.expanded.includes(n.id())) continue;
      if (n.connectedEdges().not('.filtered').empty()) n.addClass('filtered');
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The evidence panel

function showNode(node) {
  const d = node.data();
  const edges = node.connectedEdges().not('.filtered').length;
  $('details').replaceChildren(
    el('h2', {}, d.name),
    el('p', { class: 'meta' }, `${(d.labels || [d.label]).map(labelName).join(' · ')} — ${d.graphId}`),
    el('p', { class: 'hint' }, state.expanded.includes(d.id) ? t('expanded') : t('clickToExpand')),
    edges ? el('p', { class: 'hint' }, t('nodeEdges', edges)) : null,
  );
  if (d.label === 'Programme') showRounds(d.id).catch(() => undefined);
}

/** A programme's rounds with their coverage: a partial list says it is partial. */
async function showRounds(id) {
  const data = await call(ROUNDS, { id });
  const rounds = data.node?.rounds ?? [];
  if (!rounds.length || !$('details').querySelector('h2')) return;
  $('details').append(
    el('h3', {}, t('rounds')),
    el('ul', { class: 'rounds' }, ...rounds.map((r) => el('li', { 'data-round': r.round }, t('roundLine', r, r.announcedOn ?? r.announcedYear, t('coverage', r.coverage))))),
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
    el('p', { class: 'evidence-title' }, `${t('evidence')} (${sources.length})`),
    sources.length ? null : el('p', { class: 'hint' }, t('noSource')),
    ...sources.map((s) =>
      el('div', { class: 'source' },
        s.source.url ? el('a', { href: s.source.url, target: '_blank', rel: 'noopener noreferrer' }, s.source.title) : el('strong', {}, s.source.title),
        s.confidence ? el('span', { class: 'meta' }, ` · ${t('confidence')}: ${s.confidence}`) : null,
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
// Hubs' names stay at least 11 px on screen however far the view is zoomed out.
function hubLabels() {
  const scale = Math.min(3.3, Math.max(1, 1 / cy.zoom()));
  cy.nodes('.expanded').style({ 'font-size': 11 * scale, 'text-max-width': `${Math.round(200 * scale)}px` });
}
cy.on('zoom', hubLabels);
cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));

// ---------------------------------------------------------------------------------------------------
// Export of what is shown

function shown() {
  return { nodes: cy.nodes().not('.filtered'), edges: cy.edges().not('.filtered') };
}

// File names from the focused node's graph id (city:420200 → ip-city-graph-city-420200): ASCII, because a
// browser in a non-UTF-8 locale saves a file whose suggested name it cannot encode as "download".
const fileBase = () => `ip-city-graph-${(cy.getElementById(state.focus).data('graphId') ?? 'graph').replace(/[^A-Za-z0-9._-]+/g, '-')}`;

function edgeTable() {
  const { edges } = shown();
  const columns = ['source_id', 'source_name', 'type', 'target_id', 'target_name', 'sources', 'evidence'];
  const rows = edges.map((e) => {
    const d = e.data();
    const s = d.sources ?? [];
    return [cy.getElementById(d.source).data('graphId'), cy.getElementById(d.source).data('name'), d.type, cy.getElementById(d.target).data('graphId'), cy.getElementById(d.target).data('name'), s.map((x) => x.source.title).join('; '), s.map((x) => x.evidence).join(' | ')];
  });
  return { columns, rows };
}

const xml = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

function graphml() {
  const { nodes, edges } = shown();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${xml(n.data('graphId'))}"><data key="label">${xml(n.data('label'))}</data><data key="name">${xml(n.data('name'))}</data></node>`),
    ...edges.map((e) => {
      const d = e.data();
      const s = d.sources ?? [];
      return `    <edge id="${xml(d.id)}" source="${xml(cy.getElementById(d.source).data('graphId'))}" target="${xml(cy.getElementById(d.target).data('graphId'))}"><data key="type">${xml(d.type)}</data><data key="sources">${xml(s.map((x) => x.source.title).join('; '))}</data><data key="evidence">${xml(s.map((x) => x.evidence).join(' | '))}</data></edge>`;
    }),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

$('export-png').addEventListener('click', () => download(`${fileBase()}.png`, cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale: 2 })));
$('export-graphml').addEventListener('click', () => download(`${fileBase()}.graphml`, graphml(), 'application/graphml+xml;charset=utf-8'));
$('export-csv').addEventListener('click', () => {
  const { columns, rows } = edgeTable();
  download(`${fileBase()}.csv`, toCsv(columns, rows));
});
$('copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
  } catch { /* the address bar has it too */ }
  setStatus(t('linkCopied'));
});

// ---------------------------------------------------------------------------------------------------
// The URL: #id=<first entity>&x=<more expanded>&off=<hidden types>&src=<source>&lang=zh

function saveHash() {
  if (state.restoring) return;
  const p = new URLSearchParams();
  if (state.focus) p.set('id', state.focus);
  const more = state.expanded.filter((x) => x !== state.focus);
  if (more.length) p.set('x', more.join(','));
  if (state.offTypes.size) p.set('off', [...state.offTypes].sort().join(','));
  if (state.source) p.set('src', state.source);
  p.set('lang', lang);
  history.replaceState(null, '', `/explore#${p}`);
}

async function restore(hash) {
  const p = new URLSearchParams(hash);
  if (!p.get('id')) return;
  state.restoring = true;
  try {
    await show(p.get('id'));
    for (const id of (p.get('x') ?? '').split(',').filter(Boolean)) await expand(id);
    state.offTypes = new Set((p.get('off') ?? '').split(',').filter(Boolean));
    state.source = p.get('src') ?? '';
  } finally {
    state.restoring = false;
  }
  redraw();
  showNode(cy.getElementById(state.focus));
}

$('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  try {
    localStorage.setItem('explore:lang', lang);
  } catch { /* no storage */ }
  applyLanguage();
  saveHash();
});

$('search-form').addEventListener('submit', (evt) => {
  evt.preventDefault();
  const text = $('search').value.trim();
  if (text) search(text).catch(() => undefined);
});

applyLanguage();

// Deep links: /explore?q=武汉 searches, /explore?id=<node id> draws that entity, /explore#id=…&x=… restores a view.
const params = new URLSearchParams(location.search);
if (params.get('q')) {
  $('search').value = params.get('q');
  search(params.get('q')).catch(() => undefined);
}
if (location.hash.length > 1) restore(location.hash.slice(1)).catch(() => undefined);
else if (params.get('id')) show(params.get('id')).catch(() => undefined);

window.explore = { cy, state, search, show, expand, graphml, edgeTable, setLanguage: (l) => { lang = l; applyLanguage(); } };
