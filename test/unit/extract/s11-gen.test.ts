/**
 * Branch s11-10-gen: the generators for designations, assessments and events and their judge, each tested on
 * sentences written for the test (none taken from a bench article).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { PlaceScanner } from '../../../src/extract/places.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const draft = (body: string, published: string, candidates = false) => extractArticle(`Title\n${published}\n${body}`, { file: 't.txt', published, candidates }, ctx);
const designations = (body: string, published: string, candidates = false) => draft(body, published, candidates).designations.map((d) => [d.place, d.programme, d.year, d.extraction!.rule]);
const events = (body: string, published: string) => draft(body, published).events.map((e) => [e.place, e.date]);
const assessments = (body: string, published: string) => draft(body, published).assessments.map((a) => [a.subjects, a.year]);

describe('designation generator: a title handed over by an act', () => {
  it('a plaque given at a ceremony: the place it is given to, the year of the ceremony', () => {
    const got = designations('5月20日上午,国家知识产权局在济宁市召开推进会,为济宁市颁发国家知识产权强市建设试点城市牌匾。', '2024-05-21');
    expect(got).toContainEqual(['济宁市', 'programme:ip-strong-city-pilot', 2024, 'designation:generated(title-act)']);
  });

  it('takes the ceremony’s day from the sentence before it, not a year another clause names', () => {
    const body = '4月25日上午,徐州市知识产权宣传周启动仪式举行。启动仪式上,发布了2021年度十大典型案例,并向丰县颁发国家知识产权强县建设示范县牌匾。';
    const got = designations(body, '2023-04-26').filter((d) => d[0] === '丰县');
    expect(got.map((d) => d.slice(0, 3))).toEqual([['丰县', 'programme:ip-strong-county-demonstration', 2023]]);
  });

  it('a title brought home, with no year in the text, is dated by the page', () => {
    expect(designations('经过激烈角逐,绵阳市成功捧回“国家知识产权示范城市”称号。', '2019-06-01')).toContainEqual(['绵阳市', 'programme:ip-demonstration-city', 2019, 'designation:generated(title-act)']);
  });

  it('an aim is no title: proposed only in recall mode, tagged not-a-title', () => {
    const body = '绵阳市力争捧回“国家知识产权示范城市”称号。';
    expect(designations(body, '2019-06-01')).toEqual([]);
    const cands = designations(body, '2019-06-01', true);
    expect(cands.length).toBeGreaterThan(0);
    expect(cands.every((d) => String(d[3]).includes('candidate:not-a-title'))).toBe(true);
  });
});

describe('designation generator: a title the text says places hold', () => {
  it('a list of places right before the programme: each holds it, with no year', () => {
    const got = designations('我省将高标准建好济南、青岛两个国家知识产权保护示范区。', '2024-03-01');
    expect(got.map((d) => d.slice(0, 3))).toEqual([
      ['济南市', 'programme:ip-protection-demonstration-zone', null],
      ['青岛市', 'programme:ip-protection-demonstration-zone', null],
    ]);
  });

  it('the name of an assessment or a plan implies no title held', () => {
    expect(designations('青岛国家知识产权示范城市年度考核结果日前公布。', '2024-03-01')).toEqual([]);
    expect(designations('青岛市出台国家知识产权示范城市工作方案。', '2024-03-01')).toEqual([]);
  });

  it('a national programme written without 国家 is still that programme', () => {
    expect(designations('扬州市获批知识产权强市创建市。', '2018-05-01').map((d) => d[1])).toEqual(['programme:ip-strong-city-creation']);
  });
});

describe('event generator', () => {
  it('a relative day (昨天) with a meeting noun of any kind and a verb of holding', () => {
    expect(events('昨天,绵阳市知识产权工作推进会召开。', '2022-03-10')).toEqual([['绵阳市', '2022-03-09']]);
  });

  it('a bare day of the month is this month’s, or last month’s when it would fall after the page', () => {
    expect(events('9日,宜宾市知识产权交流会在宜宾召开。', '2022-03-10')).toEqual([['宜宾市', '2022-03-09']]);
    expect(events('28日,宜宾市知识产权交流会在宜宾召开。', '2022-03-10')).toEqual([['宜宾市', '2022-02-28']]);
  });

  it('where it was held: 在京 is Beijing, not the first place the sentence names', () => {
    expect(events('8月3日,南宁市等12个城市的知识产权表彰会在京举行。', '2021-08-05')).toEqual([['北京市', '2021-08-03']]);
  });

  it('an activity week launched, and an English campaign launched', () => {
    expect(events('5月8日,柳州市启动知识产权宣传周活动。', '2021-05-09')).toEqual([['柳州市', '2021-05-08']]);
    expect(events('On May 8, the Liuzhou IP publicity campaign was launched.', '2021-05-09')).toEqual([['柳州市', '2021-05-08']]);
  });

  it('a page’s time stamp dates no event, and a future one is none', () => {
    expect(events('柳州市启动知识产权宣传周活动\n2021年05月11日 09:30 浏览量:100\n', '2021-05-11')).toEqual([]);
    expect(events('5月20日,柳州市将举办知识产权宣传周活动。', '2021-05-11')).toEqual([]);
  });
});

describe('assessments', () => {
  it('the year the assessment’s name carries, not the first year of the sentence', () => {
    expect(assessments('绵阳市制定《2020年知识产权工作计划》,通过了2019年国家知识产权示范城市年度考核。', '2020-05-01')).toEqual([[['绵阳市'], 2019]]);
  });

  it('去年 counts back from the page’s year', () => {
    expect(assessments('仁寿县去年通过了知识产权强县工程验收。', '2020-05-01')).toEqual([[['仁寿县'], 2019]]);
  });

  it('考评第一 is an outcome; with no year anywhere, the page’s year', () => {
    expect(assessments('在全区知识产权工作综合考评中,南宁市考评第一。', '2020-05-01')).toEqual([[['南宁市'], 2020]]);
  });

  it('a protection centre that passed an acceptance is no place’s assessment', () => {
    expect(assessments('已通过国家知识产权局验收的成都知识产权保护中心今天揭牌,助力成都市产业发展。', '2020-05-01')).toEqual([]);
  });
});

describe('place scanner', () => {
  it('"X County" is the county, not the better-known city of that name', () => {
    const spans = new PlaceScanner(ctx.gazetteer.names).scan('The fair was held in Changsha County.');
    expect(spans.map((s) => s.candidates.map((c) => c.name))).toEqual([['长沙县']]);
  });
});
