/**
 * Rules of branch s9-10-tune (held-out sets 6 and 7 tuned on), each for a class of phrasing, tested on a
 * sentence of that shape written for the test, not taken from a bench article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const text = (body: string, published = '2023-05-10', url?: string) => extractArticle(`标题\n${published}\n${body}`, { file: 't.txt', published, ...(url ? { url } : {}) }, ctx);
const obs = (body: string, published = '2023-05-10', url?: string) => text(body, published, url).observations.map((o) => [o.place, o.metric, o.value, o.period]);

describe('periods of figures', () => {
  it('截至YYYY年MM月 without 底 is a stock on that month\'s last day', () => {
    expect(obs('截至2022年6月,杭州市有效发明专利12.3万件。', '2022-07-20')).toEqual([['杭州市', 'patents.invention.valid', 123000, '2022-06-30']]);
  });

  it('"during the first three quarters of 2019" is January to September', () => {
    expect(obs('During the first three quarters of 2019, Ningbo filed 31,000 invention patent applications.', '2019-11-02')).toEqual([['宁波市', 'patents.invention.applications', 31000, '2019-01/2019-09']]);
  });

  it('the year a figure is compared with is not its period: the carried period stands', () => {
    const got = obs('In 2018, Hefei filed 60,000 patent applications. More than 25,000 patents were granted, twice the number in 2015.', '2019-03-01');
    expect(got).toContainEqual(['合肥市', 'patents.grants', 25000, '2018']);
    expect(got.some((o) => o[3] === '2015')).toBe(false);
    expect(obs('2020年,温州市专利授权量3.1万件,比2019年增长15%。', '2021-02-01')).toEqual([['温州市', 'patents.grants', 31000, '2020']]);
  });
});

describe('figures that are not the count they seem', () => {
  it('a count of companies that filed is not a count of applications', () => {
    const d = text('In 2020, more than 3,000 local firms have applied for patents in Xiamen.', '2021-01-10');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.some((u) => u.kind === 'observation' && /who filed/u.test(u.reason))).toBe(true);
  });

  it('patents kept in force for over N years are a part of the valid patents, not the count', () => {
    const d = text('As of the end of 2022, about 8,000 invention patents in Xiamen had been maintained valid for more than 10 years.', '2023-03-01');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.some((u) => /part of a count/u.test(u.reason))).toBe(true);
  });

  it('"among the top 20" is a rank, not a figure', () => {
    expect(obs('In 2022, three Xiamen companies were among the top 20 in PCT applications in China.', '2023-03-01')).toEqual([]);
  });

  it('a sum over several years (近五年来) with no period of its own is listed, not proposed', () => {
    const d = text('近五年来,绍兴市专利申请达9800件,专利授权6100件。', '2021-06-01');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.some((u) => /several years/u.test(u.reason))).toBe(true);
  });
});

describe('designations by a short form, by tiers in order, and names inside programme words', () => {
  const des = (body: string, published = '2022-09-10') => text(body, published).designations.map((d) => [d.place, d.programme, d.year]);

  it('试点县 without the programme\'s full name is the article\'s strong-county programme of that tier, dated by the sentence', () => {
    // (Traditional, with the mixed 示范縣 reposts carry)
    const got = des('近日,國家知識產權局印發《關于確定國家知識產權強縣建設試點示范縣的通知》,公布了第一批國家知識產權強縣建設試點示范縣名單,安吉縣、德清縣被確定為試點縣,試點時限自2022年9月至2025年8月。\n安吉縣、德清縣被確定為國家知識產權強縣建設試點縣,是全省縣域知識產權工作的一項突破。');
    expect(got).toContainEqual(['安吉县', 'programme:ip-strong-county-pilot', 2022]);
    expect(got).toContainEqual(['德清县', 'programme:ip-strong-county-pilot', 2022]);
    // 示范县 in the list's name is no mention of 范县 (a county of Henan)
    expect(got).toHaveLength(2);
  });

  it('示范城区 (a district\'s name for the demonstration-city programme) designates the district', () => {
    expect(des('2017年4月,东城区被确定为第五批国家知识产权示范城区。', '2017-06-01')).toContainEqual(['东城区', 'programme:ip-demonstration-city', 2017]);
  });

  it('"A、B分别被确定为…示范、试点县": the first place takes the first tier, the second the second', () => {
    const got = des('日前,国家知识产权局公布新一批名单,长兴县、海宁市分别被确定为国家知识产权强县工程示范、试点县。全市已有国家知识产权强县工程示范县2个。', '2016-12-20');
    expect(got).toContainEqual(['长兴县', 'programme:ip-strong-county-project-demonstration', 2016]);
    expect(got).toContainEqual(['海宁市', 'programme:ip-strong-county-project-pilot', 2016]);
    expect(got).toHaveLength(2);
  });
});

describe('damaged dates', () => {
  it('a year glued to its month with 年 lost (20159月) still dates the designation', () => {
    const got = text('20159月,许昌市被国家知识产权局确定为国家知识产权试点城市,试点期限三年。', '2016-01-08').designations.map((d) => [d.place, d.programme, d.year]);
    expect(got).toEqual([['许昌市', 'programme:ip-pilot-city', 2015]]);
  });
});

describe('a page that never names its place', () => {
  const page = '2022年1-9月份,全市专利授权量15200件,同比增长3.1%。其中发明专利2100件,同比增长8.2%;截至9月底,全市有效发明专利18800件,比去年底增长1900件;全市万人发明专利拥有量21.5件,比去年底提高2.3件。';

  it('全市 on a government site is the place its address names (…jiaxing.gov.cn → 嘉兴市); a 其中 sentence is a part of the figure before it, of its period; "比去年底" is a comparison, not the period', () => {
    const got = obs(page, '2022-10-20', 'http://scjgj.jiaxing.gov.cn/art/2022/10/20/art_1.html');
    expect(got).toContainEqual(['嘉兴市', 'patents.grants', 15200, '2022-01/2022-09']);
    expect(got).toContainEqual(['嘉兴市', 'patents.invention.granted', 2100, '2022-01/2022-09']);
    expect(got).toContainEqual(['嘉兴市', 'patents.invention.valid', 18800, '2022-09-30']);
    expect(got).toContainEqual(['嘉兴市', 'patents.invention.per_10k_people', 21.5, '2022-09-30']);
  });

  it('a site outside gov.cn names no place: the figures are listed, not given to a guessed place', () => {
    const d = text(page, '2022-10-20', 'http://www.example-news.com/jiaxing/2022/1020.html');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.some((u) => /no place/u.test(u.reason))).toBe(true);
  });
});

describe('English counts: a verb with a rounding word, a part of the count before it, registered in a year', () => {
  it('"hit nearly 52,000 in 2019"; "Among the applications, more than 20,000 were for invention patents"', () => {
    const got = obs('The number of patent applications in Hefei hit nearly 52,000 in 2019, up 12 percent year on year.\nAmong the applications, more than 20,000 were for invention patents, said an official.', '2020-03-01');
    expect(got).toContainEqual(['合肥市', 'patents.applications', 52000, '2019']);
    expect(got).toContainEqual(['合肥市', 'patents.invention.applications', 20000, '2019']);
  });

  it('"including 9,000 for invention patents" is a part of the applications before it; "recognized patents" are patents granted', () => {
    const got = obs('In 2018, companies in Xiamen filed about 30,000 patent applications, including 9,000 for invention patents. Last year saw a total of over 17,500 recognized patents in Xiamen.', '2019-02-01');
    expect(got).toContainEqual(['厦门市', 'patents.invention.applications', 9000, '2018']);
    expect(got).toContainEqual(['厦门市', 'patents.grants', 17500, '2018']);
  });

  it('"trademarks registered in 2020 exceeded 90,000" are the year\'s registrations, not the valid trademarks', () => {
    expect(obs('The total trademarks registered in 2020 exceeded 90,000 in Xiamen.', '2021-02-01')).toEqual([['厦门市', 'trademarks.registrations', 90000, '2020']]);
  });
});

describe('a park or zone as the subject of a figure', () => {
  it('"The zone … by filing more than 6,000 patent applications" in an article about its city is the zone\'s figure: listed, not the city\'s', () => {
    const d = text('Wuhan is home to the East Lake high-tech zone.\nThe zone passed a milestone last year by filing more than 6,000 patent applications.', '2014-03-01');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.some((u) => /park's or zone's/u.test(u.reason))).toBe(true);
  });

  it('园区 opening the figure\'s clause: the park\'s; the city named after it keeps its own figure', () => {
    const got = obs('2021年,园区专利申请量3200件,武汉市专利申请量9.1万件。', '2022-02-01');
    expect(got).toEqual([['武汉市', 'patents.applications', 91000, '2021']]);
  });
});

describe('a province that ran the assessment of its units', () => {
  it('"省知识产权局…组织专家组…,创建单位汇报…,圆满完成验收" names no unit: no assessment of the province, and the reason is listed', () => {
    const d = text('近日,浙江省示范县创建单位期满验收会议召开。省知识产权局组织专家组,听取各创建单位汇报,经审阅材料、质询答辩,最终顺利通过并圆满完成验收。', '2023-06-01');
    expect(d.assessments.flatMap((a) => a.subjects)).not.toContain('浙江省');
    expect(d.unresolved.some((u) => u.kind === 'assessment' && /units below the province/u.test(u.reason))).toBe(true);
  });

  it('a province\'s own assessment stated with no place in its sentence still is the province\'s', () => {
    const d = text('湖北省去年知识产权工作成效明显。2022年度全省知识产权行政保护工作绩效考核评为优秀,获国家知识产权局通报表扬。', '2023-03-01');
    expect(d.assessments.flatMap((a) => a.subjects)).toContain('湖北省');
  });
});

describe('one title, one position', () => {
  it('a chain of titles of one organisation (市委副书记、市长) is one position per title', () => {
    const d = text('4月26日,嘉兴市知识产权宣传周启动仪式举行,嘉兴市委副书记、市长李明主持。', '2022-04-27');
    const titles = d.positions.map((p) => p.title);
    expect(titles).toContain('市委副书记');
    expect(titles).toContain('市长');
    expect(titles.some((t) => t.includes('、'))).toBe(false);
  });
});

describe('high-value invention patents', () => {
  it('a count of high-value invention patents with no word of filing or granting is the stock held', () => {
    expect(obs('截至2022年底,苏州市高价值发明专利5.6万件。', '2023-02-01')).toEqual([['苏州市', 'patents.high_value_invention.valid', 56000, '2022-12-31']]);
  });
});

describe('a ceremony without a meeting noun', () => {
  it('a plaque given on a day (…将“…示范县”铭牌正式颁给长兴县) is a ceremony at the place that receives it; 接牌 (receives the plaque) is no name', () => {
    const d = text('9月20日,在湖州市副市长王强主持下,浙江省知识产权局局长张华将“国家知识产权强县建设示范县”铭牌正式颁给长兴县,长兴县县长接牌。', '2022-11-01');
    expect(d.events.map((e) => [e.place, e.date, e.kind])).toEqual([['长兴县', '2022-09-20', 'ceremony']]);
    expect(d.positions.some((p) => p.person === 'person:jie-pai')).toBe(false);
  });

  it('a plaque to be given is no event', () => {
    expect(text('9月20日,浙江省知识产权局将于下月把铭牌颁给长兴。', '2022-09-21').events).toEqual([]);
  });
});

describe('a name after its title, before 为/将/a date', () => {
  it('局长张华为会议致辞, 局长张华将…颁给, 副局长张华5月20日表示: the name is read', () => {
    const who = (body: string) => text(body, '2022-06-01').positions.map((p) => [p.person, p.title]);
    expect(who('浙江省知识产权局局长张华为会议开幕致辞。')).toContainEqual(['person:zhang-hua', '局长']);
    expect(who('5月20日,浙江省知识产权局局长张华将铭牌颁给长兴县。')).toContainEqual(['person:zhang-hua', '局长']);
    expect(who('浙江省知识产权局副局长张华5月20日在发布会上表示,全省专利授权量增长。')).toContainEqual(['person:zhang-hua', '副局长']);
  });
});

describe('English titles: Party chief, spokesperson', () => {
  it('"NAME, Party chief of CITY" is the city\'s 市委书记; "NAME, spokesperson of OFFICE" its 新闻发言人', () => {
    const d = text('Patent applications grew fast, said Li Ming, Party chief of Wuxi, on Monday. "We will do more," said Wang Hua, spokesperson of the Jiangsu Intellectual Property Administration.', '2022-06-01');
    expect(d.positions.map((p) => [p.person, p.at, p.title])).toEqual([
      ['person:li-ming', '无锡市', '市委书记'],
      ['person:wang-hua', 'agency:jiangsu-ipo', '新闻发言人'],
    ]);
  });
});

describe('an English mayor with no city named', () => {
  it('"Mayor NAME said …" in an article about a city is that city\'s mayor (organisation from the article\'s place)', () => {
    const d = text('Hangzhou has set up a new IP protection centre. Hangzhou will open it next year.\nMayor Li Ming said that the city would protect patents.', '2022-06-01');
    const p = d.positions.find((x) => x.person === 'person:li-ming');
    expect(p).toMatchObject({ at: '杭州市', title: '市长' });
    expect(p!.extraction!.rule).toMatch(/organisation from the article's place/u);
  });

  it('in an article whose own place is a province, it is listed, not given to a city', () => {
    const d = text('Jiangsu province has set up a new IP protection centre.\nMayor Li Ming said that the city would protect patents.', '2022-06-01');
    expect(d.positions).toEqual([]);
  });
});
