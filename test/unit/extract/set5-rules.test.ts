/**
 * Rules written on held-out set 5's misses (branch s7-10-gen), each a construction that recurs in
 * articles about these programmes, tested on a sentence of that shape rather than the article verbatim.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const text = (body: string, published = '2023-05-10') => extractArticle(`标题\n${published}\n${body}`, { file: 't.txt', published }, ctx);

describe('designation lists', () => {
  it('a programme "包括:" followed by a list names every member, dated by the article\'s designation of that programme', () => {
    const d = text(
      '近日,国家知识产权局确定江苏省苏州市昆山市等10个县(市、区)为第二批国家知识产权强县工程示范县(区)。\n第二批国家知识产权强县工程示范县(区)包括:江苏省苏州市昆山市、浙江省宁波市慈溪市、安徽省合肥市肥东县。',
      '2015-06-01',
    );
    const got = d.designations.map((x) => [x.place, x.programme, x.year]);
    for (const p of ['昆山市', '慈溪市', '肥东县']) expect(got).toContainEqual([p, 'programme:ip-strong-county-project-demonstration', 2015]);
  });

  it('a list after 包括 with no programme named is no designation', () => {
    const d = text('参加会议的单位包括:江苏省苏州市昆山市、浙江省宁波市慈溪市。', '2015-06-01');
    expect(d.designations).toEqual([]);
  });
});

describe('county-level places in a list', () => {
  const list = (places: string) =>
    text(`近日,国家知识产权局确定一批县(区)为国家知识产权强县工程示范县(区)。\n国家知识产权强县工程示范县(区)包括:${places}。`, '2015-06-01').designations.map((x) => x.place);

  it('a district name several cities share is the one of the city written right before it (辽宁省沈阳市铁西区)', () => {
    const got = list('辽宁省沈阳市铁西区、吉林省四平市铁东区');
    expect(got).toContain('沈阳市铁西区');
    expect(got).toContain('四平市铁东区');
    expect(got).not.toContain('沈阳市');
  });

  it('市中区, an ordinary word elsewhere, is a district right after its city (山东省济南市市中区)', () => {
    const got = list('山东省济南市市中区、浙江省杭州市西湖区');
    expect(got).toContain('济南市市中区');
    expect(got).not.toContain('济南市');
  });
});

describe('two tiers in one sentence', () => {
  it('"…被确定为示范城市,…被确定为试点城市": each clause takes its own tier, the pilot tier of the family the article names', () => {
    const d = text(
      '山西获批国家知识产权强市建设示范城市\n国家知识产权局公布了强市建设示范、试点城市名单。其中,太原市被确定为示范城市,大同市、长治市被确定为试点城市,时限自2022年7月至2025年6月。',
      '2022-08-10',
    );
    const got = d.designations.map((x) => [x.place, x.programme]);
    expect(got).toContainEqual(['太原市', 'programme:ip-strong-city-demonstration']);
    expect(got).toContainEqual(['大同市', 'programme:ip-strong-city-pilot']);
    expect(got).toContainEqual(['长治市', 'programme:ip-strong-city-pilot']);
    expect(got).not.toContainEqual(['大同市', 'programme:ip-strong-city-demonstration']);
  });
});

describe('recent designations', () => {
  it('a result announced on a day of this month ("评选结果24日揭晓") is of the publication year', () => {
    const d = text('据了解,首批“国家知识产权示范城市”评选结果24日揭晓,包括广州、深圳在内的23个城市被国家授予此称号。', '2012-04-28');
    expect(d.designations.map((x) => [x.place, x.year])).toEqual([
      ['广州市', 2012],
      ['深圳市', 2012],
    ]);
  });

  it('a sentence with no day and no recency word keeps year null', () => {
    const d = text('包括广州、深圳在内的23个城市被国家授予“国家知识产权示范城市”称号。', '2012-04-28');
    expect(d.designations.map((x) => x.year)).toEqual([null, null]);
  });
});

describe('selection verbs', () => {
  it('入列 and 荣膺 (榮膺) state a selection', () => {
    const d = text('最新发布的国家知识产权强市建设示范城市评定结果刚刚完成公示,38个城市(城区)入列,合肥荣膺其中。', '2022-08-03');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['合肥市', 'programme:ip-strong-city-demonstration', 2022]]);
  });
});

describe('the place of a figure', () => {
  it('全市 after a district named earlier in the sentence: the figure is the city\'s', () => {
    const d = text('截至2022年底,余杭区的创新企业带动全市每万人口发明专利拥有量达到102.1件。', '2023-03-01');
    expect(d.observations.map((o) => [o.place, o.metric, o.value, o.period])).toEqual([['杭州市', 'patents.invention.per_10k_people', 102.1, '2022-12-31']]);
  });

  it('without 全市 the district named before the figure keeps it', () => {
    const d = text('截至2022年底,余杭区每万人口发明专利拥有量达到102.1件。', '2023-03-01');
    expect(d.observations.map((o) => o.place)).toEqual(['余杭区']);
  });
});

describe('metric vocabulary', () => {
  it('国际专利申请 is PCT applications; 新增注册商标 is trademarks registered in the year; 软件著作权 is software copyrights', () => {
    const d = text('2022年,苏州市国际专利申请512件,新增注册商标70321件,软件著作权登记量3.1万件。', '2023-03-01');
    expect(d.observations.map((o) => [o.metric, o.value])).toEqual([
      ['patents.pct_applications', 512],
      ['trademarks.registrations', 70321],
      ['copyrights.software.registered', 31000],
    ]);
  });

  it('trademark applications stay applications', () => {
    const d = text('2022年,苏州市商标注册申请量9.2万件。', '2023-03-01');
    expect(d.observations.map((o) => o.metric)).toEqual(['trademarks.applications']);
  });
});
