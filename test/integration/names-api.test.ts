/**
 * Names in the API: search and place(name:) resolve every form through the one name resolver;
 * ambiguous names are BAD_USER_INPUT listing candidates; programme(name:); an id of the wrong kind is
 * an error that says so, not a silent null; seed facts show as curated source entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
}, 300_000);
afterAll(() => api?.close());

describe('search resolves the name first, and keeps the full-text path', () => {
  it.each([
    ['湖北省黄石市', '黄石市'],
    ['湖北黄石', '黄石市'],
    ['Huangshi, Hubei', '黄石市'],
    ['北京市朝阳区', '朝阳区'],
    ['昌吉州', '昌吉回族自治州'],
    ['Xian', '西安市'],
    ['XIAN', '西安市'],
    ['Xi’an', '西安市'],
  ])('%s → %s first', async (text, name) => {
    const d = await api.data('query($t:String!){search(text:$t, first:3){node{name}}}', { t: text });
    expect(d.search[0]?.node.name).toBe(name);
  });

  it('an ambiguous name finds every candidate the graph holds', async () => {
    const d = await api.data('{search(text:"朝阳", kinds:[CITY], first:10){node{graphId}}}');
    const ids = d.search.map((h: { node: { graphId: string } }) => h.node.graphId);
    expect(ids).toEqual(expect.arrayContaining(['city:110105', 'city:211300']));
  });

  it('text that names no place still goes to the full-text index', async () => {
    const d = await api.data('{search(text:"CNIPA", first:1){node{graphId}}}');
    expect(d.search[0].node.graphId).toBe('agency:cnipa');
  });
});

describe('place(name:)', () => {
  it('returns the place for a full, short, Traditional, English or compound name', async () => {
    const d = await api.data(`{
      a: place(name: "湖北省黄石市") { ... on City { graphId } }
      b: place(name: "黃石") { ... on City { graphId } }
      c: place(name: "Huangshi, Hubei") { ... on City { graphId } }
      d: place(name: "北京市朝阳区") { ... on City { graphId level } }
      e: place(name: "Inner Mongolia") { ... on Province { graphId } }
      f: place(name: "朝阳", within: "辽宁") { ... on City { graphId } }
      g: place(name: "不存在的地方") { __typename }
    }`);
    expect(d).toEqual({
      a: { graphId: 'city:420200' },
      b: { graphId: 'city:420200' },
      c: { graphId: 'city:420200' },
      d: { graphId: 'city:110105', level: 'district' },
      e: { graphId: 'province:150000' },
      f: { graphId: 'city:211300' },
      g: null,
    });
  });

  it('a former name resolves to today\'s place, and the place shows the former name', async () => {
    const d = await api.data('{a: place(name: "襄樊") { ... on City { graphId name formerNames } } b: place(name: "湖北襄樊") { ... on City { graphId } }}');
    expect(d).toEqual({ a: { graphId: 'city:420600', name: '襄阳市', formerNames: ['襄樊市'] }, b: { graphId: 'city:420600' } });
    const s = await api.data('{search(text:"襄樊", first:1){node{graphId}}}');
    expect(s.search[0].node.graphId).toBe('city:420600');
  });

  it('an ambiguous name is BAD_USER_INPUT listing the candidates', async () => {
    const errors = await api.errors('{place(name:"吉林"){__typename}}');
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]?.message).toContain('吉林省 (220000)');
    expect(errors[0]?.message).toContain('吉林市 (220200, 吉林省)');
    const chaoyang = await api.errors('{place(name:"朝阳"){__typename}}');
    expect(chaoyang[0]?.message).toMatch(/朝阳区 \(110105, 北京市\).*朝阳市 \(211300, 辽宁省\)/u);
  });
});

describe('programme(name:)', () => {
  it('finds a programme by name, alias or words only it contains; ambiguous words list the candidates', async () => {
    const d = await api.data(`{
      a: programme(name: "国家知识产权试点城市") { graphId }
      b: programme(name: "National IP Pilot City") { graphId }
      c: programme(name: "強市建設試點") { graphId }
      d: programme(name: "no such programme") { graphId }
    }`);
    expect(d).toEqual({ a: { graphId: 'programme:ip-pilot-city' }, b: { graphId: 'programme:ip-pilot-city' }, c: { graphId: 'programme:ip-strong-city-pilot' }, d: null });
    const errors = await api.errors('{programme(name:"强市建设"){graphId}}');
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]?.message).toContain('国家知识产权强市建设试点城市');
    expect(errors[0]?.message).toContain('国家知识产权强市建设示范城市');
  });
});

describe('an id of the wrong kind', () => {
  it('city(id: <a programme id>) says what the id is', async () => {
    const programmeId = await api.idOf('国家知识产权试点城市', 'PROGRAMME');
    const errors = await api.errors('query($id:ID!){city(id:$id){name}}', { id: programmeId });
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]?.message).toContain(`id ${programmeId} is a Programme, not a City`);
    const cityId = await api.idOf('黄石', 'CITY');
    const p = await api.errors('query($id:ID!){province(id:$id){name}}', { id: cityId });
    expect(p[0]?.message).toContain('is a City, not a Province');
  });

  it('an id that names nothing is still null', async () => {
    const d = await api.data('{city(id:"not-an-id"){name}}');
    expect(d.city).toBeNull();
  });
});

describe('source entries say how a fact got in', () => {
  it('the seed facts are curated', async () => {
    const id = await api.idOf('黄石', 'CITY');
    const d = await api.data('query($id:ID!){city(id:$id){designations{sources{source{graphId} extraction{method confidence reviewed}}}}}', { id });
    const entries = d.city.designations.flatMap((x: { sources: unknown[] }) => x.sources);
    expect(entries.length).toBeGreaterThan(1);
    for (const e of entries) expect(e.extraction).toEqual({ method: 'CURATED', confidence: 1, reviewed: true });
  });
});
