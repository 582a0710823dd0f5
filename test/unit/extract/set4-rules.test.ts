/**
 * Rules written on held-out set 4's drafts, each tested on a real sentence of that set (or the
 * same construction): datelines, one event per meeting, a district that shares its name with a
 * better-known one, runs of days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { cleanPage } from '../../../src/ingest/clean.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const text = (body: string, published = '2023-05-10') => extractArticle(`标题\n${published}\n${body}`, { file: 't.txt', published }, ctx);

describe('dates and events', () => {
  it('a wire dateline at the head of the sentence is when the story was filed, not when the ceremony was held', () => {
    const d = text('人民网东营7月2日电  6月28日上午,国家知识产权局在东营市举行“国家知识产权示范城市”授牌仪式,东营市成为全国首批国家知识产权示范城市。', '2012-07-02');
    expect(d.events.map((e) => [e.place, e.date, e.dateText])).toEqual([['东营市', '2012-06-28', '6月28日']]);
  });

  it('two sentences about a press conference on the same day are one event', () => {
    const d = text(
      "The number of national IP demonstrative and advantageous enterprises in Guangzhou has risen, according to a press conference held on July 13 to bring awareness about the achievement.\nA press conference is held on July 13 to bring awareness about Guangzhou's achievement in IP reform.",
      '2021-07-14',
    );
    expect(d.events.map((e) => [e.place, e.date])).toEqual([['广州市', '2021-07-13']]);
    expect(d.unresolved.some((u) => u.kind === 'event' && /same conference on 2021-07-13/u.test(u.reason))).toBe(true);
  });

  it('an assessment dated by a run of days (11月27日至28日) takes its first day and keeps the words', () => {
    const d = text('四川子站讯 11月27日至28日,四川省知识产权局局长黄峰率验收组赴攀枝花市开展国家知识产权试点城市考核验收。评审会上,验收组一致同意攀枝花市通过国家知识产权试点城市考核验收。', '2019-09-01');
    expect(d.assessments.map((a) => [a.subjects, a.dateText, a.date])).toContainEqual([['攀枝花市'], '11月27日至28日', '2018-11-27']);
  });
});

describe('places', () => {
  it('"Guangzhou\'s Huangpu district" is Guangzhou\'s 黄埔区, not Shanghai\'s 黄浦区', () => {
    const d = text("Guangzhou's Huangpu district held a press conference on July 13. A press conference is held in Huangpu on July 13 to bring awareness about its achievement.", '2021-07-14');
    expect(d.events.map((e) => e.place)).toEqual(['黄埔区']);
  });

  it('Huangpu with no city named is still Shanghai\'s', () => {
    const d = text('A press conference is held in Huangpu on July 13 to bring awareness about its achievement.', '2021-07-14');
    expect(d.events.map((e) => e.place)).toEqual(['黄浦区']);
  });
});

describe('designations', () => {
  it('示范县(区) in a programme\'s name is no county 范县', () => {
    const d = text('经初审和专家组评审,确定浙江省杭州市西湖区等22个县(区)为国家知识产权强县工程示范县(区),示范时限自2013年8月至2016年7月。', '2013-08-07');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['杭州市西湖区', 'programme:ip-strong-county-project-demonstration', 2013]]);
    expect(text('《国家知识产权强县工程试点、示范县(区)评定管理办法》已印发。', '2013-08-07').unresolved.filter((u) => u.kind === 'place')).toEqual([]);
  });

  it('"作为全国首批知识产权示范城市, …南京…" states the title; no year is given, so none is guessed', () => {
    const d = text('作为全国首批知识产权示范城市,一直以来南京高度重视知识产权工作。', '2017-12-19');
    expect(d.designations.map((x) => [x.place, x.programme, x.year, x.batch])).toEqual([['南京市', 'programme:ip-demonstration-city', null, '1']]);
  });

  it('"作为…" without an IP title designates nothing', () => {
    expect(text('作为省会城市,一直以来南京高度重视知识产权工作。', '2017-12-19').designations).toEqual([]);
  });

  it('"newly approved as China’s Top 10 Power City for Construction of Intellectual Property Rights" is a strong-city creation city, year from "In 2017,"', () => {
    const d = text('In 2017, Xiamen was newly approved as China’s Top 10 Power City for Construction of Intellectual Property Rights (IPR), Top 8 Priority City for the Building of IPR Operation Service System.', '2018-04-10');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['厦门市', 'programme:ip-strong-city-creation', 2017]]);
  });
});

describe('assessments carried out, result not stated', () => {
  const dali = '2014年4月1日由雲南省知識產權局徐永忠副局長帶領省州考核驗收組,到大理市對大理市實施雲南省知識產權強縣工程試點工作進行考核驗收。';
  it('a dated sentence that says an acceptance was carried out on a place is an assessment of that place (not of the province whose office led it)', () => {
    const d = text(dali, '2014-04-09');
    expect(d.assessments.map((a) => [a.subjects, a.date, a.kind, a.outcome])).toEqual([[['大理市'], '2014-04-01', 'acceptance', 'carried out (result not stated)']]);
  });

  it('gives way to the sentence that states the outcome of the same acceptance', () => {
    const d = text('11月27日至28日,四川省知识产权局局长黄峰率验收组赴攀枝花市开展国家知识产权试点城市考核验收。评审会上,验收组一致同意攀枝花市通过国家知识产权试点城市考核验收。', '2019-09-01');
    expect(d.assessments.map((a) => [a.subjects, a.date, a.outcome])).toEqual([[['攀枝花市'], '2018-11-27', 'passed']]);
  });

  it('an acceptance still to come is none', () => {
    expect(text('2014年4月1日,省知识产权局将到大理市对强县工程试点工作进行考核验收。', '2014-03-09').assessments).toEqual([]);
  });
});

describe('observations', () => {
  const hz = '【杭州有效发明专利拥有量突破10万件 入选国家知识产权强市建设示范城市】快讯 , 11日 , 采访人员从杭州市市场监管局获悉 , 截至今年6月底 , 杭州有效发明专利拥有量达10.9万件 , 居全国第四、省会城市第一;每万人发明专利拥有量为91.4件 , 亦居全国前列 。';
  it('截至今年6月底 is the last day of June of the article\'s year', () => {
    const d = text(hz, '2022-08-11');
    expect(d.observations.map((o) => [o.place, o.metric, o.value, o.period])).toContainEqual(['杭州市', 'patents.invention.per_10k_people', 91.4, '2022-06-30']);
  });

  it('a bound (突破10万件) beside the exact figure (达10.9万件) of the same metric is not proposed again', () => {
    const d = text(hz, '2022-08-11');
    expect(d.observations.filter((o) => o.metric === 'patents.invention.valid').map((o) => o.value)).toEqual([109000]);
    expect(d.unresolved.some((u) => u.kind === 'observation' && /bound or round figure \(100000\)/u.test(u.reason))).toBe(true);
  });

  it('a bound with no exact figure beside it stays ("more than 300")', () => {
    const d = text('截至今年6月底,杭州有效发明专利拥有量突破10万件。', '2022-08-11');
    expect(d.observations.map((o) => [o.metric, o.value, o.period])).toEqual([['patents.invention.valid', 100000, '2022-06-30']]);
  });
});

describe('English observations', () => {
  const hp =
    "Guangzhou's Huangpu district has made notable achievements.\nHuangpu's annual patent application has increased from 13,900 to 35,200 over the past five years, while its annual patent authorization has grown from 6,700 to 22,600. The IP-pledged financing has climbed from 148 million yuan to 2.61 billion yuan ($23 million to $404 million).\nAt present, the district is home to more than 300 IP service institutions, of which more than 20 are national branded IP service institutions and seven are high-quality overseas IP service institutions. In addition, there are also three technology and innovation support centers, which were set up by the World IP Organization.";
  const obs = () => text(hp, '2021-07-14').observations.map((o) => [o.place, o.metric, o.value, o.period]);

  it('"increased from A to B over the past five years": B is the latest full year\'s annual figure, A is no figure', () => {
    expect(obs()).toEqual(
      expect.arrayContaining([
        ['黄埔区', 'patents.applications', 35200, '2020'],
        ['黄埔区', 'patents.grants', 22600, '2020'],
        ['黄埔区', 'financing.pledge.amount', 2610000000, '2020'],
      ]),
    );
    expect(obs().map((o) => o[2])).not.toContain(13900);
    expect(obs().map((o) => o[2])).not.toContain(148000000);
  });

  it('"At present" is the publication day; IP service institutions, national branded and overseas ones, and TISCs in digits and in words', () => {
    expect(obs()).toEqual(
      expect.arrayContaining([
        ['黄埔区', 'services.ip_service_institutions', 300, '2021-07-14'],
        ['黄埔区', 'services.national_branded_ip_service_institutions', 20, '2021-07-14'],
        ['黄埔区', 'services.overseas_ip_service_institutions', 7, '2021-07-14'],
        ['黄埔区', 'services.tisc', 3, '2021-07-14'],
      ]),
    );
  });

  it('"one of the", "the two cities" and the start of "from nine to 74" are no counts in words', () => {
    const d = text('Xiamen is one of the cities with the most patents. The two cities signed an agreement on patents. The number of national IP demonstrative and advantageous enterprises in Xiamen has risen from nine to 74, according to a press conference held on July 13.', '2021-07-14');
    expect(d.observations.map((o) => o.value)).toEqual([74]);
  });

  it('"of which 2,333 were patents for inventions" takes the count of the whole (granted)', () => {
    const d = text('By the end of 2017, Xiamen had many laboratories. A total of 14,678 domestic patents were authorized, of which 2,333 were patents for inventions.', '2018-04-10');
    expect(d.observations.map((o) => [o.metric, o.value, o.period])).toEqual([
      ['patents.grants', 14678, '2017'],
      ['patents.invention.granted', 2333, '2017'],
    ]);
  });
});

describe('positions', () => {
  const pos = (body: string, published: string) => text(body, published).positions.map((p) => [p.person, p.at, p.title]);

  it('"蔡奇等出席" — 等 is not part of the name; 副省长 is a province\'s title', () => {
    expect(pos('國家知識産權局局長田力普、浙江省副省長金德水、杭州市市長蔡奇等出席論壇開幕式並致辭。', '2009-11-18')).toEqual([
      ['person:tian-lipu', 'agency:cnipa', '局长'],
      ['person:jin-deshui', '浙江省', '副省长'],
      ['person:cai-qi', '杭州市', '市长'],
    ]);
  });

  it('吉林省长春市 is no governor named 春市', () => {
    expect(pos('吉林省長春市、湖南省長沙市入选。', '2024-01-03')).toEqual([]);
  });

  it('"副市长蒋跃建与省知识产权局局长支苏平": the second chain starts after 与; 省知识产权局 is the article province\'s office', () => {
    const d = text('我市召开大会。副市长蒋跃建与省知识产权局局长支苏平代表双方签约。南京市长缪瑞林出席。', '2017-12-19');
    expect(d.positions.map((p) => [p.person, p.at, p.title])).toEqual([
      ['person:jiang-yuejian', '南京市', '副市长'],
      ['person:zhi-suping', 'agency:jiangsu-ipo', '局长'],
      ['person:miao-ruilin', '南京市', '市长'],
    ]);
  });

  it('a name between its office and its title (…人民政府李欣副市長代表, 国家知识产权局张三副局长出席)', () => {
    expect(pos('大理市人民政府李欣副市長代表市政府作了匯報。國家知識產權局甘紹寧副局長出席。', '2014-04-09')).toEqual([
      ['person:li-xin', '大理市', '副市长'],
      ['person:gan-shaoning', 'agency:cnipa', '副局长'],
    ]);
  });

  it('a verb after a title is no name (副局長主持)', () => {
    const d = text('會議由大理州知識產權局楊紅斌副局長主持。', '2014-04-09');
    expect(d.proposed?.people.map((p) => p.name)).toEqual(['杨红斌']);
  });
});

describe('a reposted page', () => {
  const page = [
    '商标免费查询系统:姓名:手机:Q Q: 请输入姓名、电话及QQ即可进入商标免费查询系统',
    '',
    '商标注册业务专线',
    '',
    '0731-88718749',
    '',
    '总经理热线',
    '',
    '公司动态',
    '',
    '东营成为全国首批国家知识产权示范城市',
    '',
    '本文来源:长沙商标注册      本文作者:www.mctm.net      发布时间:2022-05-25',
    '',
    '人民网东营7月2日电  6月28日上午,国家知识产权局在东营市举行“国家知识产权示范城市”授牌仪式,东营市成为全国首批国家知识产权示范城市。',
  ].join('\n');

  it('the form, hotline captions, phone numbers and section label above the headline are chrome; the source line is metadata', () => {
    const p = cleanPage(page);
    expect(p.title).toBe('东营成为全国首批国家知识产权示范城市');
    expect(p.meta).toEqual(['本文来源:长沙商标注册      本文作者:www.mctm.net      发布时间:2022-05-25']);
    expect(p.body.startsWith('人民网东营7月2日电')).toBe(true);
    expect(p.boilerplate).toContain('0731-88718749');
  });

  it('a page date that is not the wire dateline\'s day is reported as a possible repost date (no --published)', () => {
    const d = extractArticle(page, { file: 'v2.txt' }, ctx);
    expect(d.article.publishedAt).toBe('2022-05-25');
    expect(d.unresolved.filter((u) => u.kind === 'article').map((u) => u.text)).toEqual(['人民网东营7月2日电']);
    expect(d.designations.map((x) => x.place)).toEqual(['东营市']);
  });

  it('with --published the dateline agrees and nothing is reported', () => {
    const d = extractArticle(page, { file: 'v2.txt', published: '2012-07-02' }, ctx);
    expect(d.unresolved.filter((u) => u.kind === 'article')).toEqual([]);
    expect(d.designations.map((x) => [x.place, x.year])).toEqual([['东营市', 2012]]);
  });
});

describe('guards', () => {
  it('a city that organises an assessment of its enterprises is not assessed itself', () => {
    expect(text('2019年5月10日,武汉市组织开展知识产权试点企业考核评估。', '2019-06-01').assessments).toEqual([]);
  });

  it('知识产权示范城市创建市 is no demonstration city', () => {
    expect(text('作为全国知识产权示范城市创建市,一直以来南京高度重视知识产权工作。', '2017-12-19').designations.filter((x) => x.programme === 'programme:ip-demonstration-city')).toEqual([]);
  });
});

describe('a place\'s IP office that entities.json lacks', () => {
  it('is proposed as an agency (云南省知识产权局, 大理州知识产权局) and the position names it', () => {
    const d = text('2014年4月1日由雲南省知識產權局徐永忠副局長帶領驗收組到大理市。會議由大理州知識產權局楊紅斌副局長主持。', '2014-04-09');
    expect(d.positions.map((p) => [p.person, p.at, p.title, p.extraction?.rule])).toEqual([
      ['person:xu-yongzhong', 'agency:yunnan-ipo', '副局长', 'position:office+name+title, proposed person, proposed agency'],
      ['person:yang-hongbin', 'agency:dali-prefecture-ipo', '副局长', 'position:office+name+title, proposed person, proposed agency'],
    ]);
    expect(d.proposed?.agencies?.map((a) => [a.id, a.name, a.level])).toEqual([
      ['agency:yunnan-ipo', '云南省知识产权局', 'provincial'],
      ['agency:dali-prefecture-ipo', '大理白族自治州知识产权局', 'municipal'],
    ]);
    expect(d.unresolved.filter((u) => u.kind === 'agency').map((u) => u.text)).toEqual(['云南省知识产权局', '大理州知识产权局']);
  });

  it('市知识产权局 in an article about a district of Chongqing is Chongqing\'s office, with no bare alias', () => {
    const d = text('潼南区通过国家知识产权试点城市验收。潼南区委区政府高度重视。市知识产权局副局长范俊安出席。', '2020-11-19');
    expect(d.positions.map((p) => [p.person, p.at, p.title])).toEqual([['person:fan-junan', 'agency:chongqing-ipo', '副局长']]);
    expect(d.proposed?.agencies?.map((a) => [a.id, a.aliases])).toEqual([['agency:chongqing-ipo', ['重慶市知識產權局']]]);
  });

  it('an office in entities.json is named by its id and nothing is proposed', () => {
    const d = text('湖北省知识产权局局长张三出席。', '2020-11-19');
    expect(d.positions.map((p) => p.at)).toEqual(['agency:hubei-ipo']);
    expect(d.proposed?.agencies).toBeUndefined();
  });
});

describe('a count given as now', () => {
  it('"has risen from nine to 74" in a paragraph with no period of its own is of the publication day, not of the earlier paragraph\'s year', () => {
    const d = text(
      "Huangpu's annual patent application in Guangzhou has increased from 13,900 to 35,200 over the past five years.\nThe number of national IP demonstrative and advantageous enterprises in the district has risen from nine to 74, according to a press conference held on July 13.",
      '2021-07-14',
    );
    expect(d.observations.map((o) => [o.metric, o.value, o.period])).toEqual([
      ['patents.applications', 35200, '2020'],
      ['enterprises.national_ip_demonstrative_and_advantageous', 74, '2021-07-14'],
    ]);
  });

  it('in the same paragraph the earlier period still holds', () => {
    const d = text('In 2020, Guangzhou granted 5,000 patents. The number of national IP demonstrative and advantageous enterprises in Guangzhou has risen from nine to 74.', '2021-07-14');
    expect(d.observations.map((o) => [o.value, o.period])).toEqual([
      [5000, '2020'],
      [74, '2020'],
    ]);
  });
});
