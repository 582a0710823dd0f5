/**
 * The rule-based extractor on the seed articles and on small texts: the failures the issue lists
 * (lists over line breaks, a province's fact given to a city, a national average given to a city,
 * "July 2014", numbers that are not figures, 副局长 read as 局长) and its guarantees (quotes from the
 * body only, determinism, unresolved names listed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { cleanPage } from '../../../src/ingest/clean.js';
import { resolveDateText, isoOf } from '../../../src/ingest/dates.js';
import { ArticleFactsSchema } from '../../../src/ingest/facts.js';
import { ARTICLES, SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});

const seed = (stem: string, published: string) => {
  const raw = readFileSync(join(SEEDS_DIR, `${stem}.txt`), 'utf8');
  return { raw, body: cleanPage(raw).body, draft: extractArticle(raw, { file: `${stem}.txt`, published }, ctx) };
};
const text = (body: string, published = '2023-05-10') => extractArticle(`标题\n2023-05-10\n${body}`, { file: 't.txt', published }, ctx);

describe('on the seed articles', () => {
  it('a list split over lines gives one designation per place, with the year and a quote from the body', () => {
    const { body, draft } = seed(ARTICLES.huangshi, '2022-08-14');
    const places = draft.designations.map((d) => d.place).sort();
    expect(places).toEqual(['孝感市', '襄阳市', '黄石市'].sort());
    for (const d of draft.designations) {
      expect(d).toMatchObject({ programme: 'programme:ip-strong-city-pilot', year: 2022 });
      expect(body).toContain(d.quote);
      expect(d.quote).toContain('\n');
    }
  });

  it('a province’s assessment stays the province’s', () => {
    const { draft } = seed(ARTICLES.huangshi, '2022-08-14');
    const perf = draft.assessments.find((a) => a.year === 2021);
    expect(perf?.subjects).toEqual(['湖北省']);
  });

  it('副局长 is not 局长, each organisation in a title chain gets its own position, and each title its own', () => {
    const { draft } = seed(ARTICLES.dazhou, '2023-01-18');
    const zhao = draft.positions.filter((p) => p.person === 'person:zhao-hui');
    expect(zhao.map((p) => [p.at, p.title]).sort()).toEqual([
      ['agency:sichuan-amr', '党组副书记'],
      ['agency:sichuan-amr', '副局长'],
      ['agency:sichuan-ip-service-center', '党组书记'],
    ]);
    expect(draft.positions.filter((p) => p.person === 'person:yan-weidong').map((p) => [p.at, p.title])).toEqual([
      ['达州市', '市委副书记'],
      ['达州市', '市长'],
    ]);
  });

  it('figures: 万 and 亿 applied, changes joined to their figure, the national average and hotline numbers left out', () => {
    const wuhan = seed(ARTICLES.wuhan, '2024-07-31').draft;
    expect(wuhan.observations.find((o) => o.value === 124700)).toMatchObject({ place: '武汉市', period: '2024-H1', changePct: 19.22 });
    const huangshi = seed(ARTICLES.huangshi, '2022-08-14').draft;
    expect(huangshi.observations.find((o) => o.value === 250000000)).toMatchObject({ unit: 'CNY', period: 'since 2021' });
    const huzhou = seed(ARTICLES.huzhou, '2022-09-30').draft;
    const values = huzhou.observations.map((o) => o.value);
    expect(values).toContain(8.09);
    expect(values).not.toContain(3.19); // "the national average of 3.19"
    expect(values).not.toContain(12330); // the hotline's number
    expect(values).not.toContain(4.26); // the 4.26 promotion week
    expect(huzhou.observations.find((o) => o.value === 19886)).toMatchObject({ place: '湖州市', period: '2014' });
  });

  it('an acceptance and a dated event resolve their dates as the loader does', () => {
    const suining = seed(ARTICLES.suining, '2022-06-06').draft;
    expect(suining.assessments[0]).toMatchObject({ kind: 'acceptance', dateText: 'March 24th', date: '2022-03-24', subjects: ['遂宁市'], outcome: 'passed' });
    const dazhou = seed(ARTICLES.dazhou, '2023-01-18').draft;
    expect(dazhou.events[0]).toMatchObject({ dateText: '1月18日', date: '2023-01-18', place: '达州市', kind: 'ceremony' });
  });

  it('every draft validates as a facts file, quotes only the body, and is the same on every run', () => {
    for (const [stem, published] of [
      [ARTICLES.suining, '2022-06-06'],
      [ARTICLES.huzhou, '2022-09-30'],
      [ARTICLES.huangshi, '2022-08-14'],
      [ARTICLES.dazhou, '2023-01-18'],
      [ARTICLES.wuhan, '2024-07-31'],
    ] as const) {
      const { body, raw, draft } = seed(stem, published);
      expect(ArticleFactsSchema.safeParse(JSON.parse(JSON.stringify(draft))).success).toBe(true);
      for (const kind of ['designations', 'assessments', 'observations', 'events', 'positions'] as const) {
        for (const f of draft[kind] as Array<{ quote: string; extraction?: { rule: string; confidence: number } }>) {
          expect(body).toContain(f.quote);
          expect(f.extraction?.rule).toBeTruthy();
          expect(f.extraction?.confidence).toBeGreaterThan(0);
        }
      }
      expect(JSON.stringify(extractArticle(raw, { file: `${stem}.txt`, published }, ctx))).toBe(JSON.stringify(draft));
    }
  });

  it('names in the teaser lists (boilerplate) give no facts', () => {
    const { draft } = seed(ARTICLES.wuhan, '2024-07-31');
    const places = [...draft.designations.map((d) => d.place), ...draft.observations.map((o) => o.place)];
    for (const p of ['台州市', '绍兴市', '阜新市']) expect(places).not.toContain(p);
  });
});

describe('on small texts', () => {
  it('"July 2014" is a month, not the 20th of July', () => {
    expect(isoOf(resolveDateText('July 2014', '2022-09-30'))).toBe('2014-07');
    expect(isoOf(resolveDateText('2022年', '2023-01-18'))).toBe('2022');
    expect(isoOf(resolveDateText('今年3月', '2022-08-14'))).toBe('2022-03');
  });

  it('numbers that are not figures: durations, years, ranks', () => {
    const d = text('黄石市力争经过2年努力,2025年实现目标,位列全省第3位。');
    expect(d.observations).toEqual([]);
  });

  it('an ambiguous place is listed as unresolved with its candidates, never guessed', () => {
    const d = text('吉林入选国家知识产权强市建设试点城市。');
    expect(d.designations).toEqual([]);
    expect(d.unresolved).toEqual([expect.objectContaining({ kind: 'place', text: '吉林', candidates: [expect.stringContaining('220000'), expect.stringContaining('220200')] })]);
  });

  it('a person not in entities.json is proposed as a new Person entry with evidence, for review', () => {
    const d = text('会议由黄石市副市长張三主持。');
    expect(d.proposed?.people).toEqual([{ id: 'person:zhang-san', name: '张三', nameEn: 'Zhang San', aliases: ['張三'], evidence: '会议由黄石市副市长張三' }]);
    expect(d.positions).toEqual([expect.objectContaining({ person: 'person:zhang-san', at: '黄石市', title: '副市长', extraction: expect.objectContaining({ rule: 'position:title-chain+name, proposed person' }) })]);
    // still listed for the reviewer: the fact loads only once the person is added to entities.json
    expect(d.unresolved).toEqual([expect.objectContaining({ kind: 'person', text: '張三', reason: expect.stringContaining('person:zhang-san') })]);
  });

  it('event participants carry their roles; an assessment its agencies and theirs', () => {
    const ev = text('5月8日,黄石市知识产权工作会议召开。会议由黄石市副市长张三主持,湖北省知识产权局副局长李四致辞。');
    expect(ev.events[0]?.participants.map((p) => [p.who, p.role])).toEqual([
      ['person:zhang-san', 'host'],
      ['person:li-si', 'speaker'],
    ]);
    const as = text('近日,受国家知识产权局委托,湖北省知识产权局组织专家组对黄石市国家知识产权试点城市工作进行验收,黄石市顺利通过验收。');
    expect(as.assessments[0]?.agencies.map((a) => [a.agency, a.role])).toEqual([
      ['agency:cnipa', 'entrusted'],
      ['agency:hubei-ipo', 'carried out'],
    ]);
  });

  it('a figure stated at the event is of the event\'s day; a headline repeating a body figure is one observation', () => {
    const d = text('达州市新增授权发明专利10件,知识产权工作成效明显\n1月18日,达州市举行启动仪式。2022年8月,达州市获批试点城市。启动仪式上,全市新增授权发明专利10件,知识产权质押融资额共计2.2亿元,聘请8名公众人物为宣传大使。', '2023-01-18');
    expect(d.observations.map((o) => [o.metric, o.value, o.period])).toEqual([
      ['patents.invention.granted', 10, '2023-01-18'],
      ['financing.pledge.amount', 220000000, '2023-01-18'],
    ]);
    // a figure whose words name no metric the rules know is listed for the reviewer, not proposed
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'observation', text: '8名', reason: 'no metric the rules know for this figure' }));
  });

  it('an aim to pass (力争…通过验收) and a reporter\'s 获悉 are no assessment outcome', () => {
    expect(text('7月31日,记者从武汉市市场监管局获悉,武汉市力争经过2年努力,顺利通过国家知识产权保护示范区建设评估验收。').assessments).toEqual([]);
  });

  it('a list of places, one a line, after a designation that ends in a colon; a proposed list gives nothing', () => {
    const d = text('国家知识产权局遴选出第一批国家知识产权保护示范区建设城市名单。现将名单公示如下:\n天津市滨海新区\n江苏省南京市\n公示时间为5个工作日。', '2023-02-17');
    expect(d.designations.map((x) => [x.place, x.programme, x.year, x.quote])).toEqual([
      ['滨海新区', 'programme:ip-protection-demonstration-zone', 2023, '天津市滨海新区'],
      ['南京市', 'programme:ip-protection-demonstration-zone', 2023, '江苏省南京市'],
    ]);
    expect(d.observations).toEqual([]); // 5个工作日 is a duration
    expect(text('经综合评审,拟定第二批国家知识产权保护示范区建设城市名单,现将名单予以公示:\n1.河北省石家庄市\n2.辽宁省沈阳市\n公示期为5个工作日。').designations).toEqual([]);
  });

  it('English programme names as news writes them; the city around a district is not designated; a term\'s end is not the year', () => {
    const d = extractArticle(
      'Title\n2022-08-12\n72 cities including Fengtai District of Beijing are pilot cities for the construction of national intellectual property strong cities. Zhuhai has just been named a National Intellectual Property Demonstration City through May 2025.',
      { file: 't.txt', published: '2022-08-12' },
      ctx,
    );
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([
      ['丰台区', 'programme:ip-strong-city-pilot', null],
      ['珠海市', 'programme:ip-demonstration-city', 2022],
    ]);
  });

  it('page chrome gives no facts; "As of March 31" is a stock on that day; a Traditional title chain names its person', () => {
    const d = extractArticle('Title\n2019-05-17\nAs of March 31, Zhuhai had recorded 83,048 patents.\nE-mail: a@b.cn 京ICP备09085994号-2 Copyright © 2019', { file: 't.txt', published: '2019-05-17' }, ctx);
    expect(d.observations.map((o) => [o.value, o.period])).toEqual([[83048, '2019-03-31']]);
    const h = text('國家知識產權局局長申長雨於一個網上論壇致辭時表示,支持香港知識產權發展。', '2021-12-02');
    expect(h.positions).toEqual([expect.objectContaining({ person: 'person:shen-changyu', at: 'agency:cnipa', title: '局长' })]);
    expect(h.proposed?.people[0]).toMatchObject({ id: 'person:shen-changyu', name: '申长雨', nameEn: 'Shen Changyu', aliases: ['申長雨'] });
  });

  it('English: an "outstanding rating" is an assessment outcome; "increase of 20.2 percent" is a change', () => {
    const d = extractArticle('Title\n2024-04-24\nBeijing received an outstanding rating in the 2022 Inspection and Assessment. In 2023, Beijing had 8,000 invention patents granted, an increase of 20.2 percent.', { file: 't.txt', published: '2024-04-24' }, ctx);
    expect(d.assessments[0]).toMatchObject({ subjects: ['北京市'], year: 2022, outcome: 'outstanding' });
    expect(d.observations[0]).toMatchObject({ value: 8000, changePct: 20.2, period: '2023' });
  });

  it('two programmes in one sentence: each place takes the programme of its own clause', () => {
    const d = text('8月11日,杭州市成功入选国家知识产权强市建设示范城市名单。此次全国共有38个城市入选示范城市名单,与杭州一同入选的还有宁波市和温州市;72个城市入选国家知识产权强市建设试点城市名单。', '2022-08-14');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([
      ['杭州市', 'programme:ip-strong-city-demonstration', 2022],
      ['宁波市', 'programme:ip-strong-city-demonstration', 2022],
      ['温州市', 'programme:ip-strong-city-demonstration', 2022],
    ]);
  });

  it('确定 X 为 P with words between, and a proposal (拟确定) or an application (申报) is no designation', () => {
    const d = text('经地方申报推荐、专家评审,确定北京市海淀区等38个城市为国家知识产权强市建设示范城市,北京市丰台区等72个城市为国家知识产权强市建设试点城市。', '2022-08-14');
    expect(d.designations.map((x) => [x.place, x.programme])).toEqual([
      ['海淀区', 'programme:ip-strong-city-demonstration'],
      ['丰台区', 'programme:ip-strong-city-pilot'],
    ]);
    expect(text('拟确定福建省厦门市等18个城市为第二批国家知识产权示范城市。').designations).toEqual([]);
    // the one batch a sentence names is the batch of the places it lists in a later clause
    expect(text('2012年,国家知识产权局确定了23个城市为首批国家知识产权示范城市,我省的芜湖和武汉等城市入选。').designations.map((x) => [x.place, x.batch])).toEqual([
      ['芜湖市', '1'],
      ['武汉市', '1'],
    ]);
    expect(text('黄石市正在申报国家知识产权强市建设示范城市。').designations).toEqual([]);
  });

  it('a compound or Traditional place name in a list resolves', () => {
    const d = text('近日,湖北省黃石市、北京市朝阳区入选国家知识产权强市建设试点城市。');
    // 朝阳区 is also a district of 长春: the draft names it with its parent
    expect(d.designations.map((x) => x.place).sort()).toEqual(['北京市朝阳区', '黄石市'].sort());
    expect(d.designations[0]?.year).toBe(2023);
  });
});
