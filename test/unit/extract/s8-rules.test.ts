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
