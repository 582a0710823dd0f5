/**
 * The GraphQL API over HTTP on the seeded graph: every root field and relationship field, search in
 * every name form, keyset pagination, traversal, and the round-trip bound of nested queries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';
import { fromGlobalId, toGlobalId } from '../../src/graph/global-id.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
});
afterAll(() => api?.close());

const HUANGSHI = 'city:420200';

describe('search', () => {
  it.each(['黄石', '黃石', 'Huangshi', 'Huangshi City', 'huangshi', '黄石市'])('%s finds 黄石市 first', async (text) => {
    const d = await api.data('query($t:String!){search(text:$t, first:5){score node{graphId label name nameEn aliases}}}', { t: text });
    expect(d.search[0].node).toMatchObject({ graphId: HUANGSHI, label: 'City', name: '黄石市', nameEn: 'Huangshi' });
    expect(d.search[0].score).toBeGreaterThan(0);
  });

  it('finds agencies by their former name and English short form, and filters by kind', async () => {
    const d = await api.data('{a: search(text:"State Intellectual Property Office", first:1){node{graphId}} b: search(text:"CNIPA", first:1){node{graphId}} c: search(text:"武汉", kinds:[AGENCY]){node{label graphId}}}');
    expect(d.a[0].node.graphId).toBe('agency:cnipa');
    expect(d.b[0].node.graphId).toBe('agency:cnipa');
    expect(d.c.length).toBeGreaterThan(0);
    expect(d.c.every((h: { node: { label: string } }) => h.node.label === 'Agency')).toBe(true);
    expect(d.c[0].node.graphId).toBe('agency:wuhan-amr');
  });

  it('finds renamed units by their former names', async () => {
    const d = await api.data('{a: search(text:"襄樊", first:1){node{name}} b: search(text:"即墨", first:1){node{name}}}');
    expect(d.a[0].node.name).toBe('襄阳市');
    expect(d.b[0].node.name).toBe('即墨区');
  });

  it('rejects an out-of-range first and an empty text with BAD_USER_INPUT saying what is allowed', async () => {
    const e1 = await api.errors('{search(text:"黄石", first: 500){score}}');
    expect(e1[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(e1[0]!.message).toMatch(/between 1 and 50/);
    const e2 = await api.errors('{search(text:"  "){score}}');
    expect(e2[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nodes and lookups', () => {
  it('node(id) returns every kind of node by its global id, and nodes(ids) keeps the order', async () => {
    const d = await api.data(`{
      provinces(first: 1) { edges { node { id __typename } } }
      cities(first: 1) { edges { node { id __typename } } }
      programmes { id __typename }
      agencies { id __typename }
      assessments(first: 1) { edges { node { id __typename } } }
      sources(first: 100) { edges { node { id __typename } } }
      search(text: "严卫东", first: 1) { node { id __typename } }
    }`);
    const samples: { id: string; __typename: string }[] = [
      d.provinces.edges[0].node,
      d.cities.edges[0].node,
      d.programmes[0],
      d.agencies[0],
      d.assessments.edges[0].node,
      d.sources.edges.find((e: { node: { __typename: string } }) => e.node.__typename === 'Article').node,
      d.sources.edges.find((e: { node: { __typename: string } }) => e.node.__typename === 'ReferenceList').node,
      d.search[0].node,
    ];
    expect(new Set(samples.map((s) => s.__typename))).toEqual(new Set(['Province', 'City', 'Programme', 'Agency', 'AssessmentEvent', 'Article', 'ReferenceList', 'Person']));
    for (const s of samples) {
      const n = await api.data('query($id:ID!){node(id:$id){id __typename}}', { id: s.id });
      expect(n.node).toEqual(s);
    }
    const reversed = [...samples].reverse();
    const many = await api.data('query($ids:[ID!]!){nodes(ids:$ids){id}}', { ids: reversed.map((s) => s.id) });
    expect(many.nodes.map((n: { id: string }) => n.id)).toEqual(reversed.map((s) => s.id));
  });

  it('answers null for an id that names nothing, and BAD_USER_INPUT for one that is not an id', async () => {
    const missing = Buffer.from('City:city:999999').toString('base64url');
    expect((await api.data('query($id:ID!){node(id:$id){id} city(id:$id){id}}', { id: missing }))).toEqual({ node: null, city: null });
    const e = await api.errors('{node(id:"not-an-id!"){id}}');
    expect(e[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('relationship fields, both directions', () => {
  it('Hubei cities on the 2022 IP-strong-city pilot list, with article and roster sources', async () => {
    const hubei = await api.idOf('湖北', 'PROVINCE');
    const pilot = await api.idOf('国家知识产权强市建设试点城市', 'PROGRAMME');
    const d = await api.data(
      `query($p:ID!,$g:ID!){ node(id:$p) { ... on Province { name cities(programme:$g, year:2022) { totalCount edges { node { name province { name }
          designations(programme:$g) { year batch term confidence programme { name } sources { evidence confidence source { __typename graphId title } } } } } } } } }`,
      { p: hubei, g: pilot },
    );
    const cities = d.node.cities.edges.map((e: { node: { name: string } }) => e.node);
    expect(cities.map((c: { name: string }) => c.name)).toEqual(['黄石市', '襄阳市', '孝感市']);
    expect(d.node.cities.totalCount).toBe(3);
    for (const c of cities) {
      expect(c.province.name).toBe('湖北省');
      const des = c.designations[0];
      expect(des).toMatchObject({ year: 2022, term: '2022-07/2025-06', programme: { name: '国家知识产权强市建设试点城市' } });
      const article = des.sources.find((s: { source: { graphId: string } }) => s.source.graphId === 'article:002_2c275d147a3184f6');
      expect(article.evidence).toContain('湖北省襄陽、孝感、 黃石 榜上有名');
      expect(article.confidence).toBeNull();
      const roster = des.sources.find((s: { source: { __typename: string } }) => s.source.__typename === 'ReferenceList');
      expect(roster.evidence).toContain('国家知识产权强市建设试点城市');
      expect(['high', 'medium']).toContain(roster.confidence);
    }
  });

  it("Suining's acceptance assessment: date, outcome, the agencies and their roles, the source sentence", async () => {
    const suining = await api.idOf('遂宁', 'CITY');
    const d = await api.data(
      `query($id:ID!){ city(id:$id) { name assessments(kind:"acceptance") { totalCount edges { node { date year kind outcome programme { name }
         cities { name } subjects { name } assessedBy { role agency { name nameEn formerNames } sources { evidence } } sources { evidence source { graphId } } } } } } }`,
      { id: suining },
    );
    const a = d.city.assessments.edges[0].node;
    expect(d.city.assessments.totalCount).toBe(1);
    expect(a).toMatchObject({ date: '2022-03-24', year: 2022, kind: 'acceptance', outcome: 'passed', programme: { name: '国家知识产权试点城市' }, cities: [{ name: '遂宁市' }] });
    const roles = Object.fromEntries(a.assessedBy.map((r: { agency: { name: string }; role: string }) => [r.agency.name, r.role]));
    expect(roles).toEqual({ 国家知识产权局: 'entrusted', 四川省市场监督管理局: 'carried out', 四川省知识产权服务促进中心: 'carried out' });
    const cnipa = a.assessedBy.find((r: { agency: { name: string } }) => r.agency.name === '国家知识产权局');
    expect(cnipa.agency.formerNames.join(' ')).toMatch(/State Intellectual Property Office/);
    expect(cnipa.sources[0].evidence).toContain('Entrusted by the State Intellectual Property Office');
    expect(a.sources[0]).toMatchObject({ source: { graphId: 'article:000_4006a6802a36d9e6' } });
    expect(a.sources[0].evidence).toContain('March 24th');
  });

  it('Agency.assessments by role, Agency.programmes, jurisdiction and people; Programme.administeredBy and members', async () => {
    const cnipa = await api.idOf('CNIPA', 'AGENCY');
    const d = await api.data(
      `query($id:ID!){ node(id:$id) { ... on Agency { name programmes { name administeredBy { name } }
         entrusted: assessments(role:"entrusted") { edges { node { graphId } } } all: assessments { totalCount } } } }`,
      { id: cnipa },
    );
    expect(d.node.entrusted.edges.map((e: { node: { graphId: string } }) => e.node.graphId)).toEqual(['assessment:suining-pilot-city-acceptance']);
    expect(d.node.all.totalCount).toBeGreaterThan(1);
    expect(d.node.programmes.length).toBeGreaterThanOrEqual(3);
    for (const p of d.node.programmes) expect(p.administeredBy.map((a: { name: string }) => a.name)).toContain('国家知识产权局');

    const sichuan = await api.idOf('四川省市场监督管理局', 'AGENCY');
    const s = await api.data('query($id:ID!){ node(id:$id) { ... on Agency { level jurisdiction { name } people { title person { name } } } } }', { id: sichuan });
    expect(s.node).toMatchObject({ level: 'provincial', jurisdiction: [{ name: '四川省' }] });
    expect(s.node.people).toEqual([{ title: '党组副书记、副局长', person: { name: '赵辉' } }]);

    const demo = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
    const m = await api.data('query($id:ID!){ node(id:$id) { ... on Programme { kind members(year: 2013, first: 100) { totalCount edges { node { year city { name } } } } } } }', { id: demo });
    expect(m.node.members.totalCount).toBe(18); // the 2013 round as the roster lists it
    expect(m.node.members.edges.map((e: { node: { city: { name: string } } }) => e.node.city.name)).toContain('湖州市');
    expect(m.node.members.edges.every((e: { node: { year: number } }) => e.node.year === 2013)).toBe(true);
  });

  it('City.observations by metric, with their sources; Observation.subject back to the city', async () => {
    const suining = await api.idOf('Suining', 'CITY');
    const d = await api.data('query($id:ID!){ city(id:$id) { observations(metric:"patents") { metric value unit period subject { name } sources { evidence } } } }', { id: suining });
    const valid = d.city.observations.find((o: { metric: string }) => o.metric === 'patents.valid');
    expect(valid).toMatchObject({ value: 8251, period: '2021', subject: { name: '遂宁市' } });
    expect(valid.sources[0].evidence).toContain('8,251 effective authorized patents');
    expect(d.city.observations.every((o: { metric: string }) => o.metric.startsWith('patents'))).toBe(true);
  });

  it('districts know their parent and province; cities know their subdivisions, agencies and events', async () => {
    const jimo = await api.idOf('即墨', 'CITY');
    const d = await api.data('query($id:ID!){ city(id:$id) { level parent { name subdivisions { name } } province { name } } }', { id: jimo });
    expect(d.city).toMatchObject({ level: 'district', parent: { name: '青岛市' }, province: { name: '山东省' } });
    expect(d.city.parent.subdivisions.map((c: { name: string }) => c.name)).toContain('即墨区');
    const dazhou = await api.idOf('达州', 'CITY');
    const z = await api.data('query($id:ID!){ city(id:$id) { agencies { name } events { name date places { name } participants { role participant { name } } sources { evidence } } mentionedIn { graphId } } }', { id: dazhou });
    expect(z.city.agencies.map((a: { name: string }) => a.name).sort()).toEqual(['达州市知识产权局', '达州市科学技术局']);
    expect(z.city.events[0]).toMatchObject({ date: '2023-01-18', places: [{ name: '达州市' }] });
    expect(z.city.events[0].participants.length).toBeGreaterThan(0);
    expect(z.city.events[0].sources[0].evidence).toContain('1月18日');
    expect(z.city.mentionedIn.map((s: { graphId: string }) => s.graphId)).toContain('article:003_ff94119c8289c4e6');
  });

  it('Source.mentions and Article.facts: every fact the article states, and no boilerplate city', async () => {
    const d = await api.data(`{ sources(kind: ARTICLE, first: 10) { totalCount edges { node { graphId ... on Article { language publishedAt
      mentions { name } facts { __typename ... on Designation { year city { name } sources { evidence } }
        ... on AssessmentEvent { graphId } ... on Observation { metric } ... on Event { name } ... on Relationship { type from { graphId } to { graphId } sources { evidence } } } } } } } }`);
    expect(d.sources.totalCount).toBe(5);
    const byId = Object.fromEntries(d.sources.edges.map((e: { node: { graphId: string } }) => [e.node.graphId, e.node]));
    const dazhou = byId['article:003_ff94119c8289c4e6'];
    const mentioned = dazhou.mentions.map((m: { name: string }) => m.name);
    expect(mentioned).toContain('达州市');
    for (const teaser of ['德州市', '广元市', '缙云县']) expect(mentioned).not.toContain(teaser);
    const kinds = new Set(dazhou.facts.map((f: { __typename: string }) => f.__typename));
    expect(kinds).toEqual(new Set(['Designation', 'Observation', 'Event', 'Relationship']));
    for (const [id, a] of Object.entries(byId) as [string, { facts: unknown[] }][]) expect(a.facts.length, id).toBeGreaterThan(0);
    const hubeiArticle = byId['article:002_2c275d147a3184f6'];
    expect(hubeiArticle.language).toBe('zh-Hant');
    const designated = hubeiArticle.facts.filter((f: { __typename: string }) => f.__typename === 'Designation').map((f: { city: { name: string } }) => f.city.name);
    expect(designated.sort()).toEqual(['孝感市', '襄阳市', '黄石市'].sort());
  });
});

describe('the remaining relationship fields', () => {
  it('Province.agencies, Programme.assessments, Person.positions, Organisation.participations, ReferenceList.facts', async () => {
    const hubei = await api.idOf('湖北', 'PROVINCE');
    const p = await api.data('query($id:ID!){ province(id:$id) { agencies { name level } mentionedIn { graphId } } }', { id: hubei });
    expect(p.province.agencies).toEqual([{ name: '湖北省知识产权局', level: 'provincial' }]);
    expect(p.province.mentionedIn.map((s: { graphId: string }) => s.graphId)).toContain('article:002_2c275d147a3184f6');

    const pilot = await api.idOf('国家知识产权试点城市', 'PROGRAMME');
    const g = await api.data('query($id:ID!){ node(id:$id) { ... on Programme { assessments { edges { node { graphId cities { name } } } } } } }', { id: pilot });
    expect(g.node.assessments.edges.map((e: { node: { graphId: string } }) => e.node.graphId)).toEqual(['assessment:suining-pilot-city-acceptance']);

    const zhao = await api.idOf('赵辉', 'PERSON');
    const z = await api.data('query($id:ID!){ node(id:$id) { ... on Person { positions { title at { name } sources { evidence } } participations { role event { name } } } } }', { id: zhao });
    expect(z.node.positions.map((x: { at: { name: string } }) => x.at.name).sort()).toEqual(['四川省市场监督管理局', '四川省知识产权服务促进中心']);
    for (const x of z.node.positions) expect(x.sources[0].evidence).toContain('赵辉');
    expect(z.node.participations[0].event.name).toBe('达州创建国家知识产权强市建设试点城市启动仪式');

    const college = await api.idOf('四川文理学院', 'ORGANISATION');
    const o = await api.data('query($id:ID!){ node(id:$id) { ... on Organisation { participations { role event { date } sources { evidence } } } } }', { id: college });
    expect(o.node.participations[0]).toMatchObject({ event: { date: '2023-01-18' } });
    expect(o.node.participations[0].sources[0].evidence).toContain('四川文理学院');

    const rosters = await api.data('{ sources(kind: REFERENCE_LIST, first: 100) { totalCount edges { node { graphId ... on ReferenceList { url facts { __typename ... on Designation { confidence city { name } } } } } } } }');
    expect(rosters.sources.totalCount).toBe(41);
    const withFacts = rosters.sources.edges.filter((e: { node: { facts: unknown[] } }) => e.node.facts.length > 0);
    expect(withFacts.length).toBe(41); // 40 roster addresses (designations) and the gazetteer (LOCATED_IN)
  });
});

describe('pagination', () => {
  it('pages through every city with no duplicates or gaps, forwards and backwards', async () => {
    const all = await api.data('{ cities(first: 1) { totalCount } }');
    const total = all.cities.totalCount as number;
    expect(total).toBeGreaterThan(300);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: any = await api.data('query($a:String){ cities(first: 100, after: $a) { edges { cursor node { graphId adcode } } pageInfo { hasNextPage endCursor } } }', { a: after });
      seen.push(...d.cities.edges.map((e: { node: { graphId: string } }) => e.node.graphId));
      if (!d.cities.pageInfo.hasNextPage) break;
      after = d.cities.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const back = await api.data('{ cities(last: 5) { edges { node { graphId } } pageInfo { hasPreviousPage hasNextPage } } }');
    expect(back.cities.edges.map((e: { node: { graphId: string } }) => e.node.graphId)).toEqual(seen.slice(-5));
    expect(back.cities.pageInfo.hasPreviousPage).toBe(true);
  });

  it('is stable under an insert between pages: the next page neither repeats nor skips', async () => {
    const p1 = await api.data('{ cities(first: 50) { edges { node { graphId adcode } } pageInfo { endCursor } } }');
    const firstPage = p1.cities.edges.map((e: { node: { graphId: string } }) => e.node.graphId);
    // A new city sorting before the cursor (an offset would now repeat the last item of page 1).
    await api.executor.runText('test/insert', "CREATE (:City {id: 'city:000001', name: '测试市', adcode: '000001', level: 'prefecture', aliases: []})", {}, 'WRITE');
    let secondPage: string[];
    try {
      const p2 = await api.data('query($a:String){ cities(first: 50, after: $a) { edges { node { graphId } } } }', { a: p1.cities.pageInfo.endCursor });
      secondPage = p2.cities.edges.map((e: { node: { graphId: string } }) => e.node.graphId);
    } finally {
      await api.executor.runText('test/cleanup', "MATCH (c:City {id: 'city:000001'}) DELETE c", {}, 'WRITE');
    }
    expect(secondPage.filter((id: string) => firstPage.includes(id))).toEqual([]);
    const reference = await api.data('{ cities(first: 100) { edges { node { graphId } } } }');
    expect([...firstPage, ...secondPage]).toEqual(reference.cities.edges.map((e: { node: { graphId: string } }) => e.node.graphId));
  });

  it('rejects first outside 1..100 and foreign cursors', async () => {
    expect((await api.errors('{ cities(first: 101) { totalCount } }'))[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await api.errors('{ cities(first: 0) { totalCount } }'))[0]!.message).toMatch(/between 1 and 100/);
    expect((await api.errors('{ cities(after: "garbage") { totalCount } }'))[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('filters designations by programme and year range', async () => {
    const zone = await api.idOf('国家知识产权保护示范区', 'PROGRAMME');
    const d = await api.data('query($g:ID!){ designations(programme:$g, yearFrom: 2024, yearTo: 2024, first: 100) { totalCount edges { node { year city { name } } } } }', { g: zone });
    expect(d.designations.totalCount).toBe(15);
    expect(d.designations.edges.map((e: { node: { city: { name: string } } }) => e.node.city.name)).toContain('武汉市');
    expect((await api.errors('{ designations(yearFrom: 2024, yearTo: 2020) { totalCount } }'))[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters assessments by date range', async () => {
    const d = await api.data('{ inRange: assessments(from: "2022-01-01", to: "2022-12-31") { edges { node { graphId } } } bad: cities(first: 1) { totalCount } }');
    const ids = d.inRange.edges.map((e: { node: { graphId: string } }) => e.node.graphId);
    expect(ids).toContain('assessment:suining-pilot-city-acceptance');
    expect(ids).not.toContain('assessment:huzhou-demonstration-city-assessment-2014');
    expect((await api.errors('{ assessments(from: "March 2022") { totalCount } }'))[0]!.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('traversal', () => {
  it('neighbourhood(depth 2) of 黄石 reaches its province, programme and the article, every edge typed', async () => {
    const id = await api.idOf('黄石', 'CITY');
    const d = await api.data('query($id:ID!){ neighbourhood(id:$id, depth: 2, limit: 200) { truncated nodes { id label name } edges { type source target sources { evidence } } } }', { id });
    const names = d.neighbourhood.nodes.map((n: { name: string }) => n.name);
    for (const n of ['黄石市', '湖北省', '国家知识产权强市建设试点城市', '國家級試點城市名單公布!黃石榜上有名']) expect(names).toContain(n);
    const ids = new Set(d.neighbourhood.nodes.map((n: { id: string }) => n.id));
    for (const e of d.neighbourhood.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    const designation = d.neighbourhood.edges.find((e: { type: string; source: string }) => e.type === 'DESIGNATED_IN' && e.source === id);
    expect(designation.sources.length).toBe(2);
    const small = await api.data('query($id:ID!){ neighbourhood(id:$id, depth: 1, limit: 3) { truncated nodes { id } } }', { id });
    expect(small.neighbourhood).toMatchObject({ truncated: true });
    expect(small.neighbourhood.nodes).toHaveLength(4);
    expect((await api.errors('query($id:ID!){ neighbourhood(id:$id, depth: 4) { truncated } }', { id }))[0]!.message).toMatch(/"depth" must be between 1 and 3/);
  });

  it("an edge's and a fact's properties are the fact itself: no provenance, no stored sort keys", async () => {
    const hidden = ['sourceIds', 'sourceKey', 'evidence', 'designationOrder', 'programmeDesignationOrder', 'programmeCityOrder', 'roundOrder', 'agencyOrder', 'programmeOrder'];
    const id = await api.idOf('黄石', 'CITY');
    const d = await api.data('query($id:ID!){ neighbourhood(id:$id, depth: 2, limit: 200) { edges { type source properties } } }', { id });
    const designation = d.neighbourhood.edges.find((e: { type: string; source: string }) => e.type === 'DESIGNATED_IN' && e.source === id);
    expect(JSON.parse(designation.properties)).toMatchObject({ year: 2022 });
    const a = await api.data(`{ sources(kind: ARTICLE, first: 10) { edges { node { ... on Article { facts { ... on Relationship { type properties } } } } } } }`);
    const relationships = a.sources.edges.flatMap((e: { node: { facts: { type?: string; properties?: string | null }[] } }) => e.node.facts.filter((f) => f.type));
    expect(relationships.map((f: { type: string }) => f.type)).toContain('ASSESSED_BY');
    for (const text of [...d.neighbourhood.edges, ...relationships].map((e: { properties: string | null }) => e.properties)) {
      if (text === null) continue;
      for (const key of hidden) expect(Object.keys(JSON.parse(text)), text).not.toContain(key);
    }
  });

  it('neighbourhood and paths with their edges\' sources are one round trip each, and give an edge the same sources', async () => {
    const id = await api.idOf('黄石', 'CITY');
    const SOURCES = 'sources { evidence confidence source { graphId title ... on Article { publisher } } }';
    const hood = await api.data(`query HoodSources($id:ID!){ neighbourhood(id:$id, depth: 2, limit: 200) { nodes { id } edges { type source target ${SOURCES} } } }`, { id });
    expect(api.logs.filter((l) => l.operationName === 'HoodSources').map((l) => l.cypherRoundTrips)).toEqual([1]);
    const key = (e: any) => `${e.type}|${e.source}|${e.target}`;
    const byKey = new Map<string, any[]>();
    for (const e of hood.neighbourhood.edges) byKey.set(key(e), [...(byKey.get(key(e)) ?? []), e.sources]);
    const kinds = new Set(hood.neighbourhood.edges.filter((e: any) => e.sources.length > 0).map((e: any) => e.type));
    for (const t of ['REPORTS', 'MENTIONS', 'DESIGNATED_IN', 'LOCATED_IN']) expect(kinds.has(t)).toBe(true);
    // `paths` reads them with its own query (paths.cypher's `withSources`); the reading through the node and
    // edge loaders is compared with the query's in the timeline test below.
    let compared = 0;
    for (const to of hood.neighbourhood.nodes.map((n: any) => n.id).filter((n: string) => n !== id).slice(0, 12)) {
      const p = await api.data(`query PathSources($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops: 2, first: 20) { edges { type source target ${SOURCES} } } }`, { a: id, b: to });
      for (const e of p.paths.flatMap((x: any) => x.edges)) {
        const mine = byKey.get(key(e));
        if (!mine) continue;
        expect(mine).toContainEqual(e.sources);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
    expect(new Set(api.logs.filter((l) => l.operationName === 'PathSources').map((l) => l.cypherRoundTrips))).toEqual(new Set([1]));
  });

  it('neighbourhood: the database work follows the selection, the answers do not change with it', async () => {
    const city = await api.idOf('黄石', 'CITY');
    const programme = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
    const ran = async (query: string) => {
      const text = await (await fetch(`${api.base}/metrics`)).text();
      const m = text.match(new RegExp(`^neo4j_queries_total\\{query="api/traversal/${query}",mode="READ",outcome="ok"[^}]*\\} (\\d+)`, 'm'));
      return m ? Number(m[1]) : 0;
    };
    const cases: Array<{ id: string; depth: number; limit: number; types?: string[] }> = [
      { id: city, depth: 1, limit: 3 },
      { id: city, depth: 2, limit: 200 },
      { id: city, depth: 3, limit: 500, types: ['DESIGNATED_IN', 'LOCATED_IN'] },
      { id: programme, depth: 3, limit: 500 },
      { id: programme, depth: 1, limit: 500 },
    ];
    const args = 'query($id:ID!,$d:Int!,$l:Int!,$t:[RelationshipType!]){ n: neighbourhood(id:$id, depth:$d, limit:$l, relationshipTypes:$t)';
    let truncatedSeen = 0;
    for (const c of cases) {
      const v = { id: c.id, d: c.depth, l: c.limit, t: c.types ?? null };
      const full = (await api.data(`${args} { truncated nodes { id label name } edges { type source target } } }`, v)).n;
      const before = { full: await ran('neighbourhood'), truncated: await ran('neighbourhood-truncated') };
      const onlyTruncated = (await api.data(`${args} { truncated } }`, v)).n;
      const viaFragment = (await api.data(`${args} { ...T } } fragment T on Subgraph { truncated }`, v)).n;
      const nodesOnly = (await api.data(`${args} { truncated nodes { id label name } } }`, v)).n;
      expect(onlyTruncated, JSON.stringify(c)).toEqual({ truncated: full.truncated });
      expect(viaFragment).toEqual({ truncated: full.truncated });
      expect(nodesOnly).toEqual({ truncated: full.truncated, nodes: full.nodes });
      if (full.truncated) truncatedSeen++;
      // `{ truncated }` (twice) ran the query that stops at the limit + 1-th node, not the one that orders and
      // returns them; the selection without edges ran that one once (with `withEdges` false).
      expect(await ran('neighbourhood-truncated'), JSON.stringify(c)).toBe(before.truncated + 2);
      expect(await ran('neighbourhood'), JSON.stringify(c)).toBe(before.full + 1);
    }
    expect(truncatedSeen, 'the cases include cut-short neighbourhoods').toBeGreaterThan(0);
    expect(truncatedSeen, 'and complete ones').toBeLessThan(cases.length);
    // Without `properties` the edges come without their facts, with the same ids and sources; with it,
    // ids and sources are unchanged and the facts are there (a designation's year).
    for (const [field, query] of [['neighbourhood', `query($id:ID!){ x: neighbourhood(id:$id, depth: 2, limit: 200) { edges { EDGE } } }`], ['paths', `query($id:ID!,$to:ID!){ x: paths(from:$id, to:$to, maxHops: 4, first: 20) { edges { EDGE } } }`]] as const) {
      const v = field === 'paths' ? { id: await api.idOf('遂宁', 'CITY'), to: await api.idOf('CNIPA', 'AGENCY') } : { id: city };
      const lean = (await api.data(query.replace('EDGE', 'id type source target sources { evidence source { graphId } }'), v)).x;
      const whole = (await api.data(query.replace('EDGE', 'id type source target sources { evidence source { graphId } } properties'), v)).x;
      const edges = (x: any) => (field === 'paths' ? x.flatMap((p: any) => p.edges) : x.edges);
      expect(edges(lean).length, field).toBeGreaterThan(0);
      expect(edges(whole).map(({ properties, ...e }: any) => e), field).toEqual(edges(lean));
      expect(new Set(edges(lean).map((e: any) => e.id)).size, `${field}: edge ids are distinct`).toBe(edges(lean).length);
      const designation = edges(whole).find((e: any) => e.type === 'DESIGNATED_IN' && e.source === v.id);
      expect(JSON.parse(designation.properties), field).toMatchObject({ year: expect.any(Number) });
    }
    const missing = await api.errors('query($id:ID!){ neighbourhood(id:$id) { truncated } }', { id: Buffer.from('City:no-such-city').toString('base64url') });
    expect(missing[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('neighbourhood can be limited to relationship types', async () => {
    const id = await api.idOf('湖北', 'PROVINCE');
    const d = await api.data('query($id:ID!){ neighbourhood(id:$id, depth: 1, relationshipTypes: [LOCATED_IN], limit: 500) { nodes { label } edges { type } } }', { id });
    expect(new Set(d.neighbourhood.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['LOCATED_IN']));
    expect(d.neighbourhood.nodes.filter((n: { label: string }) => n.label === 'City').length).toBe(12 + 1); // 12 prefecture-level units + 恩施州… as the gazetteer has them
  });

  it('paths from Suining to CNIPA (maxHops 4) go through its designation and its assessment, sourced', async () => {
    const [suining, cnipa] = [await api.idOf('遂宁', 'CITY'), await api.idOf('CNIPA', 'AGENCY')];
    const d = await api.data('query($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops: 4, first: 10, relationshipTypes:[DESIGNATED_IN, ADMINISTERED_BY, ASSESSES, ASSESSED_BY]) { length nodes { label name } edges { type sources { evidence } } } }', { a: suining, b: cnipa });
    const shapes = d.paths.map((p: { nodes: { label: string }[] }) => p.nodes.map((n) => n.label).join('>'));
    expect(shapes).toContain('City>Programme>Agency');
    expect(shapes).toContain('City>AssessmentEvent>Agency');
    for (const p of d.paths) {
      expect(p.length).toBe(2);
      for (const e of p.edges) expect(e.sources.length, e.type).toBeGreaterThan(0);
    }
    expect((await api.errors('query($a:ID!,$b:ID!){ paths(from:$a, to:$b, maxHops: 7) { length } }', { a: suining, b: cnipa }))[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('paths: one hop, two hops and the general search beyond agree on "every path of the shortest length"', async () => {
    const [suining, cnipa] = [await api.idOf('遂宁', 'CITY'), await api.idOf('CNIPA', 'AGENCY')];
    const q = 'query($a:ID!,$b:ID!,$h:Int!,$t:[RelationshipType!]){ paths(from:$a, to:$b, maxHops: $h, first: 20, relationshipTypes: $t) { length nodes { graphId } edges { type } } }';
    // No edge joins them: nothing within one hop.
    expect((await api.data(q, { a: suining, b: cnipa, h: 1, t: null })).paths).toEqual([]);
    // Two hops through the assessment only, when only those types may be used.
    const two = (await api.data(q, { a: suining, b: cnipa, h: 4, t: ['ASSESSES', 'ASSESSED_BY'] })).paths;
    expect(two.map((p: { edges: { type: string }[] }) => p.edges.map((e) => e.type).join('>'))).toEqual(['ASSESSES>ASSESSED_BY']);
    // Suining's province is three hops from CNIPA through LOCATED_IN and a designation (or more): the
    // general search, every path of one length.
    const sichuan = (await api.data('{ search(text: "四川", kinds: [PROVINCE], first: 1) { node { id } } }')).search[0].node.id;
    const far = (await api.data(q, { a: sichuan, b: cnipa, h: 4, t: ['LOCATED_IN', 'DESIGNATED_IN', 'ADMINISTERED_BY'] })).paths;
    expect(far.length).toBeGreaterThan(0);
    expect(new Set(far.map((p: { length: number }) => p.length)).size).toBe(1);
    expect(far[0].length).toBeGreaterThanOrEqual(3);
  });

  it('timeline of a city, an agency and a programme, oldest first, each entry sourced', async () => {
    const suining = await api.idOf('遂宁', 'CITY');
    const d = await api.data('query($id:ID!){ timeline(id:$id) { kind year date title sources { evidence } } }', { id: suining });
    expect(d.timeline.map((t: { kind: string; year: number }) => `${t.kind}:${t.year}`)).toEqual(['DESIGNATION:2017', 'ASSESSMENT:2022']);
    expect(d.timeline[1].date).toBe('2022-03-24');
    for (const t of d.timeline) expect(t.sources.length).toBeGreaterThan(0);

    const dazhou = await api.idOf('达州', 'CITY');
    const z = await api.data('query($id:ID!){ timeline(id:$id) { kind date year } }', { id: dazhou });
    expect(z.timeline.map((t: { kind: string }) => t.kind)).toEqual(['DESIGNATION', 'EVENT']);

    const cnipa = await api.idOf('CNIPA', 'AGENCY');
    const c = await api.data('query($id:ID!){ timeline(id:$id) { year } }', { id: cnipa });
    const years = c.timeline.map((t: { year: number }) => t.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThan(50);
  });

  it('timeline titles name the subject, programme and fact the entry resolves to; titles take one round trip, the nodes one more for all entries', async () => {
    const cnipa = await api.idOf('CNIPA', 'AGENCY');
    const suining = await api.idOf('遂宁', 'CITY');
    const titles = await api.data('query TimelineTitles($id:ID!){ timeline(id:$id) { kind date title } }', { id: cnipa });
    const full = await api.data('query TimelineNodes($id:ID!){ timeline(id:$id) { kind title subject { id ... on City { name } } object { id ... on Programme { name } } fact { id } } }', { id: cnipa });
    expect(full.timeline.map((t: { title: string }) => t.title)).toEqual(titles.timeline.map((t: { title: string }) => t.title));
    const designations = full.timeline.filter((t: { kind: string }) => t.kind === 'DESIGNATION');
    expect(designations.length).toBeGreaterThan(50);
    for (const t of designations) {
      expect(t.subject.name).toBeTruthy();
      expect(t.title.startsWith(`${t.subject.name} designated in ${t.object.name}`)).toBe(true);
      expect(t.fact).toBeNull();
    }
    const city = await api.data('query($id:ID!){ timeline(id:$id) { kind title subject { id ... on City { name } } fact { id ... on AssessmentEvent { name } } } }', { id: suining });
    const assessment = city.timeline.find((t: { kind: string }) => t.kind === 'ASSESSMENT');
    expect(assessment.subject).toMatchObject({ id: suining, name: '遂宁市' });
    expect(fromGlobalId(assessment.fact.id).label).toBe('AssessmentEvent');
    expect(assessment.title).toBe(`${assessment.fact.name ?? fromGlobalId(assessment.fact.id).graphId} — 遂宁市`);
    expect(city.timeline.find((t: { kind: string }) => t.kind === 'DESIGNATION').title).toMatch(/^遂宁市 designated in /);
    const trips = (op: string) => api.logs.filter((l) => l.operationName === op && typeof l.cypherRoundTrips === 'number').map((l) => l.cypherRoundTrips as number);
    expect(trips('TimelineTitles')).toEqual([1]);
    expect(trips('TimelineNodes')).toEqual([2]);
  });

  it('timeline with its sources is one round trip, and each entry\'s sources are those its designation or fact reads through the loaders', async () => {
    const SOURCES = 'sources { evidence confidence source { graphId title ... on Article { publisher } } }';
    const trips = (op: string) => api.logs.filter((l) => l.operationName === op && typeof l.cypherRoundTrips === 'number').map((l) => l.cypherRoundTrips as number);
    let designations = 0;
    let facts = 0;
    for (const [name, kind] of [['黄石', 'CITY'], ['遂宁', 'CITY'], ['达州', 'CITY'], ['CNIPA', 'AGENCY']] as const) {
      const id = await api.idOf(name, kind);
      const withSources = (await api.data(`query TimelineSources($id:ID!){ timeline(id:$id) { kind year title ${SOURCES} } }`, { id })).timeline;
      // The same entries without \`sources\` on the entry: the designation's sources are read through the
      // subject city's designations, a fact's through the fact node, each by the loaders.
      const reference = (await api.data(`query($id:ID!){ timeline(id:$id) { kind year title object { id }
        subject { ... on City { designations { year programme { id } ${SOURCES} } } }
        fact { ... on AssessmentEvent { ${SOURCES} } ... on Event { ${SOURCES} } } } }`, { id })).timeline;
      expect(withSources.map((t: any) => t.title)).toEqual(reference.map((t: any) => t.title));
      withSources.forEach((t: any, i: number) => {
        const r = reference[i];
        if (t.kind === 'DESIGNATION') {
          const d = r.subject.designations.find((x: any) => x.programme.id === r.object.id && x.year === r.year);
          expect(t.sources, t.title).toEqual(d.sources);
          designations++;
        } else {
          expect(t.sources, t.title).toEqual(r.fact.sources);
          facts++;
        }
        expect(t.sources.length, t.title).toBeGreaterThan(0);
      });
    }
    expect(designations).toBeGreaterThan(50);
    expect(facts).toBeGreaterThan(2);
    expect(trips('TimelineSources')).toEqual([1, 1, 1, 1]);
  });
});

describe('aggregates', () => {
  it('members per programme by province and year', async () => {
    const pilot = await api.idOf('国家知识产权强市建设试点城市', 'PROGRAMME');
    const d = await api.data('query($g:ID!){ programmeMembersByProvince(programme:$g, year: 2022) { province { name } year count cities { name } } }', { g: pilot });
    const hubei = d.programmeMembersByProvince.find((r: { province: { name: string } }) => r.province.name === '湖北省');
    expect(hubei).toMatchObject({ year: 2022, count: 3 });
    expect(hubei.cities.map((c: { name: string }) => c.name).sort()).toEqual(['孝感市', '襄阳市', '黄石市'].sort());
  });

  it('cities holding several programmes at once', async () => {
    const d = await api.data('{ citiesWithSeveralProgrammes(min: 3) { city { name } programmeCount since programmes { name } } }');
    const wuhan = d.citiesWithSeveralProgrammes.find((r: { city: { name: string } }) => r.city.name === '武汉市');
    expect(wuhan).toMatchObject({ programmeCount: 3, since: 2024 });
    expect(d.citiesWithSeveralProgrammes.every((r: { programmeCount: number }) => r.programmeCount >= 3)).toBe(true);
  });
});

describe('the research Cypher door in the full schema', () => {
  it('is off by default: FORBIDDEN, and the graph answers as before', async () => {
    const e = await api.errors('{ cypher(query: "MATCH (c:City) RETURN count(c) AS n") { columns } }');
    expect(e[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await api.data('{ cities(first: 1) { totalCount } }')).cities.totalCount).toBeGreaterThan(300);
  });
});

describe('batching', () => {
  const NESTED = `query Nested($p: Int!) { provinces(first: $p) { edges { node { name cities(first: 100) { edges { node { name
    designations { year programme { name administeredBy { name } } } } } } } } } }`;

  function roundTrips(operation: string): number[] {
    return api.logs.filter((l) => l.operationName === operation && typeof l.cypherRoundTrips === 'number').map((l) => l.cypherRoundTrips as number);
  }

  it('provinces → cities → designations → programme → agency costs at most one round trip per level, whatever the size', async () => {
    const small = await api.data(NESTED, { p: 2 });
    const big = await api.data(NESTED, { p: 34 });
    const count = (d: any) => d.provinces.edges.reduce((n: number, p: any) => n + p.node.cities.edges.reduce((m: number, c: any) => m + c.node.designations.length, 0), 0);
    expect(count(big)).toBe(150);
    expect(count(small)).toBeLessThan(count(big));
    const trips = roundTrips('Nested');
    expect(trips).toHaveLength(2);
    for (const t of trips) expect(t).toBeLessThanOrEqual(5);
    expect(trips[0]).toBe(trips[1]);
  });

  // Lookahead (src/graph/lookahead.ts, src/city/province-tree.ts): the provinces page brings its cities and
  // their designations (with the programmes' agencies and the sources) in its own query, so the three data
  // levels (provinces, cities, designations) are one round trip.
  const WITH_SOURCES = `query WithSources($p: Int!) { provinces(first: $p) { edges { node { name cities(first: 100) { edges { node { name
    designations { year programme { name administeredBy { graphId name } } sources { evidence source { graphId } } } } } } } } } }`;

  it('with lookahead the provinces bring their cities, designations, agencies and sources: 1 round trip for 2 or 34 provinces', async () => {
    const big = await api.data(WITH_SOURCES, { p: 34 });
    await api.data(WITH_SOURCES, { p: 2 });
    const des = big.provinces.edges.flatMap((p: any) => p.node.cities.edges.flatMap((c: any) => c.node.designations));
    expect(des).toHaveLength(150);
    expect(des.filter((d: any) => d.programme.administeredBy.length > 0).length).toBeGreaterThan(50);
    expect(des.every((d: any) => d.sources.length > 0)).toBe(true);
    expect(roundTrips('WithSources')).toEqual([1, 1]);
  });

  // The subtree query (src/city/province-tree.ts) against the per-level path it replaces: a second `cities`
  // selection under another alias is one the subtree query does not serve, so with it every level is read by
  // its own loader (a round trip each, and one for `perLevel`'s page size), and the answers must be the same,
  // `perLevel` aside.
  const PER_LEVEL = 'perLevel: cities(first: 1) { pageInfo { hasNextPage } }';
  const TREE_DOCUMENTS: [name: string, document: string, variables: Record<string, unknown>, trips: number][] = [
    ['TreeBench', `query TreeBench($p: Int!, $c: Int!) { provinces(first: $p) { edges { node { graphId name %EXTRA%
      cities(first: $c) { edges { node { graphId name designations { year batch programme { graphId name administeredBy { graphId name } }
      sources { evidence confidence source { graphId } } } } } } } } } }`, { p: 34, c: 100 }, 1],
    ['TreeBounded', `query TreeBounded($p: Int!, $c: Int!) { provinces(first: $p) { edges { node { graphId name %EXTRA%
      cities(first: $c) { edges { node { graphId name designations { year batch programme { graphId name administeredBy { graphId name } }
      sources { evidence confidence source { graphId } } } } } } } } } }`, { p: 5, c: 10 }, 1],
    // Aliases, fragments (named and inline), cursors, pageInfo, totalCount at both levels (one count query each),
    // fields of the whole designation relationship (`round` is a node by id: one more), and article titles.
    ['TreeFragments', `fragment Place on City { id graphId name nameEn adcode level formerNames aliases
      list: designations { year role term confidence statedConfidence independentSources confidenceBasis round { graphId }
        scheme: programme { id name kind } sources { evidence confidence extraction { method confidence reviewed } source { __typename graphId ... on Article { title } } } } }
      query TreeFragments { top: provinces(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id adcode %EXTRA%
        places: cities(first: 6) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...Place ... on City { parentless: name } } } } } } } }`, {}, 4],
    // @skip and @include from variables: the designations below the cities are asked for, or not.
    ['TreeSkipped', `query TreeSkipped($s: Boolean!) { provinces(first: 6) { edges { node { name %EXTRA%
      cities(first: 3) { edges { node { name designations @skip(if: $s) { year } } } } } } } }`, { s: true }, 1],
    ['TreeIncluded', `query TreeIncluded($s: Boolean!) { provinces(first: 6) { edges { node { name %EXTRA%
      cities(first: 3) { edges { node { name designations @include(if: $s) { year programme { graphId } } } } } } } } }`, { s: true }, 1],
  ];

  it.each(TREE_DOCUMENTS)('%s: the subtree in one query answers as the per-level loaders do', async (name, document, variables, trips) => {
    const tree = await api.data(document.replace('%EXTRA%', ''), variables);
    const levels = await api.data(document.replace('%EXTRA%', PER_LEVEL).replace(`query ${name}`, `query ${name}Levels`), variables);
    const root = Object.keys(tree)[0]!;
    for (const p of levels[root].edges) {
      expect(p.node.perLevel.pageInfo).toBeDefined();
      delete p.node.perLevel;
    }
    expect(tree.provinces?.edges.length ?? tree[root].edges.length).toBeGreaterThan(3);
    expect(tree).toEqual(levels);
    expect(roundTrips(name)).toEqual([trips]);
    expect(roundTrips(`${name}Levels`)[0]).toBeGreaterThan(trips);
  });

  it('a child page after a cursor, and a provinces page after a cursor, answer as the per-level loaders do', async () => {
    const first = await api.data('{ provinces(first: 2) { pageInfo { endCursor } edges { node { cities(first: 2) { pageInfo { endCursor } } } } } }');
    const variables = { after: first.provinces.pageInfo.endCursor, cityAfter: first.provinces.edges[0].node.cities.pageInfo.endCursor };
    const document = `query TreeAfter($after: String, $cityAfter: String) { provinces(first: 5, after: $after) { edges { cursor node { graphId %EXTRA%
      cities(first: 3, after: $cityAfter) { pageInfo { hasNextPage endCursor } edges { cursor node { graphId designations { year programme { graphId } } } } } } } } }`;
    const tree = await api.data(document.replace('%EXTRA%', ''), variables);
    const levels = await api.data(document.replace('%EXTRA%', PER_LEVEL).replace('query TreeAfter', 'query TreeAfterLevels'), variables);
    for (const p of levels.provinces.edges) delete p.node.perLevel;
    expect(tree).toEqual(levels);
    expect(tree.provinces.edges.length).toBe(5);
    // The cities' cursor is taken in every province; only the first province's cities follow it.
    expect(tree.provinces.edges.some((p: any) => p.node.cities.edges.length > 0)).toBe(true);
    expect(roundTrips('TreeAfter')).toEqual([1]);
    // Provinces, the two city page sizes (`perLevel` is another), designations.
    expect(roundTrips('TreeAfterLevels')).toEqual([4]);
  });

  it('children asked for with arguments the subtree query does not serve fall back to their loaders', async () => {
    const plain = await api.data('{ provinces(first: 3) { edges { node { name cities(first: 5) { edges { node { name level designations { year } } } } } } } }');
    const filtered = await api.data('query TreeFiltered { provinces(first: 3) { edges { node { name cities(first: 5, level: "prefecture") { edges { node { name level designations(yearFrom: 2000) { year } } } } } } } }');
    const levels = plain.provinces.edges.map((p: any) => p.node.cities.edges.filter((c: any) => c.node.level === 'prefecture').map((c: any) => c.node.name));
    // A filtered page is its own seek (not a filter of the first five), so compare names the plain page has.
    filtered.provinces.edges.forEach((p: any, i: number) => {
      for (const c of p.node.cities.edges) if (levels[i].includes(c.node.name)) expect(c.node.designations).toEqual(plain.provinces.edges[i].node.cities.edges.find((x: any) => x.node.name === c.node.name).node.designations.filter((d: any) => d.year >= 2000));
    });
    expect(roundTrips('TreeFiltered')).toEqual([3]);
    const backward = await api.data('query TreeBackward { provinces(last: 2) { edges { node { cities(first: 2) { edges { node { graphId } } } } } } }');
    expect(backward.provinces.edges).toHaveLength(2);
    expect(roundTrips('TreeBackward')).toEqual([2]);
    const tooMany = await api.errors('{ provinces(first: 2) { edges { node { cities(first: 500) { edges { node { graphId } } } } } } }');
    expect(tooMany[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['provinces', 'edges', 0, 'node', 'cities'] });
  });

  // A designation row names its city and programme by id; each comes once per query (src/graph/page-loader.ts).
  it('a page of designations brings its cities and programmes in its own round trip, the same nodes as a lookup by id', async () => {
    const ends = 'city { id graphId name nameEn adcode level formerNames } programme { id graphId name nameEn kind }';
    const page = await api.data(`query Ends { designations(first: 50) { edges { node { year ${ends} } } } }`);
    const members = await api.data(`query Members { programmes { graphId members(first: 50) { edges { node { year ${ends} } } } } }`);
    expect(roundTrips('Ends')).toEqual([1]);
    expect(roundTrips('Members')).toEqual([2]);
    const des = [...page.designations.edges, ...members.programmes.flatMap((p: any) => p.members.edges)].map((e: any) => e.node);
    expect(des.length).toBeGreaterThan(100);
    expect(members.programmes.every((p: any) => p.members.edges.every((e: any) => e.node.programme.graphId === p.graphId))).toBe(true);
    const ids = [...new Set(des.flatMap((d: any) => [d.city.id, d.programme.id]))];
    const fields = '... on City { id graphId name nameEn adcode level formerNames } ... on Programme { id graphId name nameEn kind }';
    const byId = new Map<string, unknown>();
    for (let at = 0; at < ids.length; at += 100) {
      const d = await api.data(`query($ids:[ID!]!){ nodes(ids:$ids) { ${fields} } }`, { ids: ids.slice(at, at + 100) });
      for (const n of d.nodes) byId.set(n.id, n);
    }
    for (const d of des) {
      expect(d.city).toEqual(byId.get(d.city.id));
      expect(d.programme).toEqual(byId.get(d.programme.id));
    }
  });

  // Lookahead (LEAN_FIELDS, src/designation/designation.resolver.ts): a page that shows only a designation's own
  // fields and its ends reads five properties of each relationship; one that shows more reads them all.
  it('a designation page asking only for its own fields answers them as a page asking for everything', async () => {
    const own = 'year batch role term confidence __typename city { graphId } programme { graphId }';
    const more = `${own} statedConfidence independentSources confidenceBasis round { graphId } sources { evidence source { graphId } }`;
    const zone = (await api.data('{ programmes { graphId members(first: 1) { totalCount } } }')).programmes.sort((a: any, b: any) => b.members.totalCount - a.members.totalCount)[0].graphId;
    for (const args of ['first: 100', 'first: 100, yearFrom: 2015', `programme: "${toGlobalId('Programme', zone)}", first: 100`]) {
      const lean = await api.data(`{ designations(${args}) { edges { node { ${own} } } } }`);
      const full = await api.data(`{ designations(${args}) { edges { node { ${more} } } } }`);
      expect(lean.designations.edges.length).toBeGreaterThan(10);
      const pick = (n: any) => ({ year: n.year, batch: n.batch, role: n.role, term: n.term, confidence: n.confidence, __typename: n.__typename, city: n.city, programme: n.programme });
      expect(lean.designations.edges.map((e: any) => e.node)).toEqual(full.designations.edges.map((e: any) => pick(e.node)));
      // The fuller page still gets what only the whole relationship holds.
      expect(full.designations.edges.every((e: any) => e.node.sources.length > 0)).toBe(true);
      expect(full.designations.edges.some((e: any) => e.node.round !== null && e.node.confidenceBasis !== null)).toBe(true);
    }
    const members = await api.data('{ programmes { members(first: 20) { edges { node { year role term confidence city { graphId } } } } } }');
    const membersFull = await api.data('{ programmes { members(first: 20) { edges { node { year role term confidence city { graphId } sources { evidence } } } } } }');
    expect(members.programmes.map((p: any) => p.members.edges.map((e: any) => e.node))).toEqual(
      membersFull.programmes.map((p: any) => p.members.edges.map((e: any) => ({ year: e.node.year, role: e.node.role, term: e.node.term, confidence: e.node.confidence, city: e.node.city }))),
    );
  });

  // Lookahead at the root (src/city/city.repository.ts, cypher/api/city/city-with-lists.cypher): a city by id
  // brings its designations (with their sources and agencies) and its observations in its own query.
  const CITY_FIELDS = `graphId name designations { year batch role programme { graphId name administeredBy { graphId name } }
    sources { evidence confidence source { graphId } } } observations { graphId metric value period sources { evidence source { graphId ... on Article { title text } } } }`;

  it('a city by id with its designations and observations is one round trip (one more for texts), and answers as the loaders do', async () => {
    const wuhan = await api.idOf('武汉', 'CITY');
    const byNode = await api.data(`query CityByNode($id: ID!) { node(id: $id) { ... on City { ${CITY_FIELDS} } } }`, { id: wuhan });
    const byCity = await api.data(`query CityById($id: ID!) { city(id: $id) { ${CITY_FIELDS} } }`, { id: wuhan });
    // The same fields reached from a search hit: the city comes from the search, its lists from their loaders.
    const viaSearch = await api.data(`query CityViaSearch { search(text: "武汉", first: 5) { node { ... on City { ${CITY_FIELDS} } } } }`);
    const reference = viaSearch.search.map((h: any) => h.node).find((n: any) => n.graphId === byNode.node.graphId);
    expect(byNode.node.designations.length).toBeGreaterThanOrEqual(3);
    expect(byNode.node.designations.every((d: any) => d.sources.length > 0)).toBe(true);
    expect(byNode.node.observations.length).toBeGreaterThan(0);
    // Every observation's article source still shows its whole text (read by id: no node row carries it).
    expect(byNode.node.observations.some((o: any) => o.sources.some((r: any) => r.source.text?.length > 100))).toBe(true);
    expect(byNode.node).toEqual(reference);
    expect(byCity.city).toEqual(reference);
    // One for the city and its lists, one for the article texts the selection shows (never in node rows).
    expect(roundTrips('CityByNode')).toEqual([2]);
    expect(roundTrips('CityById')).toEqual([2]);
    await api.data(`query CityNoTexts($id: ID!) { city(id: $id) { ${CITY_FIELDS.replace(' text ', ' ')} } }`, { id: wuhan });
    expect(roundTrips('CityNoTexts')).toEqual([1]);
    expect(roundTrips('CityViaSearch')[0]).toBeGreaterThan(1);
  });

  it('a city by id with filtered or aliased lists leaves them to their own queries, with the same answers', async () => {
    const wuhan = await api.idOf('武汉', 'CITY');
    const all = await api.data(`query($id: ID!) { city(id: $id) { designations { year programme { graphId } } observations { metric } } }`, { id: wuhan });
    const year = all.city.designations[0].year;
    const metric = all.city.observations[0].metric;
    const filtered = await api.data(
      `query CityFiltered($id: ID!, $y: Int!, $m: String!) { city(id: $id) { designations(yearFrom: $y, yearTo: $y) { year programme { graphId } } observations(metric: $m) { metric } a: designations { year } } }`,
      { id: wuhan, y: year, m: metric },
    );
    expect(filtered.city.designations).toEqual(all.city.designations.filter((d: any) => d.year === year));
    expect(filtered.city.observations).toEqual(all.city.observations.filter((o: any) => o.metric === metric || o.metric.startsWith(`${metric}.`)));
    expect(filtered.city.a).toEqual(all.city.designations.map((d: any) => ({ year: d.year })));
    expect(roundTrips('CityFiltered')[0]).toBeGreaterThan(1);
  });

  it('answers the same with lookahead as through the loaders (Query.designations has none)', async () => {
    const hubei = await api.idOf('湖北', 'PROVINCE');
    const fields = 'year batch city { graphId } programme { graphId administeredBy { graphId name } } sources { evidence confidence source { __typename graphId title } }';
    const viaCities = await api.data(`query($p:ID!){ province(id:$p) { cities(first: 100) { edges { node { designations { ${fields} } } } } } }`, { p: hubei });
    const viaRoot = await api.data(`query($p:ID!){ designations(province:$p, first: 100) { edges { node { ${fields} } } } }`, { p: hubei });
    const key = (d: any) => `${d.year}|${d.city.graphId}|${d.programme.graphId}|${d.batch}`;
    const sorted = (xs: any[]) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const a = sorted(viaCities.province.cities.edges.flatMap((e: any) => e.node.designations));
    const b = sorted(viaRoot.designations.edges.map((e: any) => e.node));
    expect(a.length).toBeGreaterThan(5);
    expect(a).toEqual(b);
  });
});
