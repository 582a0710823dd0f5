/**
 * Figures: which metric, which unit, which period, and which figures are not observations at all —
 * each rule on real sentences of the benchmark sets (bench/extract/*), in small texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { classifyPhrase, metricsOf } from '../../../src/extract/metrics.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const text = (body: string, published = '2023-05-10') => extractArticle(`Title\n${published}\n${body}`, { file: 't.txt', published }, ctx);
const obs = (d: ReturnType<typeof text>) => d.observations.map((o) => [o.place, o.metric, o.value, o.period]);

describe('metric naming follows the figure’s own words', () => {
  it('English: the words after the number name it; the phrase stops at the next figure', () => {
    const s = 'By the end of last year, the city had accumulated 8,251 effective authorized patents (including 784 effective invention patents).';
    expect(metricsOf(s, [{ index: s.indexOf('8,251'), text: '8,251', unit: 'items' }, { index: s.indexOf('784'), text: '784', unit: 'items' }]).map((m) => m && 'key' in m && m.key)).toEqual([
      'patents.valid',
      'patents.invention.valid',
    ]);
  });

  it('a verb before the number completes a generic noun after it ("authorized 36, 800 invention patents")', () => {
    const d = text('The latest data showed that last year Shanghai authorized 36, 800 invention patents, an increase of 11.98 percent year-on-year.', '2023-03-23');
    expect(obs(d)).toEqual([['上海市', 'patents.invention.granted', 36800, '2022']]);
  });

  it('applications, grants and per-10,000 figures of one paragraph each get their own metric', () => {
    const d = text(
      'In 2020, Patent applications in Nanjing amounted to 120,938, a year-on-year growth of 17.39%, among which there were 49,977 applications for invention patents. A total number of 76,323 patents were granted, and the city registered 82.86 invention patents per 10,000 citizens.',
      '2021-05-06',
    );
    expect(obs(d)).toEqual([
      ['南京市', 'patents.applications', 120938, '2020'],
      ['南京市', 'patents.invention.applications', 49977, '2020'],
      ['南京市', 'patents.grants', 76323, '2020'],
      ['南京市', 'patents.invention.per_10k_people', 82.86, '2020'],
    ]);
    // "per 10,000" is a unit, never a figure of 10,000
    expect(d.observations.map((o) => o.value)).not.toContain(10000);
    expect(d.observations.find((o) => o.value === 82.86)?.unit).toBe('per 10,000 people');
  });

  it('"per 10,000 of its population reached 40.9": the unit comes before the number', () => {
    const d = text('Last year Shanghai made progress. Moreover, the level of high-value invention patents per 10,000 of its population reached 40.9, a year-on-year increase of 6.7 percent.', '2023-03-23');
    expect(obs(d)).toEqual([['上海市', 'patents.high_value_invention.per_10k_people', 40.9, '2022']]);
  });

  it('"A and B … X and Y, respectively" pairs them in order', () => {
    const s = 'The annual patent application and authorization volume reached 19,886 and 12679, respectively';
    const figs = [{ index: s.indexOf('19,886'), text: '19,886', unit: 'items' }, { index: s.indexOf('12679'), text: '12679', unit: 'items' }];
    expect(metricsOf(s, figs).map((m) => m && 'key' in m && m.key)).toEqual(['patents.applications', 'patents.grants']);
  });

  it('专利申请量和授权量分别为…: the k-th figure takes the k-th name, with the noun of the first', () => {
    const d = text('今年上半年,黄石市发明专利申请量、授权量分别达到5200件、1800件,同比增长12%和8%。', '2022-08-14');
    expect(d.observations.map((o) => [o.metric, o.value, o.period, o.changePct])).toEqual([
      ['patents.invention.applications', 5200, '2022-H1', 12],
      ['patents.invention.granted', 1800, '2022-H1', 8],
    ]);
  });

  it('a full stop glued to the next number ends the phrase; an amount of money is no count of patents (seed 000)', () => {
    const d = text('In 2021, the revenue of the high-tech industry of Suining doubled to 52 billion yuan, and the registered value of enterprise technology contracts reached 524 million yuan.5,329 patents were implemented, and the output value of patented technology reached 50 billion yuan.', '2022-06-06');
    expect(obs(d)).toEqual([['遂宁市', 'patents.implemented', 5329, '2021']]);
    expect(d.unresolved.filter((u) => u.kind === 'observation').map((u) => u.text)).toEqual(['52 billion yuan', '524 million yuan', '50 billion yuan']);
  });

  it('"RMB 25.6 billion" is an amount in CNY', () => {
    const d = text('In 2022, IP pledge financing in Hangzhou reached RMB 25.6 billion.', '2023-02-01');
    expect(d.observations.map((o) => [o.place, o.metric, o.value, o.unit, o.period])).toEqual([['杭州市', 'financing.pledge.amount', 25600000000, 'CNY', '2022']]);
  });

  it('an index stated in percent is the index (知识产权综合发展指数为32.99%)', () => {
    const d = text('截至目前,潼南区知识产权综合发展指数为32.99%,创造指数为38.33%,运用指数为9.59%,保护指数为58.50%,管理指数为59.38%。', '2020-11-19');
    expect(obs(d)).toEqual([
      ['潼南区', 'ip_index.overall', 32.99, '2020-11-19'],
      ['潼南区', 'ip_index.creation', 38.33, '2020-11-19'],
      ['潼南区', 'ip_index.utilisation', 9.59, '2020-11-19'],
      ['潼南区', 'ip_index.protection', 58.5, '2020-11-19'],
      ['潼南区', 'ip_index.management', 59.38, '2020-11-19'],
    ]);
  });

  it('words that name only what is counted (patents, but which count?) are listed, not proposed', () => {
    expect(classifyPhrase('Beijing’s 152 patents secured numerous awards', 'items')).toEqual({ generic: 'patents' });
    const d = text('Beijing’s 152 patents secured numerous awards.', '2024-04-26');
    expect(d.observations).toEqual([]);
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'observation', text: '152', reason: expect.stringContaining('not which count') }));
  });
});

describe('Global Innovation Index ranks', () => {
  it('the city ranking, the cluster ranking, and a move that is no rank', () => {
    const t4 = text('In the Global Innovation Index City Ranking 2021 released by the World Intellectual Property Organization, Hangzhou ranks the 21st, moving up 4 places on the ranking year-on-year.', '2022-08-12');
    expect(obs(t4)).toEqual([['杭州市', 'rank.global_innovation_index_city', 21, '2021']]);
    const h4 = text('Beijing came in fourth place globally for its scientific and technology cluster according to the Global Innovation Index 2023 released by the World Intellectual Property Organization (WIPO).', '2024-04-26');
    expect(obs(h4)).toEqual([['北京市', 'rank.global_innovation_index_cluster', 4, '2023']]);
    const wuhan = text('武漢市2023年位列世界創新科技集群第13位,全球創新指數連續6年排名上升。', '2024-07-31');
    expect(obs(wuhan)).toEqual([['武汉市', 'rank.global_innovation_index_cluster', 13, '2023']]);
  });
});

describe('figures that are not observations', () => {
  it('a target ("aims for … 45 … 7,000", 力争/到2025年) goes to unresolved', () => {
    const d = text('This year, Shanghai aims for that to reach about 45 high-value invention patents per 10,000 people and to break through 7,000 PCT international patent applications.', '2023-03-23');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.filter((u) => u.reason === 'a target or forecast, not a figure reached').map((u) => u.text)).toEqual(['45', '7,000']);
    expect(text('力争到2025年,武汉市每万人口高价值发明专利拥有量达到40件。').observations).toEqual([]);
    // a target met is no target: 目标 as a word of a figure reached does not make it one
    expect(obs(text('2022年,武汉市圆满完成年度目标任务,专利授权量达到1.2万件。'))).toEqual([['武汉市', 'patents.grants', 12000, '2022']]);
  });

  it('national figures after a wire dateline are not the dateline city’s (新華社北京…電, 我國)', () => {
    const d = text('新華社北京4月20日電(記者 譚謨曉)2015年全國知識產權宣傳周活動20日啟動。2014年我國發明專利申請受理量達到92.8萬件,同比增長12.5%;每萬人口發明專利擁有量達到4.9件;商標有效注冊量達到839萬件。', '2015-04-20');
    expect(d.observations).toEqual([]);
    expect(d.unresolved.filter((u) => u.kind === 'observation').map((u) => u.text)).toEqual(['92.8萬件', '4.9件', '839萬件']);
  });

  it('"PCT international patent applications" is not a national figure; "36, 800" is one number', () => {
    const d = text('Last year Shanghai authorized 36, 800 invention patents. Moreover, the city’s PCT international patent applications reached 5,591, an increase of 15.76 percent.', '2023-03-23');
    expect(obs(d)).toEqual([
      ['上海市', 'patents.invention.granted', 36800, '2022'],
      ['上海市', 'patents.pct_applications', 5591, '2022'],
    ]);
  });
});

describe('periods', () => {
  it('"As of the end of 2021" and 截至2021年底 are that year’s last day; 截至目前 is the publication day', () => {
    const en = text('As of the end of 2021, Hangzhou topped all provincial capitals in China with 106,000 valid invention patents and 2,062 PCT international applications.', '2022-08-12');
    expect(obs(en)).toEqual([
      ['杭州市', 'patents.invention.valid', 106000, '2021-12-31'],
      ['杭州市', 'patents.pct_applications', 2062, '2021-12-31'],
    ]);
    expect(obs(text('截至2021年底,杭州市有效发明专利拥有量10.6万件。'))).toEqual([['杭州市', 'patents.invention.valid', 106000, '2021-12-31']]);
  });
});

describe('the months of a year so far: a flow over them, a stock on their last day (sentences written for these tests)', () => {
  it('a stock carried from 1-9月 is held on 30 September; the flow of the sentence before keeps the span', () => {
    const d = text('1-9月,芜湖市发明专利授权2310件,同比增长12.5%。芜湖市有效发明专利15020件,万人发明专利40.2件。', '2024-10-20');
    expect(obs(d)).toEqual([
      ['芜湖市', 'patents.invention.granted', 2310, '2024-01/2024-09'],
      ['芜湖市', 'patents.invention.valid', 15020, '2024-09-30'],
      ['芜湖市', 'patents.invention.per_10k_people', 40.2, '2024-09-30'],
    ]);
  });

  it('"by the end of October this year" for applications is January to October; "by the end of 2021" stays as stated', () => {
    expect(obs(text("By the end of October this year, the total number of Wuhu's patent applications was 12040.", '2019-11-15'))).toEqual([['芜湖市', 'patents.applications', 12040, '2019-01/2019-10']]);
    expect(obs(text('By the end of 2021, Wuhu had filed 310 PCT international applications.', '2022-03-01'))).toEqual([['芜湖市', 'patents.pct_applications', 310, '2021-12-31']]);
  });
});

describe('plan periods, 该省, the first months (sentences written for these tests)', () => {
  it('“十二五”期间 is 2011-01/2015-12 for a flow; “十二五”末 is 2015-12-31; a plan still running names no period', () => {
    expect(obs(text('“十二五”期间,芜湖市专利申请量12000件。', '2016-03-01'))).toEqual([['芜湖市', 'patents.applications', 12000, '2011-01/2015-12']]);
    expect(obs(text('“十二五”末,芜湖市有效发明专利3000件。', '2016-03-01'))).toEqual([['芜湖市', 'patents.invention.valid', 3000, '2015-12-31']]);
    expect(obs(text('“十四五”期间,芜湖市专利申请量12000件。', '2023-03-01')).map((o) => o[3])).not.toContain('2021-01/2025-12');
  });

  it('我省的芜湖: the province of the place named right after it', () => {
    const d = text('我省的芜湖和武汉、广州等城市入选。', '2012-04-01');
    expect(d.unresolved.map((u) => u.text)).not.toContain('我省');
  });

  it('该省 is the province the article is about', () => {
    expect(obs(text('河南省召开知识产权工作会议,郑州市代表出席。今年上半年,该省专利申请量66633件。', '2019-08-01'))).toEqual([['河南省', 'patents.applications', 66633, '2019-H1']]);
  });

  it('前8个月 is January to August', () => {
    expect(obs(text('2016年前8个月,芜湖市专利申请量3120件。', '2016-09-20'))).toEqual([['芜湖市', 'patents.applications', 3120, '2016-01/2016-08']]);
  });
});
