/**
 * Designations and assessments on real sentences of the benchmark sets: programme titles and their
 * variants, 我区/我市 as the article's own place, one assessment per acceptance, dates from the
 * sentence that opens the assessment.
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

describe('designations', () => {
  it('"selected as one of the demonstrative cities in Notice … on Determining … Pilot Cities in Building the Strong IP City"', () => {
    const d = text(
      'Hangzhou was successfully selected as one of the demonstrative cities in Notice of China National Intellectual Property Administration on Determining National Pilot Cities in Building the Strong Intellectual Property City issued on August 11.',
      '2022-08-12',
    );
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['杭州市', 'programme:ip-strong-city-demonstration', 2022]]);
  });

  it('"pilot cities in building the strong IP city" is the strong-city pilot programme', () => {
    const d = text('Xiangyang was selected as one of the pilot cities in building the strong intellectual property city in 2022.', '2022-08-12');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['襄阳市', 'programme:ip-strong-city-pilot', 2022]]);
  });

  it('被命名为 / "awarded the title of" are verbs of designation', () => {
    expect(text('2012年4月,芜湖市被命名为国家知识产权示范城市。').designations.map((x) => [x.place, x.programme, x.year])).toEqual([['芜湖市', 'programme:ip-demonstration-city', 2012]]);
  });

  it('我区 is the article’s own district (潼南区)', () => {
    const d = text('潼南区通过国家知识产权试点城市验收。潼南区委区政府高度重视。\n我区自2017年被国家知识产权局确定为国家知识产权试点城市以来,大力营造知识产权工作良好环境。', '2020-11-19');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toContainEqual(['潼南区', 'programme:ip-pilot-city', 2017]);
  });

  it('我市 in an article whose main place is a province is listed, not guessed', () => {
    const d = text('湖北省知识产权局召开会议。我市获批国家知识产权试点城市。', '2020-11-19');
    expect(d.designations).toEqual([]);
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'place', text: '我市' }));
  });

  it('a city named only in an enumeration is not the article’s own: 我市 stays unresolved, its figures unplaced', () => {
    // (sentences written for this test) 我市 is contrasted with the listed cities; none of them is "our city"
    const d = text('我市去年专利申请量5123件。除我市外,本省还有开封、许昌和商丘入选国家知识产权试点城市。', '2020-03-02');
    expect(d.observations.map((o) => o.place)).not.toContain('开封市');
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'place', text: '我市' }));
    // the same figures when the article names its city outside the list: they are its
    const named = text('许昌市召开知识产权工作会议。我市去年专利申请量5123件。除我市外,本省还有开封和商丘入选国家知识产权试点城市。', '2020-03-02');
    expect(named.observations.map((o) => [o.place, o.value])).toContainEqual(['许昌市', 5123]);
  });

  it('counties by their former names, and 国家知识产权强国建设试点县区 as the strong-county pilot (sentences written for this test)', () => {
    const d = text('2015年,芜湖市无为县和繁昌县两县入选国家知识产权强县工程示范县(区)。', '2015-06-01');
    expect(d.designations.map((x) => [x.place, x.programme, x.year])).toEqual([
      ['无为市', 'programme:ip-strong-county-project-demonstration', 2015],
      ['繁昌区', 'programme:ip-strong-county-project-demonstration', 2015],
    ]);
    const p = text('2022年,利州區獲批國家知識產權強國建設試點縣區。', '2022-12-01');
    expect(p.designations.map((x) => [x.place, x.programme, x.year])).toEqual([['利州区', 'programme:ip-strong-county-pilot', 2022]]);
  });

  it('the older title 国家知识产权工作示范城市 is not the demonstration-city programme', () => {
    const d = text('日前,国家知识产权局正式批复,确定南京市为“国家知识产权工作示范城市”.此项殊荣既肯定了近年来南京市知识产权工作取得的突出成效,同时也对南京市的示范工作提出了更高要求。', '2010-09-14');
    expect(d.designations).toEqual([]);
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'designation', reason: expect.stringContaining('older title') }));
  });
});

describe('the older title in English governs only its own list', () => {
  it('"26 of which are national IPR work model cities including Yichang …, 25 are national IPR pilot cities including Taizhou …"', () => {
    const d = text(
      'As of now, 52 cities are qualified for application, 26 of which are national IPR work model cities including Yichang in Hubei province, Changchun in Jilin province, 25 are national IPR pilot cities including Taizhou in Zhejiang province, Nanyang in Henan province, the last city Anyang in Henan is IPR cultivation city.',
      '2013-04-02',
    );
    expect(d.designations.map((x) => [x.place, x.programme])).toEqual([
      ['台州市', 'programme:ip-pilot-city'],
      ['南阳市', 'programme:ip-pilot-city'],
    ]);
    expect(d.unresolved.filter((u) => u.kind === 'designation').map((u) => u.text)).toEqual(['Yichang', 'Changchun']);
  });
});

describe('events and positions', () => {
  it('"released a white paper … at the opening ceremony of …" on a full date is an event where it was held', () => {
    const d = text(
      'On April 21, Deputy Director He Huaying of Nanjing Intellectual Property Office released a white paper on the status of IP development and protection of the city in 2020 at the opening ceremony of the 2021 IP Publicity Week of Jiangsu Province & Nanjing City.',
      '2021-05-06',
    );
    expect(d.events.map((e) => [e.place, e.date, e.kind])).toEqual([['南京市', '2021-04-21', 'ceremony']]);
  });

  it('副市长 with no organisation named is the article city’s deputy mayor; a province’s article gives none', () => {
    const d = text('12月12日,连云港市通过验收。连云港市委高度重视。副市长吴海云出席验收会并具体汇报了试点工作开展情况。', '2017-12-14');
    expect(d.positions.map((p) => [p.person, p.at, p.title])).toEqual([['person:wu-haiyun', '连云港市', '副市长']]);
    expect(d.positions[0]!.extraction!.rule).toContain("organisation from the article's place");
    expect(text('湖北省知识产权局召开会议。副市长吴海云出席会议。').positions).toEqual([]);
  });
});

describe('titles of the article’s city and province with no organisation named (sentences written for these tests)', () => {
  it('a chain of the city’s titles (市委副书记、市长) and a province’s (省委常委、常务副省长, 副省长) go to the article’s city and its province', () => {
    const d = text('芜湖市召开知识产权大会。会上,省委常委、常务副省长王明讲话。市委副书记、市长李强出席并致辞。芜湖市将继续推进。', '2024-05-01');
    expect(d.positions.map((p) => [p.person, p.title, p.at])).toEqual([
      ['person:wang-ming', '省委常委', '安徽省'],
      ['person:wang-ming', '常务副省长', '安徽省'],
      ['person:li-qiang', '市委副书记', '芜湖市'],
      ['person:li-qiang', '市长', '芜湖市'],
    ]);
  });

  it('a chain that mixes levels (市委常委、副省长) is listed, not guessed', () => {
    const d = text('芜湖市召开知识产权大会。市委常委、副省长王明出席。芜湖市将继续推进。', '2024-05-01');
    expect(d.positions).toEqual([]);
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'position' }));
  });
});

describe('events of a touring campaign and summits (sentences written for these tests)', () => {
  it('a leg of a tour (安徽站活动) launched on a day, a named activity (“…”活动), an English summit held', () => {
    expect(text('2019年“知识产权服务万里行”安徽站活动于11月5日在合肥启动。', '2019-11-06').events.map((e) => [e.place, e.date])).toEqual([['合肥市', '2019-11-05']]);
    expect(text('5月10日,芜湖市“知识产权进企业”活动在高新区举行。', '2023-05-11').events.map((e) => [e.place, e.date])).toEqual([['芜湖市', '2023-05-10']]);
    expect(text('The Hefei Intellectual Property Summit was held on May 9.', '2023-05-11').events.map((e) => [e.place, e.date])).toEqual([['合肥市', '2023-05-09']]);
  });
});

describe('English positions', () => {
  it('"NAME, commissioner of CNIPA" and "Vice Mayor NAME of CITY" give positions in the agency’s own title; a place\'s IP office not in entities.json is proposed', () => {
    const cnipa = text('Shen Changyu, commissioner of the China National Intellectual Property Administration, attended the meeting in Beijing.', '2021-05-06');
    expect(cnipa.positions.map((p) => [p.person, p.at, p.title])).toEqual([['person:shen-changyu', 'agency:cnipa', '局长']]);
    expect(cnipa.proposed?.people.map((p) => p.id)).toEqual(['person:shen-changyu']);
    const mayor = text('Vice Mayor Wu Haiyun of Lianyungang attended the meeting.', '2017-12-14');
    expect(mayor.positions.map((p) => [p.person, p.at, p.title])).toEqual([['person:wu-haiyun', '连云港市', '副市长']]);
    const t5 = text('On April 21, Deputy Director He Huaying of Nanjing Intellectual Property Office released a white paper at the opening ceremony.', '2021-05-06');
    // (branch s8-10-rules: proposed as the city's IP office, as the Chinese 市知识产权局 is, no longer only listed)
    expect(t5.positions.map((p) => [p.person, p.at, p.title, p.extraction?.rule])).toEqual([['person:he-huaying', 'agency:nanjing-ipo', '副局长', 'position:english-title+name, proposed person, proposed agency']]);
    expect(t5.unresolved).toContainEqual(expect.objectContaining({ kind: 'agency', text: 'Nanjing Intellectual Property Office' }));
  });
});

describe('positions that cannot be resolved are listed with their reason', () => {
  it('a garbled organisation before 局長 (t7) and an office not in entities.json (市知识产权局, t2)', () => {
    const d = text('“今年知識產權宣傳周活動的主題?!眹抑R產(chǎn)權(quán)局局長申長雨說,知識產權是發展的重要資源。', '2015-04-20');
    expect(d.positions).toEqual([]);
    expect(d.unresolved).toContainEqual(expect.objectContaining({ kind: 'position', reason: 'the organisation before this title is garbled in the page text' }));
    const t2 = text('日前,受国家知识产权局委托,市知识产权局副局长范俊安率验收组来潼。', '2020-11-19');
    expect(t2.positions).toEqual([]);
    expect(t2.unresolved).toContainEqual(expect.objectContaining({ kind: 'position', text: '市知识产权局副局长范俊安' }));
  });
});

describe('assessments', () => {
  it('one acceptance, dated by the sentence that opens it; 我市 is the article’s city', () => {
    const d = text(
      '12月12日,受国家知识产权局委托,江苏省知识产权局对连云港市国家知识产权试点城市创建工作进行了验收。专家组通过听取汇报、审阅资料以及答辩质询,认为连云港市已经完成了各项目标任务。经过认真评议、打分,最终我市以综合考评95分高分通过验收。',
      '2017-12-14',
    );
    expect(d.assessments.map((a) => [a.subjects, a.kind, a.outcome, a.date])).toEqual([[['连云港市'], 'acceptance', 'passed', '2017-12-12']]);
  });

  it('later sentences about the same acceptance, without a date of their own, are not more acceptances', () => {
    const d = text(
      '日前,受国家知识产权局委托,验收组来潼,经过严格评审和现场考核,一致同意潼南通过国家知识产权试点城市验收。\n我区自2017年被国家知识产权局确定为国家知识产权试点城市以来,成效显著。\n在考核验收过程中,验收组对我区国家知识产权试点城市建设工作进行了全面考核。验收组一致认为,潼南区较好完成了各项建设目标,同意通过验收。',
      '2020-11-19',
    );
    expect(d.assessments.map((a) => [a.subjects, a.year])).toEqual([[['潼南区'], 2020]]);
  });

  it('合格 is an outcome: passed', () => {
    const d = text('2022年12月,国家知识产权局对黄石市国家知识产权试点城市工作进行考核,黄石市考核合格。', '2023-01-05');
    expect(d.assessments.map((a) => [a.subjects, a.year, a.outcome])).toEqual([[['黄石市'], 2022, 'passed']]);
  });

  it('an appraisal (给予较高评价) is an outcome', () => {
    const d = text('2010年,南京市为期两年的创建国家知识产权示范城市创建期满。6月,国家知识产权局组织专家组专程来宁对创建工作进行考核验收,对全市知识产权示范工作给予较高评价。', '2010-09-14');
    expect(d.assessments.map((a) => [a.subjects, a.year, a.outcome])).toEqual([[['南京市'], 2010, 'rated highly']]);
  });
});

describe('words of assessment that are no assessment of a programme (sentences written for these tests)', () => {
  it('praise (给予了高度评价) and a general business-environment rating (营商环境评价…优秀) are listed, not proposed', () => {
    const praise = text('会上,国家知识产权局局长对芜湖市的知识产权工作给予了高度评价,认为其成效显著。', '2016-05-01');
    expect(praise.assessments).toEqual([]);
    const rating = text('芜湖市知识产权指标连续两年在全省营商环境评价中获得优秀等次。', '2022-05-01');
    expect(rating.assessments).toEqual([]);
    expect(rating.unresolved).toContainEqual(expect.objectContaining({ kind: 'assessment', reason: expect.stringContaining('general rating') }));
  });

  it('an assessment of the programme in the same words is still proposed', () => {
    const d = text('芜湖市在2015年度国家知识产权示范城市考核中获得优秀等次。', '2016-05-01');
    expect(d.assessments.map((a) => [a.subjects, a.year ?? a.date])).toEqual([[['芜湖市'], 2015]]);
  });
});

