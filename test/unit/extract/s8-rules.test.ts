/**
 * Rules of branch s8-10-rules, each for a class of phrasing that recurs in articles about these
 * programmes, tested on a sentence of that shape written for the test, not on a bench article.
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

describe('renamed counties and the kind of place a programme names', () => {
  const list = (places: string) =>
    text(`近日,国家知识产权局确定一批县(区)为国家知识产权强县工程试点县(区)。\n国家知识产权强县工程试点县(区)包括:${places}。`, '2014-03-01');

  it('a county named before its renaming (四川省成都市温江区、四川省成都市新津县) is its successor district, not the city written before it', () => {
    const d = list('四川省成都市温江区、四川省成都市新津县、江苏省南京市高淳县');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('新津区');
    expect(got).toContain('高淳区');
    expect(got).not.toContain('成都市');
    expect(got).not.toContain('南京市');
  });

  it('a county-level programme names no prefecture-level city: a list cut off after the city ("山东省临沂") gives no designation, and says why', () => {
    const d = list('浙江省杭州市西湖区、山东省临沂');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('杭州市西湖区');
    expect(got).not.toContain('临沂市');
    expect(d.unresolved.some((u) => u.kind === 'designation' && /not the kind of place/u.test(u.reason))).toBe(true);
  });

  it('a city programme names no county (a county in a list of pilot cities is left out)', () => {
    const d = text('国家知识产权局公布新一批国家知识产权试点城市名单,湖南省岳阳市、江西省南昌县入选。', '2014-03-01');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('岳阳市');
    expect(got).not.toContain('南昌县');
  });
});

describe('periods', () => {
  const obs = (body: string, published = '2023-11-01') => text(body, published).observations.map((o) => [o.metric, o.value, o.period]);

  it('the months of a year so far (2023年1-10月份) are a span, and a day named later in the sentence (截至10月底) is the period of the figures after it', () => {
    const got = obs('2023年1-10月份,南通市专利授权量2.1万件,其中发明专利授权量5000件;截至10月底,南通市有效发明专利拥有量4.2万件。');
    expect(got).toContainEqual(['patents.grants', 21000, '2023-01/2023-10']);
    expect(got).toContainEqual(['patents.invention.granted', 5000, '2023-01/2023-10']);
    expect(got).toContainEqual(['patents.invention.valid', 42000, '2023-10-31']);
    const d = text('今年1至6月,苏州市专利申请量3.5万件。', '2023-08-01');
    expect(d.observations[0]).toMatchObject({ period: '2023-01/2023-06', periodStart: '2023-01-01', periodEnd: '2023-06-30' });
  });

  it('"Up to now" and "to date" give a stock on the publication day; "so far this year" is the year up to it', () => {
    expect(obs('Up to now, there are 29.4 invention patents per 10,000 population in Dalian.', '2022-08-05')).toEqual([['patents.invention.per_10k_people', 29.4, '2022-08-05']]);
    expect(obs('To date, Hangzhou has 52,000 valid invention patents.', '2022-08-05')).toEqual([['patents.invention.valid', 52000, '2022-08-05']]);
    expect(obs('So far this year, Hangzhou has filed 35,000 patent applications.', '2022-08-05')).toEqual([['patents.applications', 35000, '2022']]);
  });

  it('"By the end of 2021" is the year\'s last day, and of two periods in one sentence the figure takes the nearest before it', () => {
    const got = obs('In 2021, there were 32,864 new trademark registration applications in Dalian; By the end of 2021, there were 137,748 valid trademark registrations in the city.', '2022-08-05');
    expect(got).toContainEqual(['trademarks.applications', 32864, '2021']);
    expect(got).toContainEqual(['trademarks.registered.valid', 137748, '2021-12-31']);
  });

  it('a flow in a later sentence than "截至2020年底" (授权量, 申请量, 登记量) is the year\'s, a stock keeps the day', () => {
    const got = obs('截至2020年底,北京市有效发明专利拥有量33.6万件。全市专利授权量16.3万件,商标申请量56.5万件。', '2021-04-22');
    expect(got).toContainEqual(['patents.invention.valid', 336000, '2020-12-31']);
    expect(got).toContainEqual(['patents.grants', 163000, '2020']);
    expect(got).toContainEqual(['trademarks.applications', 565000, '2020']);
  });
});

describe('English figures after a verb', () => {
  const obs = (body: string, published = '2022-08-05') => text(body, published).observations.map((o) => [o.place, o.metric, o.value, o.period]);

  it('"… was 20,309", "… recorded 111.2 in Beijing", and a participle clause ("…, reaching 1,500,500") that goes on about the clause before it', () => {
    expect(obs('In 2021, the total number of effective invention patents in Dalian was 20,309.')).toEqual([['大连市', 'patents.invention.valid', 20309, '2021']]);
    expect(obs('As of the end of 2018, invention patents per 10,000 population recorded 111.2 in Beijing, ranking first in China.', '2019-04-20')).toEqual([['北京市', 'patents.invention.per_10k_people', 111.2, '2018-12-31']]);
    expect(obs('Valid trademark registrations in Beijing also achieved significant increase, reaching 1,500,500 and increasing by 31.4% in 2018.', '2019-04-20')).toEqual([['北京市', 'trademarks.registered.valid', 1500500, '2018']]);
  });

  it('a number after "was" with no count of patents or trademarks in its sentence is no figure', () => {
    expect(obs('In 2021, the population of Dalian was 7,450,000.')).toEqual([]);
  });
});

describe('metric vocabulary', () => {
  const obs = (body: string, published = '2021-04-22') => text(body, published).observations.map((o) => [o.place, o.metric, o.value]);

  it('geographical indications registered as trademarks, the enterprises allowed to use the GI mark, and the GI products are three metrics', () => {
    const got = obs('截至2020年底,上海市共有地理标志证明商标19件,地理标志产品8件,核准使用地理标志专用标志的企业总数达52家。');
    expect(got).toContainEqual(['上海市', 'trademarks.geographical_indication', 19]);
    expect(got).toContainEqual(['上海市', 'geographical_indications', 8]);
    expect(got).toContainEqual(['上海市', 'geographical_indications.authorised_enterprises', 52]);
    expect(obs('There are 19 geographical indication certification trademarks in Dalian.', '2022-08-05')).toEqual([['大连市', 'trademarks.geographical_indication', 19]]);
  });

  it('a count word without its noun (授权量为88件) takes the noun of the figure before it: plant varieties, invention patents', () => {
    const got = obs('2020年,上海市植物新品种申请量为564件,授权量为88件;全市专利授权量16.3万件,其中发明授权量6.3万件。');
    expect(got).toContainEqual(['上海市', 'plant_varieties.applications', 564]);
    expect(got).toContainEqual(['上海市', 'plant_varieties.granted', 88]);
    expect(got).toContainEqual(['上海市', 'patents.grants', 163000]);
    expect(got).toContainEqual(['上海市', 'patents.invention.granted', 63000]);
  });

  it('a place glued to a product in a list of products (平谷大桃、大兴西瓜等) is the product\'s origin, not the figure\'s place', () => {
    const got = obs('截至2020年底,北京市共有平谷大桃、大兴西瓜等地理标志产品13件。');
    expect(got).toEqual([['北京市', 'geographical_indications', 13]]);
  });
});

describe('re-examination (复核) is an assessment', () => {
  it('places that pass a 复核 are assessed, kind review', () => {
    const d = text('日前,福建省知识产权局公布结果,福清市等30个县(市、区)通过省知识产权强县(市、区)复核。', '2018-05-10');
    expect(d.assessments).toHaveLength(1);
    expect(d.assessments[0]).toMatchObject({ kind: 'review', outcome: 'passed', year: 2018, subjects: ['福清市'] });
  });

  it('of several places in the sentence, the subjects are those whose own clause states the assessment (not one named as designated beside it)', () => {
    const d = text('日前,省知识产权局确定上杭县为省知识产权强县,福清市等30个县(市、区)通过省知识产权强县(市、区)复核。', '2018-05-10');
    expect(d.assessments.map((a) => a.subjects)).toEqual([['福清市']]);
  });
});

describe('positions', () => {
  const pos = (body: string, published = '2020-01-01') => text(body, published).positions.map((p) => [p.person, p.at, p.title]);

  it('English: the title before the organisation and the name after it, the organisation before the title, "X, the director of Y"', () => {
    expect(pos('Vice Governor of Jiangsu Province Li Xiaomin and Deputy Commissioner of the State Intellectual Property Office Zhang Qin attended the meeting.')).toEqual([
      ['person:li-xiaomin', '江苏省', '副省长'],
      ['person:zhang-qin', 'agency:cnipa', '副局长'],
    ]);
    expect(pos('Chengdu Mayor Ge Honglin said the city would grow.')).toEqual([['person:ge-honglin', '成都市', '市长']]);
  });

  it('English: a place\'s IP office entities.json lacks is proposed as an agency, and words of an organisation are never a name', () => {
    const d = text('Lu Hong, the director of the Shanghai Intellectual Property Administration, said so.', '2020-01-01');
    expect(d.positions.map((p) => [p.person, p.at, p.title])).toEqual([['person:lu-hong', 'agency:shanghai-ipo', '局长']]);
    expect(d.proposed?.agencies?.map((a) => a.id)).toEqual(['agency:shanghai-ipo']);
    expect(d.unresolved.some((u) => u.kind === 'position' && /Property Administration/u.test(u.text))).toBe(false);
  });

  it('Chinese: a name before a verb of visiting or giving (来到, 授予) or before 的带领, and a unit of the office kept in the title', () => {
    expect(pos('4月26日,国家知识产权局局长田力普来到广州,向广州市市长陈建华授予了牌匾。', '2012-04-28')).toEqual([
      ['person:tian-lipu', 'agency:cnipa', '局长'],
      ['person:chen-jianhua', '广州市', '市长'],
    ]);
    expect(pos('专家组在湖北省知识产权局局长胡婧的带领下到南漳县考察。', '2017-06-01').map((p) => p[0])).toEqual(['person:hu-jing']);
    expect(pos('国家知识产权局办公室副主任余嵩出席。', '2017-06-01')).toEqual([['person:yu-song', 'agency:cnipa', '办公室副主任']]);
  });
});

describe('English designations', () => {
  it('"…the results of building a national demonstration city with strong intellectual property rights, and Dalian was successfully selected"', () => {
    const d = text('Recently, the State Intellectual Property Office publicized the evaluation results of building a national demonstration city with strong intellectual property rights, and Dalian was successfully selected.', '2022-08-05');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['大连市', 'programme:ip-strong-city-demonstration', 2022]]);
  });

  it('"IP strong city construction pilot cities" name the pilot tier of the strong-city programme', () => {
    const d = text('Recently, Xuzhou and Yangzhou were selected as national IP strong city construction pilot cities.', '2022-08-05');
    expect(d.designations.map((x) => [x.place, x.programme])).toEqual([
      ['徐州市', 'programme:ip-strong-city-pilot'],
      ['扬州市', 'programme:ip-strong-city-pilot'],
    ]);
  });
});

describe('targets', () => {
  it('a sentence with no period of its own after a plan for a later year in its paragraph lists targets; one with its own period does not', () => {
    const d = text('It is planned that by 2025, the number of high-value invention patents per 10,000 population in Dalian will reach 12.5. The registered amount of intellectual property pledge financing has reached 5 billion yuan. In 2021, the total number of patents granted in Dalian was 23,508.', '2022-08-05');
    expect(d.observations.map((o) => [o.metric, o.value, o.period])).toEqual([['patents.grants', 23508, '2021']]);
    expect(d.unresolved.filter((u) => u.kind === 'observation' && /target/u.test(u.reason)).map((u) => u.text)).toEqual(['5 billion yuan']);
  });

  it('without the plan, the same sentence is a figure', () => {
    const d = text('The registered amount of intellectual property pledge financing in Dalian has reached 5 billion yuan.', '2022-08-05');
    expect(d.observations.map((o) => [o.metric, o.value])).toEqual([['financing.pledge.amount', 5e9]]);
  });
});
