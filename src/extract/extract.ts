/**
 * The rule-based extractor: a raw article → a draft facts file in the schema of seeds/*.facts.json.
 * It reuses the cleaning steps (ingest/clean.ts), reads only the article body (never boilerplate),
 * resolves places with the one name resolver, and gives every fact its exact quote (a substring of
 * the cleaned body), a confidence and the rule that found it. What it cannot resolve is listed under
 * `unresolved` with the reason. Deterministic: no randomness, no clock, stable order.
 */
import { basename } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { toSimplified, traditionalForms } from '../ingest/chinese.js';
import { cleanPage } from '../ingest/clean.js';
import { isoOf, resolveDateText } from '../ingest/dates.js';
import { articleMeta, languageOf, publication } from '../ingest/article-meta.js';
import type { ArticleFacts, Entities } from '../ingest/facts.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import type { Division } from '../names/resolver.js';
import { classifyKey, giiRank, isFlow, isStock, metricFamily, metricsOf } from './metrics.js';
import { PlaceScanner, type PlaceSpan } from './places.js';
import { splitSentences, type Sentence } from './sentences.js';
import { COUNT_OF_FILERS, MULTI_YEAR_SPAN, PROGRAMME_WORDS, RANK_BEFORE_NUMBER, SUBSET_QUALIFIER, ZONE_SUBJECT, ASSESSED_UNIT, CEREMONY_ACT, RECIPIENT_MARKER, EVENT_NOUN_WIDE, HELD_VERB, TITLE_ACT, NOT_A_TITLE_RE } from './vocabulary.js';

export const EXTRACTOR_VERSION = 'rules-1';

export interface ExtractOptions {
  /** File name of the article, for the draft's header. */
  file: string;
  /** Publication date when the page does not show one (YYYY-MM-DD). */
  published?: string;
  url?: string;
  /**
   * Recall mode, for the accept/reject filter measured by `npm run bench:extract -- --cv`
   * (bench/extract/filter.ts): a figure that a guard of the observation rules would list under
   * `unresolved` (a national or provincial total, no place, who filed, a part of a count, several years,
   * a park's figure, a target) is proposed as well, its rule tagged with the guards that fired
   * (`observation:count-with-unit, candidate:target`; a figure with no place takes the place the article
   * names most); words that name only what is counted give one candidate per metric of the family
   * (`generic-metric`); a year's figure is also read as of the year's last day and back
   * (`period-alternative`). Designations the generators' judge drops (a plan or an aim, a place of the
   * wrong kind: `candidate:not-a-title`, `candidate:scope`) and dated sentences with an event noun that the
   * event judge drops (`candidate:no-held-verb`, `future`, `no-day`, `assessment`) are proposed too. The
   * untagged facts are the rules' draft.
   * Default false: the rules as they are.
   */
  candidates?: boolean;
}

export interface ExtractContext {
  gazetteer: Gazetteer;
  entities: Entities;
}

export class ExtractError extends Error {}

type Draft = ArticleFacts;
type Unresolved = Draft['unresolved'][number];

interface Mention {
  span: PlaceSpan;
  division: Division | null;
}

interface Named {
  id: string;
  start: number;
  end: number;
}

const DESIGNATE = /^(?:作为|作為)[^，,。]{0,8}?(?:知识产权|知識產權)|(?:包括|包含|分别是|分別是|分别为|分別為)[:：]|入选|入選|入列|荣膺|榮膺|获批|獲批|名单|名單|遴选出|被命名为|被命名為|被评为|被評為|授予[^，,。]{0,20}(?:称号|稱號)|跻身|躋身|纳入[^，,。]{0,10}(?:名单|行列)|納入[^，,。]{0,10}(?:名單|行列)|awarded the title|honou?red as|listed as|approved to (?:be|become)|確定.{0,60}?為|确定.{0,60}?为|列为|列為|成为|成為|became|selected|approved as|designated|as one of|been named|were named|credited|\b(?:is|are|was|were) (?:the |a |an )?(?:first batch of )?(?:national )?[\w -]{0,40}?(?:demonstration|pilot|model) (?:cit|zone)/iu;
const NOT_YET = /申报|申報|争创|爭創|力争|力爭|拟|擬|apply|applying|nominee/iu;
const ASSESS = /验收|驗收|考核|复核|複核|评估|評估|考评|考評|绩效|績效|督查激励|督查激勵|评价|評價|acceptance|assessment|evaluation|re-examination|re-evaluation/iu;
/** Words of assessment that are none of a programme's (on Simplified text): praise, an honour, a government's general ratings. */
const NOT_AN_ASSESSMENT = /(?:高度|充分|一致|积极)评价|给予[^，,。；;]{0,16}(?:评价|好评)|好评|获评|荣获[^，,。；;]{0,8}评|营商环境(?:评价|评估|考核)|高质量发展[^，,。；;]{0,8}(?:绩效)?考核|综合绩效考核|\bhighly (?:praised|appraised|evaluated)\b|\bpraised\b/giu;
const OUTCOME = /通过|通過|合格|达标|達標|优秀|優秀|表扬|表揚|位居|(?:考评|考評|考核|评估|評估|评比|評比)第[一二三四五六七八九十\d]+|给予[^，,。]{0,4}(?:评价|肯定)|給予[^，,。]{0,4}(?:評價|肯定)|第[一二三四五六七八九十\d]+(?:名|位)|(?:排名|名列|位列|排在)第[一二三四五六七八九十\d]+|获(?!悉)|獲(?!悉)|passed|excellent|outstanding|rating|rated|ranks?|ranked|double excellent/iu;
const EVENT = /会议|會議|大会|大會|仪式|儀式|论坛|論壇|发布会|發布會|座谈会|座談會|培训班|培訓班|ceremony|conference|meeting|forum/iu;
const EVENT_VERB = /召开|召開|举行|舉行|举办|舉辦|启动|啟動|开幕|開幕|held|launched|opened/iu;
/** Words that say an assessment was carried out (对…进行考核验收, 开展…验收, 赴…验收, "conducted an acceptance"). */
const CARRIED_OUT = /进行|進行|开展|開展|组织|組織|conducted|carried out/iu;
/** Words that put the assessment in the future: no assessment yet. */
const FUTURE = /将|將|拟|擬|计划|計劃|即将|即將|准备|準備|will|plans? to|is to be/iu;
/** An office named after a place (云南省知识产权局, 四川省市场监督管理局): the place is the office's. */
const OFFICE_AFTER = /^(?:省|市|州|县|区)?(?:知识产权局|市场监督管理局|市场监管局|科学技术厅|科技厅|科技局|知识产权服务|专家|(?:知识产权)?保护中心)/u;
/** Words before a figure that make it a bound or a round figure: 突破10万件, 超过, 逾, "more than 300". */
const ROUNDED = /(?:突破|超过|逾|近|约|more than|over|nearly|about|around|almost)\s*$/iu;
const ASPIRE = /力争|力爭|争取|爭取|确保|確保|努力实现|strive|aims? to|will pass/iu;
/** A news agency's dateline at the head of the body: 新华社北京4月20日电, 本报北京5月6日讯, "BEIJING, April 20 (Xinhua) --". */
const DATELINE = /^[^\n。]{0,12}?(?:社|报|報|网|網|电|電)\p{Script=Han}{2,8}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)|^[A-Z][A-Z ]{2,30}, [A-Z][a-z]+\.? \d{1,2} \([^)]{2,30}\)/u;
/** The older "IP work" titles (国家知识产权工作示范城市/试点城市), not the programmes of seeds/entities.json. */
const OLDER_TITLE_ID = 'title:older-ip-work-city';
const OLDER_TITLE = /知识产权工作(?:示范|试点)城市|IP(?:R)? work (?:model|demonstration|pilot) cit(?:y|ies)|intellectual property work (?:model|demonstration|pilot) cit(?:y|ies)/iu;
/** Something done at a meeting or ceremony: the meeting took place ("released a white paper at the opening ceremony of …"). */
const EVENT_AT = /\bat the (?:[\w-]+ ){0,3}(?:ceremony|conference|meeting|forum)\b|在[^，,。；]{2,40}(?:仪式|会议|大会|论坛|发布会)上/iu;
/** A title of a city's, district's or county's government or party committee, written without the place (副市长, 市委书记). */
const CITY_TITLE = /^(?:常务)?(?:副)?(市|区|县)(?:长|委(?:副)?书记|委常委)$/u;
/** A province's title with no organisation of its own: 副省长, 常务副省长, 省委常委, 省委(副)书记. */
const PROVINCE_TITLE = /^(?:常务)?(?:副)?省(?:长|委(?:副)?书记|委常委)$/u;
/** A target or forecast: its figures are not observations. */
const TARGET = /力争|预计|预期|目标(?:是|为|值|：|:)|计划(?:到|在|于)|到20\d{2}年|将(?:达到|突破|超过)|aims? (?:for|to)|\btargets?\b(?! of the)|expected to|is projected|will (?:reach|exceed|break|top)|plans? to|strives? to/iu;
const RECENT = /近日|日前|近期|今年|刚刚|剛剛|(?<![月\d])\d{1,2}日(?![\d电電])|recently|this year|has just been|have just been/iu;
/** Page chrome the cleaning can leave in a body: registration numbers, contact lines, copyright. */
const CHROME = /ICP备|ICP证|京公网安备|copyright ©|©|all rights reserved|版权所有|联系电话|联系方式|传\s?真|e-mail|电子邮件|通讯地址|通信地址|邮\s?编|浏览次数|分享到|\btel:|\bfax:/iu;

const ZH_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:至|到)(?:\d{1,2}月)?\d{1,2}日|(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|今年(\d{1,2})月|(\d{4})年(\d{1,2})月/u;
/** A wire dateline at the head of a sentence (人民网东营7月2日电, "BEIJING, April 20 (Xinhua) --"): the day the story was filed, not the day of what it reports. */
const SENTENCE_DATELINE = /^[^\n。，,]{0,12}?(?:社|报|報|网|網|电|電|讯|訊)\p{Script=Han}{0,8}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)|^[A-Z][A-Z ]{2,30}, [A-Z][a-z]+\.? \d{1,2} \([^)]{2,30}\)/u;
const EN_DATE = /\b(?:On |on |in |In )?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{4}))\b/u;

const EN_WORD_NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const CN_NUM_MONTH: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const TITLE_EN: ReadonlyArray<readonly [string, string]> = [
  ['党组副书记', 'Deputy Party Secretary'],
  ['党组书记', 'Party Secretary'],
  ['市委副书记', 'Deputy Secretary of the Municipal Party Committee'],
  ['市委书记', 'Secretary of the Municipal Party Committee'],
  ['市委常委', 'Member of the Standing Committee of the Municipal Party Committee'],
  ['副书记', 'Deputy Secretary'],
  ['书记', 'Secretary'],
  ['副省长', 'Vice Governor'],
  ['省长', 'Governor'],
  ['副司长', 'Deputy Director-General'],
  ['司长', 'Director-General'],
  ['副市长', 'Deputy Mayor'],
  ['市长', 'Mayor'],
  ['副局长', 'Deputy Director'],
  ['局长', 'Director'],
  ['副主任', 'Deputy Director'],
  ['主任', 'Director'],
  ['副部长', 'Deputy Head'],
  ['部长', 'Head'],
  ['副主席', 'Vice Chair'],
  ['主席', 'Chair'],
  ['副院长', 'Vice President'],
  ['院长', 'President'],
  ['副县长', 'Deputy County Head'],
  ['县长', 'County Head'],
  ['副区长', 'Deputy District Head'],
  ['区长', 'District Head'],
  ['常委', 'Standing Committee Member'],
];
const TITLE_WORD = '(?:党组|党委|市委|省委|县委|区委)?(?:副)?(?:书记|市长|省长|局长|主任|部长|主席|院长|县长|区长|常委|厅长|处长|司长)';
/** A chain of titles ending right before a name: 市委副书记、市长 | 党组副书记、副局长. */
const TITLE_CHAIN = new RegExp(`((?:[\\p{Script=Han}]{0,16}?(?:${TITLE_WORD})[、,，]?)+)$`, 'u');
const NAME_AFTER_TITLE = new RegExp(`(${TITLE_WORD})((?:[、,，]?${TITLE_WORD})*)(\\p{Script=Han}{2,3}?)(?=主持|出席|致辞|讲话|表示|介绍|指出|参加|宣读|一行|于|在|说|称|强调|率|带领|带队|陪同|代表|等|与|和|及|来到|前往|赴|向|授予|颁发|会见|调研|考察|视察|听取|看望|为|将|接牌|\\d{1,2}月|的(?:带领|率领|陪同|主持)|[,，、。；:：\\s(（]|$)`, 'gu');
/** Words that are never a person's name although they stand where one would (a verb after a title: 副局长主持). */
const NOT_A_NAME = /^(?:主持|出席|致辞|讲话|表示|介绍|指出|参加|宣读|一行|强调|带领|带队|陪同|代表|率领|等|接牌|领牌|接受|领取)|[局厅委党部处司院府室会副]/u;
/** A name between an office and its title (大理州知识产权局杨红斌副局长主持, 大理市人民政府李欣副市长代表…). */
const NAME_BEFORE_TITLE = new RegExp(`(?<=局|厅|政府|委员会|中心|办公室)(\\p{Script=Han}{2,3}?)(${TITLE_WORD})(?=主持|出席|致辞|讲话|表示|介绍|指出|参加|宣读|一行|带领|带队|陪同|代表|和|与|及|等|[,，、。；:：\\s]|$)`, 'gu');

// ---------------------------------------------------------------------------------------------

export function extractArticle(raw: string, opts: ExtractOptions, ctx: ExtractContext): Draft {
  const page = cleanPage(raw);
  const body = page.body;
  const wholePage = [page.title ?? '', ...page.meta, body, page.boilerplate].join('\n');
  const language = languageOf(body);
  const published = publication(page.meta, body, opts.published);
  const pubYear = Number(published.date.slice(0, 4));
  const scanner = new PlaceScanner(ctx.gazetteer.names);
  const names = ctx.gazetteer.names;
  const sentences = splitSentences(body);
  const unresolved: Unresolved[] = [];
  const unresolvedSeen = new Set<string>();
  const report = (u: Unresolved): void => {
    const k = `${u.kind}|${u.text}|${u.reason}`;
    if (!unresolvedSeen.has(k)) {
      unresolvedSeen.add(k);
      unresolved.push(u);
    }
  };

  // a wire dateline (人民网东营7月2日电) whose day is not the page's date: the page's date is a repost stamp
  // (发布时间:2022-05-25 on a 2012 story), so the year of every undated day would be wrong; said, not guessed
  if (!opts.published) {
    const wire = sentences.slice(0, 3).map((x) => SENTENCE_DATELINE.exec(x.text)?.[0]).find((x) => x && /\d{1,2}月\d{1,2}日/u.test(x));
    const md = wire ? /(\d{1,2})月(\d{1,2})日/u.exec(wire) : null;
    if (wire && md && published.date.slice(5) !== `${md[1]!.padStart(2, '0')}-${md[2]!.padStart(2, '0')}`) {
      report({ kind: 'article', text: wire, reason: `the page's date (${published.date}) is not the day of the wire dateline (${md[0]}): it may be the date of a repost; check it and pass --published YYYY-MM-DD`, quote: wire });
    }
  }

  // Places named in the body, settled by the body's own context (its provinces and cities).
  // a place name that is the tail of a programme word (范县 in 示范县) is no place
  const spans = scanner.scan(body).filter((sp) => !PROGRAMME_WORDS.some((w) => w.length > sp.text.length && toSimplified(body.slice(Math.max(0, sp.end - w.length), sp.end)) === w));
  const unique = spans.filter((s) => s.candidates.length === 1).map((s) => s.candidates[0]!.adcode);
  const mentions: Mention[] = spans.map((span) => {
    // a district that shares its name with a better-known place is the one in the city the article names,
    // when the article names none of the better-known places or their cities ("Guangzhou's Huangpu district")
    // (the city must be named by another name: 新乡 alone, in 中国(新乡)知识产权保护中心, is the city, not 新乡县 in it)
    const local = span.others.filter((d) => d.parentAdcode && unique.includes(d.parentAdcode) && spans.some((o) => o.text !== span.text && o.candidates.length === 1 && o.candidates[0]!.adcode === d.parentAdcode));
    if (local.length === 1 && !span.candidates.some((c) => c.parentAdcode && unique.includes(c.parentAdcode))) return { span: { ...span, candidates: local }, division: local[0]! };
    if (span.candidates.length === 1) return { span, division: span.candidates[0]! };
    // a shared name written right after its own city (辽宁省沈阳市铁西区, 济南市市中区) is that city's
    const before = spans.find((o) => o.end === span.start && o.candidates.length === 1);
    const child = before ? span.candidates.filter((c) => c.parentAdcode === before.candidates[0]!.adcode) : [];
    if (child.length === 1) return { span, division: child[0]! };
    const r = names.resolve(span.text, { within: unique });
    if (r.status === 'resolved') return { span, division: r.division };
    report({ kind: 'place', text: span.text, reason: r.status === 'ambiguous' ? r.reason : r.reason, candidates: span.candidates.map((c) => names.describe(c)), quote: sentenceAt(sentences, span.start)?.text });
    return { span, division: null };
  });
  const provincesNamed = new Set(spans.flatMap((sp) => sp.candidates.map((c) => c.provinceAdcode)));
  const namedCity = mostNamedCity(mentions.filter((m) => m.division));
  const agencies = findEntities(body, ctx.entities.agencies.map((a) => ({ ...a, aliases: [...a.aliases, ...provincialShortForms(a, names, provincesNamed, namedCity)] })));
  // the older "IP work" titles are named like programmes, so that they govern their clause as one would
  const olderTitles: Named[] = [...[...body].map((c) => toSimplified(c)).join('').matchAll(new RegExp(OLDER_TITLE.source, 'giu'))].map((m) => ({ id: OLDER_TITLE_ID, start: m.index, end: m.index + m[0].length }));
  // 知识产权示范城市 / 知识产权试点城市 without 国家 (作为全国首批知识产权示范城市): the national programme of that name
  const bareTitles: Named[] = [...[...body].map((c) => toSimplified(c)).join('').matchAll(/(?<!工作|建设|创建|国家)知识产权(示范|试点)城市(?!创建|培育|建设)/gu)].map((m) => ({ id: m[1] === '示范' ? 'programme:ip-demonstration-city' : 'programme:ip-pilot-city', start: m.index, end: m.index + m[0].length }));
  // a national programme written without 国家 (获批…十大知识产权强市创建市), when what is left is still a name of its own
  // (9 characters or more: not 知识产权示范城市, read above with its exclusions) and no province's or city's own
  // programme of that name (省知识产权强县工程示范县) is meant
  const simpBody = [...body].map((c) => toSimplified(c)).join('');
  const withoutNational: Named[] = ctx.entities.programmes.flatMap((p) => {
    const rest = p.name.startsWith('国家') ? p.name.slice(2) : '';
    if (rest.length < 9) return [];
    return [...simpBody.matchAll(new RegExp(`(?<!国家|省|市|级|县|区|州)${rest}`, 'gu'))].map((m) => ({ id: p.id, start: m.index, end: m.index + m[0].length }));
  });
  const programmes = mergeNamed(mergeNamed(mergeNamed(mergeNamed(findEntities(body, ctx.entities.programmes), olderTitles), englishProgrammes(body, ctx.entities.programmes.map((p) => p.id))), bareTitles.filter((b) => ctx.entities.programmes.some((p) => p.id === b.id))), withoutNational);
  const organisations = findEntities(body, ctx.entities.organisations);
  // A place inside an agency's name (湖北省知识产权局) is the agency's, not a subject.
  // A place in a wire dateline (新华社北京4月20日电, "BEIJING, April 20 (Xinhua)") is where the story was filed, not a subject.
  const dateline = DATELINE.exec(body);
  const placeMentions = mentions.filter((m) => m.division && !agencies.some((a) => m.span.start >= a.start && m.span.end <= a.end) && !(dateline && m.span.start >= dateline.index && m.span.end <= dateline.index + dateline[0].length));
  // the article's own place: the place it names most; when it names none (every figure is 全市, 我县), the
  // place whose government site published it (scjgj.nantong.gov.cn, www.xiangyin.gov.cn), if the
  // address names exactly one place
  // (a place named only inside an enumeration of places, 还有郑州、新乡和南阳, is one of several the article
  // lists, not its own: it does not count)
  const inOrder = [...placeMentions].sort((a, b) => a.span.start - b.span.start);
  const mainPlace = mostNamedCity(inOrder.filter((m, i) => !listed(body, inOrder, i))) ?? sitePlace(opts.url, names);
  // (recall mode: a figure with no place of its own takes the place the article names most, a province too)
  const anyPlace = mainPlace ?? mostNamedPlace(placeMentions);
  // the province an article is about, when the place it names most is a province (not a municipality)
  const articleProvince = ((d) => (d && d.level === 'province' && !d.municipality ? d : null))(mostNamedPlace(placeMentions));
  // 我市/本市, 我区, 我县: the article's own place, when it is of that level (a district for 我区); else listed
  for (const m of body.matchAll(/(?:我|本)(市|区|區|县|縣)(?!场|場|民|长|長|委|政府|级|級|域)/gu)) {
    const level = m[1] === '市' ? 'city' : /区|區/u.test(m[1]!) ? 'district' : 'county';
    const fits = mainPlace && (level === 'city' ? mainPlace.level === 'prefecture' || mainPlace.level === 'autonomous-prefecture' || mainPlace.municipality || mainPlace.level === 'county-level-city' : level === 'district' ? mainPlace.level === 'district' : mainPlace.level === 'county');
    if (!fits) {
      report({ kind: 'place', text: m[0], reason: `the article's own ${level}, but the article names no ${level} as its main place`, quote: sentenceAt(sentences, m.index)?.text });
      continue;
    }
    placeMentions.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0], candidates: [mainPlace], others: [] }, division: mainPlace });
  }
  // 该省/本省/我省 ("this province"): the province the article is about (its most named place when that is a
  // province, else the province of its own city); a municipality's article names none
  const ownProvince = articleProvince ?? (mainPlace && !mainPlace.municipality && mainPlace.level !== 'province' ? (names.get(mainPlace.provinceAdcode) ?? null) : mainPlace && mainPlace.level === 'province' && !mainPlace.municipality ? mainPlace : null);
  for (const m of body.matchAll(/(?:该|該|本|我)省(?!委|政府|级|級|内|內|外|份)/gu)) {
    // (我省的芜湖, 该省南阳市: the province of the place named right after it)
    const next = placeMentions.find((p) => p.span.start >= m.index + m[0].length && p.span.start <= m.index + m[0].length + 1 && /^的?$/u.test(body.slice(m.index + m[0].length, p.span.start)));
    const named = next && next.division!.level !== 'province' ? (names.get(next.division!.provinceAdcode) ?? null) : null;
    if (named) {
      placeMentions.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0], candidates: [named], others: [] }, division: named });
      continue;
    }
    if (!ownProvince) {
      report({ kind: 'place', text: m[0], reason: 'the article\'s own province, but the article names no province or city of one', quote: sentenceAt(sentences, m.index)?.text });
      continue;
    }
    placeMentions.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0], candidates: [ownProvince], others: [] }, division: ownProvince });
  }
  placeMentions.sort((a, b) => a.span.start - b.span.start);

  /** The kind of place a programme names, from entities.json's `scope` ("county or district", "city"). */
  const scopeOf = (id: string): string | undefined => ctx.entities.programmes.find((p) => p.id === id)?.scope;
  /**
   * Whether a place is of the kind its programme names: a county-level programme (scope "county or
   * district": 强县工程, 强县建设) names districts, counties and county-level cities, never a prefecture-level
   * city or a municipality; a city programme (scope "city") never names a county. Other scopes are not
   * checked.
   */
  const fitsScope = (id: string, d: Division): boolean => {
    const scope = scopeOf(id);
    const countyLevel = d.level === 'district' || d.level === 'county' || d.level === 'county-level-city';
    if (scope === 'county or district') return countyLevel;
    // (districts are left to the list: strong-city lists name districts, 北京市海淀区, beside cities)
    if (scope === 'city') return d.level !== 'county';
    return true;
  };
  /** How a draft names a place: its name, or its parent's name and its own (北京市朝阳区) when the name is shared, else its id. */
  const ref = (d: Division): string => {
    const parent = d.parentAdcode ? names.get(d.parentAdcode) : undefined;
    for (const form of [d.name, ...(parent ? [`${parent.name}${d.name}`] : [])]) {
      const r = names.resolve(form);
      if (r.status === 'resolved' && r.division.adcode === d.adcode) return form;
    }
    return `${d.level === 'province' && !d.municipality ? 'province' : 'city'}:${d.adcode}`;
  };
  const inSentence = (s: Sentence): Mention[] => placeMentions.filter((m) => m.span.start >= s.start && m.span.end <= s.end);
  const isCityLevel = (d: Division): boolean => d.level !== 'province' || d.municipality;
  /**
   * Where a sentence says its event was held: the place between 在 and 召开/举行/举办 (在广州召开, 在合肥市召开的…会),
   * or a municipality's one-character name there (在京举行: Beijing); "held in X". Null when the words name none.
   */
  const heldAt = (s: Sentence, here: Mention[]): Division | null => {
    const simp = toSimplified(s.text);
    const zh = /在([^，,。；;在]{1,12}?)(?:召开|举行|举办|隆重召开|隆重举行)/u.exec(simp);
    const en = /\b(?:held|launched|hosted|opened) in ([A-Z][\w ]{1,30})/u.exec(s.text);
    for (const m of [zh, en]) {
      if (!m) continue;
      const from = s.start + m.index + m[0].indexOf(m[1]!);
      const inIt = here.find((x) => x.span.start >= from && x.span.end <= from + m[1]!.length && isCityLevel(x.division!));
      if (inIt) return inIt.division;
      const short = MUNICIPALITY_SHORT[m[1]!];
      if (short) {
        const r = names.resolve(short);
        if (r.status === 'resolved') return r.division;
      }
    }
    return null;
  };
  const progIn = (s: Sentence): Named[] => programmes.filter((p) => p.start >= s.start && p.end <= s.end);
  /** The subject when a sentence names no place: the first place of the nearest earlier sentence of its paragraph, else the article's main city. */
  const subjectBefore = (i: number, provinces = false): { division: Division; how: string } | null => {
    for (let j = i - 1; j >= 0 && sentences[j]!.paragraph === sentences[i]!.paragraph; j--) {
      const m = inSentence(sentences[j]!)[0];
      // for a figure, a province named in passing (8 Sichuan Patent Awards) does not take over from the article's city
      if (m?.division && (provinces || isCityLevel(m.division) || !mainPlace || mainPlace.provinceAdcode !== m.division.adcode)) return { division: m.division, how: 'earlier sentence' };
    }
    return mainPlace ? { division: mainPlace, how: 'article' } : null;
  };
  const yearIn = (text: string): number | null => {
    // a year that ends a term ("through May 2022", 至2025年) is not the year of the statement
    const t = stripTermEnds(text);
    // (a year glued to its month with 年 lost in the page, 20149月, is still the year)
    const m = /(20\d{2})\s*年/u.exec(t) ?? /\b(20\d{2})\b(?!\d|,\s?\d)/u.exec(t) ?? /(?<!\d)(20\d{2})(?=(?:1[0-2]|0?[1-9])月)/u.exec(t);
    return m ? Number(m[1]) : null;
  };

  /** People named after a chain of titles in a sentence (达州市委副书记、市长严卫东). */
  const peopleIn = (s: Sentence): Array<{ name: string; nameAt: number; chainText: string; quote: string; start: number; end: number }> => {
    const out: Array<{ name: string; nameAt: number; chainText: string; quote: string; start: number; end: number }> = [];
    const simpText = [...s.text].map((c) => toSimplified(c)).join('');
    for (const m of (simpText.length === s.text.length ? simpText : s.text).matchAll(NAME_AFTER_TITLE)) {
      const nameAt = (m.index ?? 0) + m[0].length - m[3]!.length;
      const name = s.text.slice(nameAt, nameAt + m[3]!.length);
      if (NOT_A_NAME.test(toSimplified(name))) continue;
      // 吉林省长春市: 省长 + 春市 is a province and a city, not a governor
      if (spans.some((sp) => sp.start < s.start + nameAt + name.length && sp.end > s.start + nameAt)) continue;
      const window = s.text.slice(Math.max(0, nameAt - 60), nameAt);
      const chain = TITLE_CHAIN.exec(toSimplified(window));
      if (!chain) continue;
      // 副市长蒋跃建与省知识产权局局长支苏平: the chain starts after the 与/和/及 that joins two people
      const chainText0 = window.slice(window.length - chain[1]!.length);
      const chainText = chainText0.slice(Math.max(...['与', '與', '和', '及'].map((w) => chainText0.lastIndexOf(w) + 1)));
      if (!chainText) continue;
      out.push({ name, nameAt, chainText, quote: s.text.slice(nameAt - chainText.length, nameAt + name.length), start: s.start + nameAt, end: s.start + nameAt + name.length });
    }
    return out;
  };
  /** A person's id: theirs in entities.json, or a proposed new Person entry with the words that name them. */
  const personRef = (name: string, evidence: string): { id: string; known: boolean } => {
    const simplified = toSimplified(name);
    const known = ctx.entities.people.find((p) => p.name === simplified || p.aliases.includes(name));
    if (known) return { id: known.id, known: true };
    const proposal = proposePerson(simplified, name, evidence);
    const existing = draft.proposed!.people.find((p) => p.id === proposal.id);
    if (!existing) draft.proposed!.people.push(proposal);
    report({ kind: 'person', text: name, reason: `not in seeds/entities.json (people): proposed as ${proposal.id} under proposed.people; add it to entities.json to load facts that name this person`, quote: evidence });
    return { id: proposal.id, known: false };
  };

  /**
   * A place's IP office not in entities.json (云南省知识产权局, 大理州知识产权局, 省知识产权局 in an article about
   * a city of that province, 市知识产权局 the city's — Chongqing's in an article about its district 潼南): proposed as a new agency, as an unknown person is. Null when the words are
   * no place's IP office.
   */
  const isKnownAgency = (id: string): boolean => ctx.entities.agencies.some((a) => a.id === id);
  const officeRef = (start: number, end: number, evidence: string): string | null => {
    const words = toSimplified(body.slice(start, end));
    const m = /(知识产权局)$/u.exec(words);
    if (!m) return null;
    const head = words.slice(0, m.index);
    const inHead = placeMentions.filter((p) => p.span.start >= start && p.span.end <= start + head.length).at(-1);
    const d = inHead && body.slice(inHead.span.end, start + head.length).replace(/^[省市州县区]/u, '') === '' ? inHead.division! : head === '省' && mainPlace ? names.get(mainPlace.provinceAdcode) ?? null : head === '市' && mainPlace ? names.chain(mainPlace.adcode).find((x) => x.municipality || x.level === 'prefecture' || x.level === 'autonomous-prefecture' || x.level === 'county-level-city') ?? null : null;
    if (!d) return null;
    return ipOfficeOf(d, words, head.length > 1 ? [words] : [], evidence);
  };
  /** A place's IP office: its id in entities.json, or a proposed agency (`agency:<place>-ipo`) with the words that name it. */
  const ipOfficeOf = (d: Division, words: string, aliases: string[], evidence: string): string => {
    const level = d.level === 'province' ? 'provincial' : 'municipal';
    const slug = d.nameEn.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
    const id = `agency:${slug}${d.level === 'autonomous-prefecture' ? '-prefecture' : ''}-ipo`;
    const known = ctx.entities.agencies.find((a) => a.id === id);
    if (known) return known.id;
    const proposed = draft.proposed!.agencies ?? (draft.proposed!.agencies = []);
    if (!proposed.some((a) => a.id === id)) {
      proposed.push({ id, name: `${d.name}知识产权局`, nameEn: `${d.nameEn} Intellectual Property Office`, aliases: [...new Set([...aliases, ...traditionalForms(`${d.name}知识产权局`)])].filter((x) => x !== `${d.name}知识产权局`), level, evidence });
      report({ kind: 'agency', text: words, reason: `not in seeds/entities.json (agencies): proposed as ${id} under proposed.agencies; add it to entities.json to load facts that name it`, quote: evidence });
    }
    return id;
  };
  /** An English name of a place's IP office ("Shanghai Intellectual Property Administration", "Nanjing Municipal IP Bureau"): that office. */
  const englishOfficeRef = (start: number, end: number, evidence: string): string | null => {
    const words = body.slice(start, end);
    const at = placeMentions.find((p) => p.span.start === start + (/^the /iu.exec(words)?.[0].length ?? 0) && p.span.end <= end);
    if (!at?.division || !/^(?:\s(?:Province|Provincial|City|Municipal|Municipality))?(?:\s(?:People's Government))?\s(?:Intellectual Property|IP|IPR)\s(?:Office|Administration|Bureau)$/u.test(body.slice(at.span.end, end))) return null;
    return ipOfficeOf(at.division, words, [], evidence);
  };

  /**
   * Proposes a position. The rule's name says what else the draft proposes with it (a person or an agency
   * entities.json lacks) and whether the organisation came from the article's place; the confidence is
   * the rule's (known person, proposed person), × 0.9 when the organisation is the article's place and ×
   * `proposedAgencyFactor` when it is a proposed agency.
   */
  const proposePosition = (x: { person: { id: string; known: boolean }; at: string; title: string; quote: string; rule: string; confidence: readonly [number, number]; fromArticlePlace?: boolean; proposedAgencyFactor?: number }): void => {
    const proposedAgency = x.at.startsWith('agency:') && !isKnownAgency(x.at);
    draft.positions.push({
      person: x.person.id,
      at: x.at,
      title: x.title,
      titleEn: titleEn(x.title),
      quote: x.quote,
      extraction: {
        method: 'extracted',
        rule: `${x.rule}${x.person.known ? '' : ', proposed person'}${x.fromArticlePlace ? ", organisation from the article's place" : ''}${proposedAgency ? ', proposed agency' : ''}`,
        confidence: round(x.confidence[x.person.known ? 0 : 1] * (x.fromArticlePlace ? 0.9 : 1) * (proposedAgency ? (x.proposedAgencyFactor ?? 1) : 1)),
      },
    });
  };

  const draft: Draft = {
    article: articleMeta(page, body, wholePage, language, published, opts.url),
    designations: [],
    assessments: [],
    observations: [],
    events: [],
    positions: [],
    jurisdictions: [],
    administrations: [],
    unresolved,
    proposed: { people: [] },
    draft: { extractor: EXTRACTOR_VERSION, article: basename(opts.file) },
  };
  const usedKeys = new Set<string>();
  const keyOf = (base: string): string => {
    const slug = base.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'fact';
    let k = slug;
    for (let n = 2; usedKeys.has(k); n++) k = `${slug}-${n}`;
    usedKeys.add(k);
    return k;
  };
  const dateIn = (text0: string): { dateText: string; date: string; year: number } | null => {
    const text = text0.replace(SENTENCE_DATELINE, (d) => ' '.repeat(d.length));
    const zh = ZH_DATE.exec(text);
    const en = EN_DATE.exec(text);
    const words = zh?.[0] ?? en?.[1];
    if (!words) return null;
    try {
      const r = resolveDateText(words, published.date);
      return { dateText: words, date: isoOf(r), year: r.year };
    } catch {
      return null;
    }
  };

  const assessmentAt: number[] = [];
  /** Per assessment: whether its own sentence dates it. */
  const ownDated: boolean[] = [];
  /** The figure and the words right after it, per observation index, to tell a repeated figure from a new one. */
  const figureWords = new Map<number, string>();
  /** The sentence of each observation, by index. */
  const figureSentence = new Map<number, number>();
  /** Observations stated as a bound or round figure (突破10万件, "more than 300"), by index. */
  const rounded = new Set<number>();
  const eventAt: number[] = [];
  let carriedPeriod: { paragraph: number; period: Period } | null = null;
  // the place of the last figure the rules proposed, and its sentence
  let lastFigure: { sentence: number; division: Division } | null = null;
  /** The paragraph of a plan ("It is planned that by 2025, …", 到2025年,…): its next sentences go on listing targets. */
  let planParagraph: number | null = null;
  sentences.forEach((s, i) => {
    const simp = toSimplified(s.text);
    // page chrome the cleaning left in the body (ICP 备案号, contact lines, copyright) states no fact
    if (CHROME.test(simp)) return;
    const here = inSentence(s);
    const progs = progIn(s);
    let assessed = false;

    // ---- designations: a programme, a verb of selection, and the places of the list. Each place takes
    // the programme that governs its own clause ("…38个城市入选示范城市名单,与杭州一同入选的…宁波市和温州市;
    // 72个城市入选…试点城市名单": 宁波 and 温州 are demonstration cities, not pilots).
    if ((progs.length > 0 || shortProgrammeIn(simp)) && DESIGNATE.test(simp) && !(ASSESS.test(simp) && !/入选|获批|名单|became|as one of|(?:was|were|been) (?:successfully )?selected/iu.test(simp))) {
      const when = dateIn(stripTermEnds(s.text));
      const year = yearIn(s.text) ?? when?.year ?? (RECENT.test(s.text) ? pubYear : null);
      const seen = new Set<string>();
      for (const [k, m] of here.entries()) {
        const d = m.division!;
        if (!isCityLevel(d) || seen.has(`${d.adcode}`)) continue;
        // 北京市朝阳区: the municipality written before its district is where, not who
        const next = here[k + 1];
        if (next && next.span.start === m.span.end && names.isWithin(next.division!.adcode, d.adcode) && next.division!.adcode !== d.adcode) continue;
        // "Haidian District of Beijing", "Beijing's Haidian": the city around a place named with it is where, not who
        if (here.some((o) => o !== m && o.division!.adcode !== d.adcode && names.isWithin(o.division!.adcode, d.adcode) && Math.min(Math.abs(o.span.start - m.span.end), Math.abs(m.span.start - o.span.end)) <= 4)) continue;
        const clause = clauseAround(body, s, m.span.start, m.span.end);
        // an application or a proposal is no designation (申报/争创/力争/拟确定/擬定), judged on the place's own clause
        if (NOT_YET.test(toSimplified(clause.text))) continue;
        // 国家知识产权工作示范城市 ("IP work model city", 2000s) is an older title, not the demonstration-city programme
        let prog = /\p{Script=Han}/u.test(s.text) ? governingProgramme(body, s, clause, m.span.start, progs, programmes) : governingProgrammeEn(body, s, m.span.start, m.span.end, progs, programmes);
        if (!prog) continue;
        // "A、B分别被确定为…示范、试点县": the places and the tiers pair in order
        const respective = RESPECTIVE_TIERS.exec(toSimplified(clause.text));
        const inClause = here.filter((o) => o.span.start >= clause.start && o.span.end <= clause.end && isCityLevel(o.division!));
        if (respective && inClause.length === 2 && prog.id !== OLDER_TITLE_ID) {
          const tier = respective[inClause.indexOf(m) + 1] === '示范' ? 'demonstration' : 'pilot';
          if (kindOf(prog.id) !== tier && PROGRAMME_SIBLINGS[prog.id]) prog = { id: PROGRAMME_SIBLINGS[prog.id]!, how: prog.how };
        }
        // the older title governs this place: it names no programme the graph records
        if (prog.id === OLDER_TITLE_ID) {
          report({ kind: 'designation', text: m.span.text, reason: 'named with an older title (国家知识产权工作示范城市, "IPR work model city"), not a programme the graph records', quote: clause.text });
          continue;
        }
        // a county-level programme (强县工程) names no prefecture-level city, a city programme no county
        if (!fitsScope(prog.id, d)) {
          report({ kind: 'designation', text: m.span.text, reason: `a ${d.level} is not the kind of place ${prog.id} names (${scopeOf(prog.id) ?? 'no scope'})`, quote: clause.text });
          continue;
        }
        seen.add(d.adcode);
        // the batch in the place's clause, else the one batch the sentence names ("确定了23个城市为首批…,我省的芜湖…入选")
        const batchOf = (t: string): string | undefined => (/首批|first batch/iu.test(t) ? '1' : /第([一二三四五六七八九十\d]+)批/u.exec(t)?.[1]);
        const batchWords = simp.match(/首批|first batch|第[一二三四五六七八九十\d]+批/giu) ?? [];
        const batch = batchOf(toSimplified(clause.text)) ?? (new Set(batchWords).size === 1 ? batchOf(simp) : undefined);
        const many = here.length > 6;
        draft.designations.push({
          place: ref(d),
          programme: prog.id,
          year,
          ...(batch ? { batch: String(CN_NUM[batch] ?? batch) } : {}),
          quote: s.text,
          extraction: { method: 'extracted', rule: prog.how === 'named' ? 'designation:programme+selection-verb' : 'designation:short-programme+selection-verb', confidence: round((year === null ? 0.7 : many ? 0.8 : 0.9) * (prog.how === 'named' ? 1 : 0.9)) },
        });
      }
    }

    // ---- a list of places, one a line, introduced by a designation ending in a colon
    // ("遴选出第一批国家知识产权保护示范区建设城市(地区)名单。现将名单公示如下:\n天津市滨海新区\n…")
    const intro = sentences[i - 1];
    if (intro && /[:：]\s*$/u.test(intro.text) && here.length >= 2 && listLines(s).length >= 2) {
      let j = i - 1;
      while (j > 0 && progIn(sentences[j]!).length === 0 && sentences[i]!.start - sentences[j]!.start < 400) j--;
      const head = sentences.slice(j, i);
      const headSimp = toSimplified(head.map((x) => x.text).join(''));
      const prog = head.flatMap((x) => progIn(x))[0];
      if (prog && DESIGNATE.test(headSimp) && !NOT_YET.test(headSimp)) {
        const year = head.map((x) => yearIn(x.text) ?? dateIn(x.text)?.year ?? null).find((y) => y !== null) ?? pubYear;
        const batch = /首批|first batch/iu.test(headSimp) ? '1' : /第([一二三四五六七八九十\d]+)批/u.exec(headSimp)?.[1];
        const seenL = new Set<string>();
        for (const line of listLines(s)) {
          const inLine = here.filter((m) => m.span.start >= line.start && m.span.end <= line.end).map((m) => m.division!);
          const d = inLine.at(-1);
          if (!d || !isCityLevel(d) || seenL.has(d.adcode)) continue;
          if (!fitsScope(prog.id, d)) {
            report({ kind: 'designation', text: line.text, reason: `a ${d.level} is not the kind of place ${prog.id} names (${scopeOf(prog.id) ?? 'no scope'})`, quote: line.text });
            continue;
          }
          seenL.add(d.adcode);
          draft.designations.push({
            place: ref(d),
            programme: prog.id,
            year,
            ...(batch ? { batch: String(CN_NUM[batch] ?? batch) } : {}),
            quote: line.text,
            extraction: { method: 'extracted', rule: 'designation:list-after-colon', confidence: 0.75 },
          });
        }
      }
    }

    // ---- the designation generator (s11-10-gen): a title handed to a place by an act (授牌, 颁发…牌匾, 将…牌子授予,
    // 捧回…称号), and a title the text says places hold (南京、苏州、南通三个国家知识产权保护示范区; 武汉国家知识产权示范
    // 城市建设工作). Its judge is general: a programme the article names, a place of the kind it names, no plan or
    // application; what fails is proposed only in recall mode, tagged with what failed.
    const proposeGenerated = (d: Division, programme: string, year: number | null, rule: string, confidence: number, failed: string[]): void => {
      if (failed.length && !opts.candidates) return;
      const place = ref(d);
      // the act's year replaces the rules' reading of the same sentence (a year of another clause)
      if (!failed.length) draft.designations = draft.designations.filter((x) => !(x.quote === s.text && x.place === place && x.programme === programme && !x.extraction!.rule.startsWith('designation:generated')));
      if (draft.designations.some((x) => x.place === place && x.programme === programme && x.year === year && x.quote === s.text)) return;
      draft.designations.push({ place, programme, year, quote: s.text, extraction: { method: 'extracted', rule: `${rule}${failed.length ? `, candidate:${failed.join('+')}` : ''}`, confidence: round(confidence) } });
    };
    const national = programmes.filter((p) => p.id !== OLDER_TITLE_ID);
    const within = (a: number, b: number): Named[] => national.filter((p) => p.start >= a && p.end <= b);
    const nearest = (ps: Named[], at: number): Named | undefined => [...ps].sort((p, q) => Math.abs(p.start - at) - Math.abs(q.start - at))[0];
    // the places a title goes to: city-level, not an office's place, not a city written around its own district
    const receivers = (ms: Mention[]): Mention[] =>
      ms.filter((m) => isCityLevel(m.division!) && !OFFICE_AFTER.test(toSimplified(body.slice(m.span.end, m.span.end + 12))) && !ms.some((o) => o !== m && o.division!.adcode !== m.division!.adcode && names.isWithin(o.division!.adcode, m.division!.adcode) && Math.min(Math.abs(o.span.start - m.span.end), Math.abs(m.span.start - o.span.end)) <= 4));
    for (const act of simp.matchAll(new RegExp(TITLE_ACT.source, 'giu'))) {
      const a = s.start + act.index;
      const clause = clauseAround(body, s, a, a + act[0].length);
      const prev = i > 0 && sentences[i - 1]!.paragraph === s.paragraph ? sentences[i - 1] : undefined;
      // the programme: named in the act's clause, else in its sentence, else last in the sentence before it
      const prog = nearest(within(clause.start, clause.end), a) ?? nearest(within(s.start, s.end), a) ?? (prev ? within(prev.start, prev.end).at(-1) : undefined);
      if (!prog) continue;
      const inClause = receivers(here.filter((m) => m.span.start >= clause.start && m.span.end <= clause.end));
      const who = inClause.length ? inClause : receivers(here);
      // the year: the act's own clause; else the day of its sentence or of the nearest dated sentence before it
      // in the paragraph (the ceremony's); else the publication year (an act the text reports as news)
      let year = yearIn(clause.text);
      for (let j = i; year === null && j >= 0 && sentences[j]!.paragraph === s.paragraph; j--) year = dateIn(sentences[j]!.text)?.year ?? null;
      year ??= pubYear;
      const failed = NOT_A_TITLE_RE.test(toSimplified(clause.text)) ? ['not-a-title'] : [];
      for (const m of who) proposeGenerated(m.division!, prog.id, year, 'designation:generated(title-act)', inClause.length ? 0.75 : 0.65, [...failed, ...(fitsScope(prog.id, m.division!) ? [] : ['scope'])]);
    }
    for (const p of progs.filter((x) => x.id !== OLDER_TITLE_ID)) {
      // the places right before the programme's name, one or a list (南京、苏州、南通三个…, 武汉国家…)
      const list: Mention[] = [];
      let to = p.start;
      for (let k = here.length - 1; k >= 0; k--) {
        const m = here[k]!;
        if (m.span.end > to) continue;
        const gap = toSimplified(body.slice(m.span.end, to));
        if (!(list.length ? /^[、和与及]$/u : /^(?:[两二三四五六七八九十\d]+个)?(?:全国)?$/u).test(gap)) break;
        list.unshift(m);
        to = m.span.start;
      }
      if (!list.length) continue;
      const after = toSimplified(body.slice(p.end, p.end + 12));
      const clause = toSimplified(clauseAround(body, s, list[0]!.span.start, p.end).text);
      // the name of an assessment, a plan or an application (示范城市年度考核, 示范城市工作方案) implies no title held
      const failed = [...(/^[^，,。；;]{0,6}?(?:考核|验收|复核|评估|评价|考评|计划|方案|规划|申报|培育|指标|评选|遴选)/u.test(after) || NOT_A_TITLE_RE.test(clause) ? ['not-a-title'] : [])];
      for (const m of receivers(list)) proposeGenerated(m.division!, p.id, null, 'designation:generated(title-held)', 0.6, [...failed, ...(fitsScope(p.id, m.division!) ? [] : ['scope'])]);
    }

    // ---- assessments and acceptances
    // an aim (力争…通过验收, strive to pass) is no outcome
    // an assessment carried out on a day, its result not stated here (2014年4月1日…到大理市对大理市…进行考核验收)
    // (the place assessed is the one the assessors went to or acted on: 到/赴/对 大理市; a city that runs an assessment of others is not)
    const visited = here.filter((m) => /(?:到|赴|对|對|在)\s?$/u.test(body.slice(Math.max(0, m.span.start - 2), m.span.start)));
    // (words of assessment that are none of a programme's: praise, 高度评价 / 给予…好评; an honour, 获评…; a
    // government's general ratings, 营商环境评价, 高质量发展综合绩效考核 — masked before the test)
    const assessWords = simp.replace(NOT_AN_ASSESSMENT, '□');
    const carriedOut = !OUTCOME.test(simp) && ASSESS.test(assessWords) && CARRIED_OUT.test(simp) && !FUTURE.test(simp) && (dateIn(s.text)?.date.length ?? 0) === 10 && visited.length > 0;
    if (!ASSESS.test(assessWords) && ASSESS.test(simp) && OUTCOME.test(simp)) report({ kind: 'assessment', text: s.text.slice(0, 40), reason: "its words of assessment are praise, an honour or a government's general rating (营商环境评价, 综合绩效考核), not an assessment of a programme", quote: s.text });
    if (ASSESS.test(assessWords) && (OUTCOME.test(simp) || carriedOut) && !ASPIRE.test(simp)) {
      // the place of an office (云南省知识产权局) carried the assessment out; it is not what was assessed
      // (a province before 知识产权 names its office or its own programme: 实施云南省知识产权强县工程)
      const ownOnes = (carriedOut ? visited : here).filter((m) => !OFFICE_AFTER.test(toSimplified(body.slice(m.span.end, m.span.end + 12))) && !(m.division!.level === 'province' && !m.division!.municipality && /^(?:省)?知识产权/u.test(toSimplified(body.slice(m.span.end, m.span.end + 6)))));
      const own = ownOnes.map((m) => m.division!);
      // of several places, those whose own clause states the assessment or its outcome are its subjects
      // ("…确定上杭县为省知识产权强县,福清市等30个县通过…复核": 福清市, not 上杭县); if none does, all of them
      const ownMentions = ownOnes;
      const stated = /\p{Script=Han}/u.test(s.text) ? ownMentions.filter((m) => { const c = toSimplified(clauseAround(body, s, m.span.start, m.span.end).text); return ASSESS.test(c) || OUTCOME.test(c); }).map((m) => m.division!) : [];
      // (a province found only from context is not the subject when the sentence says that units below it
      // were assessed — 创建单位, 各县(市、区), "the pilot counties": it ran the assessment; listed instead)
      const fromContext = own.length ? null : subjectBefore(i, true)?.division;
      const provinceOfUnits = !!fromContext && fromContext.level === 'province' && !fromContext.municipality && ASSESSED_UNIT.test(simp);
      if (provinceOfUnits) report({ kind: 'assessment', text: fromContext!.name, reason: 'the sentence says units below the province were assessed but names none of them; the province ran the assessment', quote: s.text });
      // an assessment stated only in the clause of an office's or a centre's place (已通过…验收的广州知识产权保护中心) is
      // the office's or centre's: the places of other clauses are not its subjects
      // (or of a body the words name as what passed: 已通过…验收的…保护中心, a park, a platform)
      const statedOfOffice = /\p{Script=Han}/u.test(s.text) && !stated.length && ((carriedOut ? visited : here).some((m) => !ownOnes.includes(m) && ((c) => ASSESS.test(c) || OUTCOME.test(c))(toSimplified(clauseAround(body, s, m.span.start, m.span.end).text))) || /通过[^，,。；;]{0,20}?(?:验收|复核|考核|评估)的[^，,。；;]{0,24}?(?:中心|园区|园|基地|企业|公司|项目|平台)/u.test(simp));
      if (statedOfOffice) report({ kind: 'assessment', text: s.text.slice(0, 40), reason: "the assessment is stated of an office's or a centre's place (知识产权保护中心), which the graph does not record", quote: s.text });
      const subjects = statedOfOffice ? [] : own.length ? uniqueBy(stated.length ? stated : own) : [fromContext].filter((d): d is Division => !!d && !provinceOfUnits);
      // no date of its own: the date of the sentence before it in the paragraph that opens the same
      // assessment ("12月12日,…对连云港市…进行了验收。…最终我市以95分高分通过验收")
      const ownWhen = dateIn(s.text);
      // the year an assessment's own name carries (通过了2015年国家知识产权示范城市年度考核, 在2016年度…考核中) is its
      // year, whatever other year the sentence names first (a 2016 work plan); 去年/前年 ("last year") count back
      // from the publication year
      const namedYear = /(20\d{2})\s*年度?[^，,。；;]{0,24}?(?:考核|验收|复核|评估|考评|评价)/u.exec(stripTermEnds(simp));
      const relativeYear = /去年|上年度|\blast year\b/iu.test(simp) ? pubYear - 1 : /前年/u.test(simp) ? pubYear - 2 : null;
      const ownYear = (namedYear ? Number(namedYear[1]) : null) ?? (ownWhen?.date.length === 10 ? ownWhen.year : null) ?? yearIn(s.text) ?? ownWhen?.year ?? relativeYear ?? (RECENT.test(s.text) ? pubYear : null);
      let when = ownWhen;
      for (let j = i - 1; !when && ownYear === null && j >= 0 && sentences[j]!.paragraph === s.paragraph; j--) if (ASSESS.test(toSimplified(sentences[j]!.text))) when = dateIn(sentences[j]!.text);
      // (an outcome the text gives with no year anywhere is news of the page: the publication year)
      const year = ownYear ?? when?.year ?? carriedYear(sentences, i, yearIn) ?? (carriedOut ? null : pubYear);
      if (subjects.length && year !== null) {
        const kind = /验收|acceptance/iu.test(simp) ? 'acceptance' : /复核|re-examination|re-evaluation/iu.test(simp) ? 'review' : /绩效|performance/iu.test(simp) ? 'performance assessment' : /督查激励/u.test(simp) ? 'inspection incentive' : /inspection/iu.test(simp) ? 'inspection and assessment' : 'assessment';
        const rank = rankIn(simp);
        const outOf = /among (\d+)|共(\d+)个/iu.exec(s.text);
        const outcome = carriedOut ? 'carried out (result not stated)' : /通过|合格|达标|passed/iu.test(simp) ? 'passed' : /给予[^，,。]{0,4}(?:评价|肯定)/u.test(simp) ? 'rated highly' : /优秀|excellent/iu.test(simp) ? 'excellent' : /outstanding/iu.test(simp) ? 'outstanding' : rank ? `ranked ${rank}` : (OUTCOME.exec(s.text)?.[0] ?? 'stated');
        const placeEn = subjects[0]!.nameEn;
        draft.assessments.push({
          key: keyOf(`${placeEn}-${kind}-${year}`),
          nameEn: `${kind} of ${placeEn} (${year})`,
          kind,
          ...(when ? { dateText: when.dateText, date: when.date } : {}),
          year,
          outcome: outcome.length >= 2 ? outcome : 'stated',
          ...(rank ? { rank } : {}),
          ...(outOf ? { outOf: Number(outOf[1] ?? outOf[2]) } : {}),
          subjects: subjects.map(ref),
          ...(progs.find((p) => p.id !== OLDER_TITLE_ID) ? { programme: progs.find((p) => p.id !== OLDER_TITLE_ID)!.id } : {}),
          quote: s.text,
          agencies: [],
          extraction: { method: 'extracted', rule: carriedOut ? 'assessment:keyword+carried-out+date' : own.length ? 'assessment:keyword+outcome' : 'assessment:keyword+outcome, subject from context', confidence: round(carriedOut ? 0.6 : own.length ? 0.8 : 0.6) },
        });
        assessmentAt.push(i);
        ownDated.push(ownYear !== null);
        assessed = true;
      }
    }

    // ---- events: a dated sentence that says a meeting or ceremony was held
    const ruleWhen = dateIn(s.text);
    // held: a verb of holding, or a thing done "at the opening ceremony of …" / 在…仪式上
    // (or a plaque given or unveiled on that day, with no meeting noun: 将…铭牌正式颁给海淀 — a ceremony
    // at the place that receives it)
    const future = /即将|将于|将在|将要|将(?:举办|举行|召开|启动|开展)|拟|计划|\bwill\b|plans? to|is to be/iu.test(simp);
    const plaque = !assessed && ruleWhen && !EVENT.test(simp) && CEREMONY_ACT.test(simp) && !future;
    const byRule = !assessed && ruleWhen && ((EVENT.test(simp) && (EVENT_VERB.test(simp) || EVENT_AT.test(simp))) || plaque) && ruleWhen.date.length === 10;
    // the event generator (s11-10-gen): a day (also 昨天, 今天, a bare 9日, "yesterday") with any event noun
    // (推进会, 讲座, 宣传周, 专题活动, "event", "campaign") or a meeting noun, and a verb that says it took place
    // (举办, 拉开…序幕, 出席, "was launched", "hosted"); not a future one
    // (a page's time stamp, 2021年04月23日 14:25, is when the page was posted, not when anything happened)
    const unstamped = s.text.replace(PAGE_STAMP, (w) => ' '.repeat(w.length));
    const genWhen = dateIn(unstamped) ?? relativeDay(unstamped, published.date);
    const eventNoun = EVENT.test(simp) || EVENT_NOUN_WIDE.test(simp);
    const generated = !byRule && !assessed && !!genWhen && genWhen.date.length === 10 && eventNoun && (EVENT_VERB.test(simp) || HELD_VERB.test(simp) || EVENT_AT.test(simp)) && !future;
    // recall mode: a dated sentence with an event noun the judge drops (no verb of holding, a future one, a
    // day not known, an assessment's sentence) is a candidate, tagged with what failed
    const eventFailed = opts.candidates && !byRule && !generated && genWhen && eventNoun ? [...(EVENT_VERB.test(simp) || HELD_VERB.test(simp) || EVENT_AT.test(simp) ? [] : ['no-held-verb']), ...(future ? ['future'] : []), ...(genWhen.date.length === 10 ? [] : ['no-day']), ...(assessed ? ['assessment'] : [])] : [];
    const when = byRule ? ruleWhen : generated || eventFailed.length ? genWhen : null;
    if (when && (byRule || generated || eventFailed.length)) {
      // "Guangzhou's Huangpu district", 杭州市西湖区: the place inside the city named with it is where
      const at = here.findIndex((m) => isCityLevel(m.division!));
      const inner = at >= 0 ? here[at + 1] : undefined;
      const recipientAt = plaque ? [...simp.matchAll(RECIPIENT_MARKER)].map((r) => s.start + r.index + r[0].length) : [];
      const recipient = here.find((m) => isCityLevel(m.division!) && recipientAt.some((r) => m.span.start >= r && m.span.start - r <= 2))?.division;
      const place = recipient ?? heldAt(s, here) ?? (inner && inner.span.start - here[at]!.span.end <= 4 && inner.division!.adcode !== here[at]!.division!.adcode && names.isWithin(inner.division!.adcode, here[at]!.division!.adcode) ? inner.division : here[at]?.division) ?? mainPlace;
      if (place) {
        const kind = plaque || /仪式|ceremony/iu.test(simp) ? 'ceremony' : /大会|conference/iu.test(simp) ? 'conference' : /论坛|forum/iu.test(simp) ? 'forum' : byRule ? 'meeting' : /讲座|lecture/iu.test(simp) ? 'lecture' : /campaign|宣传周|活动周|week/iu.test(simp) ? 'campaign' : /会议|(?<!协|学|委员|工)会(?!员|长)|meeting/iu.test(simp) ? 'meeting' : 'activity';
        draft.events.push({
          key: keyOf(`${place.nameEn}-${kind}-${when.date}`),
          name: eventName(s.text),
          nameEn: `${kind} in ${place.nameEn} on ${when.date}`,
          kind,
          dateText: when.dateText,
          date: when.date,
          place: ref(place),
          ...(progs.find((p) => p.id !== OLDER_TITLE_ID) ? { programme: progs.find((p) => p.id !== OLDER_TITLE_ID)!.id } : {}),
          quote: s.text,
          participants: [],
          extraction: { method: 'extracted', rule: plaque ? 'event:date+plaque-given' : byRule ? 'event:date+meeting-noun+verb' : `event:generated(date+event-noun+held)${eventFailed.length ? `, candidate:${eventFailed.join('+')}` : ''}`, confidence: plaque ? 0.7 : byRule ? 0.75 : eventFailed.length ? 0.3 : 0.65 },
        });
        eventAt.push(i);
      }
    }

    // ---- indicator observations
    // a period holds until the text names another ("In 2014, …" then "throughout the year …")
    // a figure stated at the article's event ("启动仪式上,…授信额共计2.2亿元") is of that day
    // (recall mode: an event candidate dates no figure)
    const atEvent = draft.events.findLast((e) => !e.extraction!.rule.includes(', candidate:'));
    const eventDay: Period | null = atEvent?.date && /(?:仪式|会议|大会|会|论坛|儀式|會議|大會|會|論壇)(?:上|现场|現場)|at the (?:ceremony|meeting|conference|forum)/iu.test(s.text) ? { period: atEvent.date, end: atEvent.date, text: atEvent.dateText } : null;
    // a count the place has now ("has risen from nine to 74", 已达) with no period of its own, in a paragraph
    // that names none, is of the publication day: a period of an earlier paragraph does not reach it
    const now: Period | null = !periodIn(s.text, published.date) && !eventDay && carriedPeriod && carriedPeriod.paragraph !== s.paragraph && /\b(?:has|have) (?:risen|grown|increased|reached|climbed|expanded|totall?ed)\b|已(?:达|达到|增至|增加到|突破)/u.test(toSimplified(s.text)) ? { period: published.date, end: published.date, text: 'not stated; a count the text gives as now (publication day)' } : null;
    const ownPeriod = periodIn(s.text, published.date);
    const period = ownPeriod ?? eventDay ?? now ?? carriedPeriod?.period ?? null;
    // a period carries on only from a sentence that states figures ("Founded in 2014, …" does not); what
    // carries is the last period the sentence names ("In 2021, …; By the end of 2021, …" → the day)
    if (period && ownPeriod) carriedPeriod = { paragraph: s.paragraph, period: periodBefore(s.text, s.text.length, published.date) ?? ownPeriod };
    const figs = figuresIn(s.text);
    const metrics = metricsOf(s.text, figs);
    for (const [fk, fig] of figs.entries()) {
      const abs = s.start + fig.index;
      // recall mode: the guards that fired on this figure (it is proposed all the same, tagged with them)
      const guards: string[] = [];
      const relax = (guard: string): boolean => {
        if (opts.candidates) guards.push(guard);
        return opts.candidates === true;
      };
      // a place's short name glued to a product in a list of products (平谷大桃、大兴西瓜等地理标志产品13件) is
      // where the product comes from, not whose figure it is
      const productOrigin = (m: Mention): boolean =>
        !/[省市区縣县州盟旗區]$/u.test(m.span.text) && /^\p{Script=Han}/u.test(body.slice(m.span.end, m.span.end + 1)) && /^[^，,；;。]*?等[^，,；;。]*?(?:地理标志|地理標志|产品|產品|特产|特產|品牌)/u.test(toSimplified(body.slice(m.span.end, abs)));
      const before = here.filter((m) => m.span.end <= abs && !productOrigin(m));
      // a national or provincial total ("全国…总数已达104个") is no place's own figure
      const lead = toSimplified(s.text.slice(Math.max(0, fig.index - fig.quote.length - 30), fig.index + fig.text.length));
      // an article about a province (the place it names most is a province) states the province's own figures
      // as 全省 / "in the province": they are that province's, as 全市 is the city's
      const wholeProvince = here.length === 0 && articleProvince !== null && /全省|\b(?:in|of|across) the province\b|province-wide/iu.test(lead) && !/全国|我国|\bnational\b|nationwide|the country/iu.test(lead);
      // ("national branded IP service institutions" is a title of the place's own institutions, not a national total)
      if (!wholeProvince && here.length === 0 && /全国|全省|我国|\bnational\b(?! (?:branded|IP demonstrative|intellectual property demonstrative))|nationwide|the country|the province/iu.test(lead)) {
        report({ kind: 'observation', text: fig.text, reason: 'a figure for the country or a province as a whole, not for a place the sentence names', quote: fig.quote });
        if (!relax('whole-country-or-province')) continue;
      }
      // a sentence that names no place and goes on from the figures of the sentence before it in its paragraph
      // ("… filed 35,709 patent applications last year. Over the same period, … increased … to 23,212") is
      // about the place of those figures
      const figuresBefore = lastFigure && lastFigure.sentence === i - 1 && sentences[i - 1]!.paragraph === s.paragraph ? lastFigure.division : null;
      let nearest = before.at(-1)?.division ?? here.find((m) => isCityLevel(m.division!))?.division ?? (wholeProvince ? articleProvince : null) ?? figuresBefore ?? subjectBefore(i)?.division;
      // 全市 ("the whole city") after the last place named before the figure: the city, not a district named
      // before it (全市…, 平谷大桃…: 平谷区 is in a product's name)
      const sinceLast = toSimplified(s.text.slice(before.length ? before.at(-1)!.span.end - s.start : 0, fig.index));
      if (nearest && /全市/u.test(sinceLast) && !['prefecture', 'autonomous-prefecture'].includes(nearest.level) && !nearest.municipality && nearest.parentAdcode) {
        const city = names.get(nearest.parentAdcode);
        if (city && (city.municipality || city.level === 'prefecture')) nearest = city;
      }
      if (!nearest) {
        report({ kind: 'observation', text: fig.text, reason: 'no place for this figure', quote: s.text });
        if (!anyPlace || !relax('no-place')) continue;
        nearest = anyPlace;
      }
      // what the figure counts is who filed or holds ("8,000 local companies have applied for patents"), a
      // part of the count by age ("maintained effective for over 10 years"), or a sum over several years
      // (近三年来, "over the past three years") stated with no period of its own: listed, not proposed
      const filers = COUNT_OF_FILERS.test(toSimplified(s.text.slice(fig.index)));
      const subset = SUBSET_QUALIFIER.test(toSimplified(fig.quote));
      const upTo = toSimplified(s.text.slice(0, fig.index));
      const severalYears = MULTI_YEAR_SPAN.test(upTo) && !/\bannual\b|年度/iu.test(upTo) && !periodBefore(s.text, fig.index, published.date);
      // a park or zone that is the subject of the sentence or of the figure's clause, with no place named
      // between it and the figure ("The zone … by filing more than 10,000 patent applications")
      const clauseStart = /\p{Script=Han}/u.test(s.text) ? Math.max(s.text.lastIndexOf('，', fig.index), s.text.lastIndexOf(',', fig.index)) + 1 : 0;
      const zone = [0, clauseStart].some((a) => ZONE_SUBJECT.test(toSimplified(s.text.slice(a).trimStart())) && !here.some((m) => m.span.start - s.start >= a && m.span.start - s.start < fig.index));
      if (filers || subset || severalYears || zone) {
        report({ kind: 'observation', text: fig.text, reason: filers ? 'counts who filed or holds the rights, not the rights' : subset ? 'a part of a count (by age or rank), not the count' : severalYears ? 'a sum over several years, not a period the graph records' : "a park's or zone's figure, not a place's", quote: fig.quote });
        if (!relax(filers ? 'filers' : subset ? 'subset' : severalYears ? 'several-years' : 'zone')) continue;
      }
      // a target (力争/目标/预计/到2025年, "aims for", "is expected to") is no observation
      if (TARGET.test(toSimplified(clauseUpTo(s.text, fig.index + fig.text.length)))) {
        report({ kind: 'observation', text: fig.text, reason: 'a target or forecast, not a figure reached', quote: fig.quote });
        if (!relax('target')) continue;
      }
      // a sentence with no period of its own after a plan for a later year in its paragraph ("It is planned
      // that by 2025, … will reach 12.5 …. The registered amount of … has reached 5 billion yuan"; 到2025年,
      // …。…) goes on listing the plan's targets
      if (planParagraph === s.paragraph && !ownPeriod) {
        report({ kind: 'observation', text: fig.text, reason: "a target: the paragraph lists a plan's targets (a later year) and this sentence names no period of its own", quote: fig.quote });
        if (!relax('plan-paragraph')) continue;
      }
      // a figure whose words name no metric the rules know, or only what is counted (patents, but which
      // count?), is listed for the reviewer, not proposed
      let metric = metrics[fk];
      // "A total of 14,678 domestic patents were authorized, of which 2,333 were patents for inventions",
      // 其中发明专利…: a part named only by its kind of patent takes the count of the whole it is part of
      // (recall mode: the last figure as the rules read it, not another reading of it)
      const wholeAt = draft.observations.findLastIndex((o) => !o.extraction?.rule.includes(', candidate:'));
      const whole = draft.observations[wholeAt];
      // (a sentence that opens with 其中 goes on about the last figure of the sentence before it: its first
      // figure is a part of that figure, of the same period)
      const wholeBefore = fk === 0 && /^(?:其中|of which\b|among them\b|among (?:the|these|those) (?:applications|grants|patents)\b)/iu.test(toSimplified(s.text.trim())) && whole && figureSentence.get(wholeAt) === i - 1;
      if (metric && 'generic' in metric && metric.generic === 'invention patents' && (wholeBefore || /(?:\bof which|\bamong (?:them|which)|\bincluding|其中)[^.。;；]{0,12}$/iu.test(toSimplified(s.text.slice(Math.max(0, fig.index - 30), fig.index)))) && whole && (figureSentence.get(wholeAt) === i || wholeBefore)) {
        const part = { 'patents.applications': 'patents.invention.applications', 'patents.grants': 'patents.invention.granted', 'patents.valid': 'patents.invention.valid' }[whole.metric];
        if (part) metric = classifyKey(part);
      }
      // recall mode: words that name only what is counted (trademarks, but which count?) give one candidate
      // per metric of that family, each tagged `generic-metric`
      const family = opts.candidates && metric && 'generic' in metric ? metricFamily(metric.generic) : [];
      if (!metric || !('key' in metric)) {
        report({ kind: 'observation', text: fig.text, reason: metric ? `the words name ${metric.generic} but not which count (applications, grants, valid…)` : 'no metric the rules know for this figure', quote: fig.quote });
        if (family.length === 0 || !relax('generic-metric')) continue;
      }
      const choices = metric && 'key' in metric ? [metric] : family;
      for (const chosen of choices) {
        // a sentence that names several periods: the figure's is the nearest one before it, in its own clause
        // or an earlier one ("2023年1-10月份,专利授权量…;截至10月底,有效发明专利…"); a flow whose period is
        // carried from an earlier sentence as a month's last day is counted over the months up to it
        // (a stock, what a place holds on a day, stated for the months of a year so far is held on their last day)
        const p = (wholeBefore ? { period: whole!.period, ...(whole!.periodStart ? { start: whole!.periodStart } : {}), ...(whole!.periodEnd ? { end: whole!.periodEnd } : {}), text: whole!.periodText ?? 'the period of the figure it is part of' } : null) ?? stockPeriod(chosen.key, ownPeriod ? monthsSoFar(chosen.key, fig.quote, periodBefore(s.text, fig.index, published.date) ?? ownPeriod) : flowPeriod(chosen.key, fig.quote, period)) ?? { period: 'unspecified', text: 'not stated' };
        // recall mode: a year's figure may be the stock at its end, and a year-end stock the year's figure
        const periods: Array<{ p: Period; alt: boolean }> = [{ p, alt: false }, ...(opts.candidates ? otherReadings(p).map((q) => ({ p: q, alt: true })) : [])];
        for (const { p: q, alt } of periods) {
          const tags = [...guards, ...(alt ? ['period-alternative'] : [])];
          if (tags.length === 0) lastFigure = { sentence: i, division: nearest };
          figureSentence.set(draft.observations.length, i);
          figureWords.set(draft.observations.length, toSimplified(s.text.slice(fig.index, fig.index + fig.text.length + 4)));
          if (ROUNDED.test(toSimplified(s.text.slice(Math.max(0, fig.index - 10), fig.index)))) rounded.add(draft.observations.length);
          draft.observations.push({
            place: ref(nearest),
            metric: chosen.key,
            label: chosen.label,
            value: fig.value,
            unit: fig.unit,
            ...(fig.changePct !== undefined ? { changePct: fig.changePct } : {}),
            period: q.period,
            ...(q.start ? { periodStart: q.start } : {}),
            ...(q.end ? { periodEnd: q.end } : {}),
            periodText: q.text,
            quote: fig.quote,
            extraction: { method: 'extracted', rule: `observation:${fig.rule}${tags.length ? `, candidate:${tags.join('+')}` : ''}`, confidence: round(0.8 * (period ? (periodIn(s.text, published.date) || eventDay ? 1 : 0.9) : 0.8)) },
          });
        }
      }
    }

    // a plan for a later year opens a paragraph of targets (its own figures are targets by TARGET above)
    const planYear = /(?:到|至|截至)\s?(20\d{2})\s?年|\b(?:by|until|through) (?:the end of )?(20\d{2})\b/iu.exec(simp);
    if (planYear && Number(planYear[1] ?? planYear[2]) > pubYear && TARGET.test(simp)) planParagraph = s.paragraph;
    else if (planParagraph !== s.paragraph) planParagraph = null;

    // ---- a rank in WIPO's Global Innovation Index ("Hangzhou ranks the 21st", 位列世界创新科技集群第13位)
    const rank = giiRank(s.text);
    if (rank) {
      const where = here.find((m) => isCityLevel(m.division!))?.division ?? null;
      if (!rank.key || !where) {
        report({ kind: 'observation', text: rank.text, reason: !where ? 'a Global Innovation Index rank with no city named in its sentence' : 'a Global Innovation Index rank, but the sentence does not say which ranking (city or cluster)', quote: s.text });
      } else {
        const y = rank.year;
        const p = y !== null ? { period: String(y), start: `${y}-01-01`, end: `${y}-12-31`, text: String(y) } : period ?? { period: 'unspecified', text: 'not stated' };
        draft.observations.push({
          place: ref(where),
          metric: rank.key,
          label: rank.key.endsWith('cluster') ? 'Global Innovation Index: science and technology cluster rank' : 'Global Innovation Index: city rank',
          value: rank.value,
          unit: 'rank',
          period: p.period,
          ...(p.start ? { periodStart: p.start } : {}),
          ...(p.end ? { periodEnd: p.end } : {}),
          periodText: p.text,
          quote: s.text,
          extraction: { method: 'extracted', rule: 'observation:gii-rank', confidence: y !== null ? 0.8 : 0.6 },
        });
      }
    }

    // ---- positions: a chain of titles right before a person's name; "A党组书记,B党组副书记、副局长赵辉"
    // holds two positions, one per organisation, and 副局长 stays 副局长. A person not in entities.json
    // is proposed as a new Person entry (under `proposed.people`, for the reviewer to add).
    for (const pm of peopleIn(s)) {
      const { name, nameAt, chainText, quote } = pm;
      const chainStart = s.start + nameAt - chainText.length;
      const person = personRef(name, quote);
      let offset = 0;
      for (const segment of chainText.split(/(?<=[,，])/u)) {
        const segStart = chainStart + offset;
        offset += segment.length;
        const seg = segment.replace(/[,，]$/u, '');
        if (!new RegExp(TITLE_WORD, 'u').test(toSimplified(seg))) continue;
        const agency = agencies.filter((a) => a.start >= segStart - 2 && a.end <= segStart + seg.length).at(-1);
        const place = placeMentions.filter((p) => p.span.start >= segStart && p.span.end <= segStart + seg.length).at(-1)?.division;
        // 副市长吴海云 in an article about 连云港: a city's title with no organisation is the article city's;
        // a chain of them (市委副书记、市长张彤) too, when every title in it is of that level; a province's
        // (省委常委、常务副省长马欣, 副省长孙运锋) is the province of the article's place
        const levels = toSimplified(seg).split('、').filter(Boolean).map((t) => CITY_TITLE.exec(t)?.[1] ?? (PROVINCE_TITLE.test(t) ? '省' : null));
        const ownLevel = !agency && !place && levels.length > 0 && levels.every((l) => l !== null && l === levels[0]) ? levels[0]! : null;
        const articleProvinceOf = (): Division | null => (mainPlace ? (mainPlace.level === 'province' && !mainPlace.municipality ? mainPlace : mainPlace.municipality ? null : (names.get(mainPlace.provinceAdcode) ?? null)) : articleProvince);
        const ownPlace = ownLevel === '省' ? articleProvinceOf() : ownLevel && mainPlace && ((ownLevel === '市' && (mainPlace.level === 'prefecture' || mainPlace.level === 'autonomous-prefecture' || mainPlace.level === 'county-level-city' || mainPlace.municipality)) || (ownLevel === '区' && mainPlace.level === 'district') || (ownLevel === '县' && mainPlace.level === 'county')) ? mainPlace : null;
        // 山东省知识产权局副局长: a place's IP office that entities.json lacks is proposed, not read as the province
        const officeWords = !agency ? /^[^、]*?知识产权局/u.exec(toSimplified(seg)) : null;
        const office = officeWords ? officeRef(segStart, segStart + officeWords[0].length, quote) : null;
        const org = agency?.id ?? office ?? (place ? ref(place) : ownPlace ? ref(ownPlace) : null);
        const owner = agency ? body.slice(agency.start, agency.end) : place ? body.slice(placeMentions.find((p) => p.division === place && p.span.start >= segStart)!.span.start, placeMentions.find((p) => p.division === place && p.span.start >= segStart)!.span.end) : undefined;
        const title = trimTitleOwner(toSimplified(seg.slice(Math.max(0, (agency ? agency.end : 0) - segStart))), owner && !agency ? owner : undefined);
        if (!org) {
          // "?!眹抑R產權局局長申長雨": the words before the title are damaged in the page text
          const garbled = /[?？�]|[A-Za-z]\p{Script=Han}|\(\p{Script=Latin}/u.test(body.slice(Math.max(0, segStart - 8), segStart + seg.length));
          report({ kind: 'position', text: `${seg}${name}`, reason: garbled ? 'the organisation before this title is garbled in the page text' : 'the organisation this title belongs to is not named, or is not in seeds/entities.json', quote });
          continue;
        }
        // one position per title: 党组书记、局长 of one organisation is two positions (docs/extraction.md, "titles")
        for (const one of title.split('、').filter(Boolean)) proposePosition({ person, at: org, title: one, quote, rule: 'position:title-chain+name', confidence: [0.8, 0.6], fromArticlePlace: !!ownPlace && !office && !agency, proposedAgencyFactor: 0.9 });
      }
    }

    // ---- a name between its office and its title (大理州知识产权局杨红斌副局长主持, 大理市人民政府李欣副市长代表…):
    // the office is an agency of entities.json, or a city's government (人民政府) for a city's title
    const simpS = [...s.text].map((c) => toSimplified(c)).join('');
    for (const m of (simpS.length === s.text.length ? simpS : '').matchAll(NAME_BEFORE_TITLE)) {
      const name = s.text.slice(m.index, m.index + m[1]!.length);
      if (NOT_A_NAME.test(m[1]!) || peopleIn(s).some((p) => p.name === name) || spans.some((sp) => sp.start < s.start + m.index + name.length && sp.end > s.start + m.index)) continue;
      const nameStart = s.start + m.index;
      const title = m[2]!;
      // the office: the words before the name, back to the clause's punctuation or 由/在/到/于 (at most 20 characters)
      const quoteStart = Math.max(s.start, nameStart - 20);
      const office = body.slice(quoteStart, nameStart);
      const officeStart = nameStart - (/[^，,。；;、由在到于]*$/u.exec(office)?.[0].length ?? 0);
      const quote = body.slice(officeStart, nameStart + m[0].length);
      const agency = agencies.find((a) => a.end === nameStart && a.start >= officeStart);
      const city = !agency && /^(?:副)?(?:市长|区长|县长)$/u.test(title) ? placeMentions.find((p) => p.span.start >= officeStart && p.span.end <= nameStart && isCityLevel(p.division!) && /^(?:人民政府|政府)$/u.test(toSimplified(body.slice(p.span.end, nameStart))))?.division : undefined;
      const person = personRef(name, quote);
      const org = agency?.id ?? (city ? ref(city) : null) ?? officeRef(officeStart, nameStart, quote);
      if (!org) {
        report({ kind: 'position', text: quote, reason: 'the organisation this title belongs to is not named, or is not in seeds/entities.json', quote });
        continue;
      }
      proposePosition({ person, at: org, title, quote, rule: 'position:office+name+title', confidence: [0.7, 0.5] });
    }

    // ---- English positions: "Deputy Director He Huaying of Nanjing Intellectual Property Office",
    // "Shen Changyu, commissioner of CNIPA", "Mayor Xu Lijing of Zhuhai"
    if (!/\p{Script=Han}/u.test(s.text)) {
      for (const pm of englishPositions(s.text)) {
        const orgStart = s.start + pm.orgAt;
        const orgEnd = orgStart + pm.org.length;
        const known0 = agencies.find((a) => a.start >= orgStart && a.end <= orgEnd);
        // a place's IP office entities.json lacks ("director of the Shanghai Intellectual Property Administration") is proposed
        const office = known0 || /mayor|governor|party/iu.test(pm.title) ? null : englishOfficeRef(orgStart, orgEnd, pm.quote);
        const agency = known0 ?? (office ? { id: office, start: orgStart, end: orgEnd } : undefined);
        const articleCity = pm.orgFromArticle && mainPlace && (mainPlace.level === 'prefecture' || mainPlace.level === 'autonomous-prefecture' || mainPlace.level === 'county-level-city' || mainPlace.municipality) ? mainPlace : undefined;
        if (pm.orgFromArticle && !articleCity) {
          report({ kind: 'position', text: pm.quote, reason: "a mayor's title with no city, in an article whose own place is no city", quote: pm.quote });
          continue;
        }
        const city = articleCity ?? placeMentions.find((m) => m.span.start >= orgStart && m.span.end <= orgEnd && isCityLevel(m.division!))?.division;
        const agencyName = agency ? toSimplified(ctx.entities.agencies.find((x) => x.id === agency.id)?.name ?? draft.proposed!.agencies?.find((x) => x.id === agency.id)?.name ?? '') : '';
        // the title in the agency's own words: a 局 has a 局长, a 委员会/中心/办公室 a 主任; a mayor is a city's
        // a governor is a province's ("Vice Governor of Jiangsu Province Li Xiaomin")
        const province = placeMentions.find((m) => m.span.start >= orgStart && m.span.end <= orgEnd && m.division!.level === 'province' && !m.division!.municipality)?.division;
        // "Party chief of Suzhou" is the city's (or province's) Party secretary; a spokesperson of an office its 新闻发言人
        const party = /party/iu.test(pm.title) && !agency ? (city ? '市委书记' : province ? '省委书记' : null) : null;
        const base = party ?? (/spokes/iu.test(pm.title) ? (agency ? '新闻发言人' : null) : null) ?? (/party|spokes/iu.test(pm.title) ? null : /mayor/iu.test(pm.title) ? (city && !agency ? '市长' : null) : /governor/iu.test(pm.title) ? (province && !agency ? '省长' : null) : /commissioner|director|administrator|head/iu.test(pm.title) && !/general/iu.test(pm.title) ? (/局$/u.test(agencyName) ? '局长' : /(?:委员会|中心|办公室)$/u.test(agencyName) ? '主任' : null) : null);
        const org = party ? ref((city ?? province)!) : /mayor/iu.test(pm.title) ? (city ? ref(city) : null) : /governor/iu.test(pm.title) ? (province ? ref(province) : null) : agency?.id ?? null;
        // an organisation read before the title ("SIPO Deputy Commissioner …") counts only when it is one:
        // capitalised words before a title are often something else ("On Monday, Deputy Director …")
        if (pm.orgBefore && (!org || !base)) continue;
        if (!org || !base) {
          report({ kind: 'position', text: pm.quote, reason: !org ? 'the organisation of this English title is not in seeds/entities.json (or is no city for a mayor)' : 'no Chinese title is known for this English title at this organisation', quote: pm.quote });
          continue;
        }
        const title = pm.deputy ? `副${base}` : base;
        const known = ctx.entities.people.find((x) => x.nameEn.toLowerCase() === pm.name.toLowerCase());
        let personId = known?.id;
        if (!personId) {
          personId = `person:${pm.name.toLowerCase().replace(/[^a-z]+/gu, '-')}`;
          if (!draft.proposed!.people.some((x) => x.id === personId)) draft.proposed!.people.push({ id: personId, name: pm.name, nameEn: pm.name, aliases: [], evidence: pm.quote });
          report({ kind: 'person', text: pm.name, reason: `not in seeds/entities.json (people): proposed as ${personId} under proposed.people with the English name only; add the Chinese name`, quote: pm.quote });
        }
        proposePosition({ person: { id: personId, known: !!known }, at: org, title, quote: pm.quote, rule: 'position:english-title+name', confidence: [0.7, 0.5], proposedAgencyFactor: 0.9, fromArticlePlace: !!articleCity });
      }
    }
  });

  // ---- the agencies of an assessment and their roles: named in its sentence, or in the next sentence
  // of the paragraph when that one goes on about the assessment ("Entrusted by CNIPA, the team …")
  draft.assessments.forEach((a, k) => {
    const i = assessmentAt[k]!;
    const scope = [sentences[i]!];
    const next = sentences[i + 1];
    if (next && next.paragraph === sentences[i]!.paragraph && ASSESS.test(toSimplified(next.text)) && !assessmentAt.includes(i + 1)) scope.push(next);
    for (const sn of scope) {
      for (const ag of agencies.filter((x) => x.start >= sn.start && x.end <= sn.end)) {
        if (a.agencies.some((x) => x.agency === ag.id)) continue;
        const clause = roleClause(body, sn, ag.start, ag.end);
        a.agencies.push({ agency: ag.id, role: assessmentRole(toSimplified(clause.text), toSimplified(sn.text)), quote: clause.text });
      }
    }
  });

  // ---- who took part in an event, and how: people (with their titles) and agencies named in the event's
  // sentence and the sentences after it, up to the next event, with a verb that says what they did
  draft.events.forEach((e, k) => {
    const from = eventAt[k]!;
    const to = eventAt[k + 1] ?? sentences.length;
    for (let j = from; j < to; j++) {
      const sn = sentences[j]!;
      const simpSn = toSimplified(sn.text);
      if (j > from && ASSESS.test(simpSn) && OUTCOME.test(simpSn)) continue;
      const who: Array<{ id: string; start: number; end: number; quote: string }> = [];
      for (const pm of peopleIn(sn)) who.push({ id: personRef(pm.name, pm.quote).id, start: pm.start - pm.chainText.length, end: pm.end, quote: pm.quote });
      for (const ag of [...agencies, ...organisations].filter((x) => x.start >= sn.start && x.end <= sn.end)) {
        if (who.some((w) => ag.start >= w.start && ag.end <= w.end)) continue; // the agency of a person's title
        who.push({ id: ag.id, start: ag.start, end: ag.end, quote: '' });
      }
      for (const w of who.sort((x, y) => x.start - y.start)) {
        const role = participantRole(body, sn, w.end);
        if (!role || e.participants.some((p) => p.who === w.id)) continue;
        const clause = roleClause(body, sn, w.start, w.end);
        e.participants.push({ who: w.id, role, quote: clause.text.length >= 2 ? clause.text : sn.text });
      }
    }
  });

  // one event per place, day and kind: a later sentence about a meeting on the same day ("according to a
  // press conference held on July 13" … "A press conference is held on July 13") is the same meeting;
  // its participants join the first statement's
  // (a generated event is the same as any earlier one of its place and day, whatever its kind: "The IP Publicity
  // Week is held from April 19 to 26" after the launch ceremony of April 19)
  draft.events = draft.events.filter((e, k, all) => {
    const candidate = (x: Draft['events'][number]): boolean => x.extraction!.rule.includes(', candidate:');
    const first = all.find((x) => x.place === e.place && x.date === e.date && (x.kind === e.kind || e.extraction!.rule.startsWith('event:generated')) && (candidate(e) || !candidate(x)))!;
    if (first === e) return true;
    for (const p of e.participants) if (!first.participants.some((q) => q.who === p.who)) first.participants.push(p);
    report({ kind: 'event', text: e.quote.slice(0, 40), reason: `the same ${e.kind} on ${e.date} as an earlier sentence states: not proposed twice`, quote: e.quote });
    return false;
  });

  // one assessment per article, kind and subject: a later sentence that goes on about it without a date
  // of its own ("在考核验收过程中…", "验收组一致认为…同意通过验收") is the same assessment, not another one
  // dated from whatever year an earlier sentence named
  // an assessment "carried out" gives way to the article's statement of its outcome (same kind, a shared subject)
  const outcomeStated = (a: Draft['assessments'][number]): boolean => a.outcome !== 'carried out (result not stated)' || !draft.assessments.some((b) => b !== a && b.kind === a.kind && b.outcome !== a.outcome && b.subjects.some((x) => a.subjects.includes(x)));
  const keptAssessments = draft.assessments.filter((a, k) => outcomeStated(a) && (ownDated[k] || !draft.assessments.slice(0, k).some((b) => b.kind === a.kind && b.outcome === a.outcome && b.rank === a.rank && b.subjects.some((x) => a.subjects.includes(x)))));
  for (const a of draft.assessments) if (!keptAssessments.includes(a)) report({ kind: 'assessment', text: a.quote.slice(0, 40), reason: outcomeStated(a) ? `the same ${a.kind} as an earlier sentence states (no date of its own): not proposed twice` : `the same ${a.kind} as the sentence that states its outcome: not proposed twice`, quote: a.quote });
  draft.assessments = keptAssessments;

  // a bound or round figure (突破10万件 in a headline) beside the exact figure of the same place, metric and
  // period (达10.9万件) says the same thing less precisely: only the exact one is proposed
  const roughOnes = draft.observations.filter((o, i) => rounded.has(i) && draft.observations.some((x, j) => j !== i && !rounded.has(j) && x.place === o.place && x.metric === o.metric && x.period === o.period && x.value !== o.value));
  for (const o of roughOnes) report({ kind: 'observation', text: o.quote.slice(0, 40), reason: `a bound or round figure (${o.value}) beside the exact figure of the same metric, place and period: only the exact one is proposed`, quote: o.quote });

  // a figure repeated (a headline line, then the body: "10名公众人物被聘为宣传大使" … "聘请10名公众人物为宣传大使")
  // is one observation: the one whose period its own sentence gives is kept
  draft.observations = draft.observations.filter((o, i, all) => {
    // (recall mode: a figure's readings of another period are candidates of their own)
    const same = all.filter((x, j) => x.place === o.place && x.metric === o.metric && x.value === o.value && x.unit === o.unit && figureWords.get(j) === figureWords.get(i) && (!opts.candidates || x.period === o.period));
    const best = same.reduce((a, b) => (b.extraction!.confidence > a.extraction!.confidence ? b : a));
    return best === o;
  });
  draft.observations = draft.observations.filter((o) => !roughOnes.includes(o));

  // a yearless statement of the same announcement ("此次…入选示范城市名单") takes the year of the article's
  // dated designation of that programme, when there is exactly one such year
  for (const d of draft.designations) {
    if (d.year !== null) continue;
    const years = [...new Set(draft.designations.filter((x) => x.programme === d.programme && x.year !== null).map((x) => x.year))];
    if (years.length === 1) {
      d.year = years[0]!;
      d.extraction = { ...d.extraction!, rule: `${d.extraction!.rule}, year from the article's other designation`, confidence: round(d.extraction!.confidence * 0.9) };
    }
  }
  // one designation per place and programme: a yearless statement adds nothing to a dated one
  draft.designations = draft.designations.filter(
    (d, i, all) => d.year !== null ? all.findIndex((x) => x.place === d.place && x.programme === d.programme && x.year === d.year) === i : !all.some((x) => x.place === d.place && x.programme === d.programme && (x.year !== null || all.indexOf(x) < i)),
  );
  return draft;
}

// ---------------------------------------------------------------------------------------------

/** A page's time stamp: a date with a time of day (2021年04月23日 14:25, 2021-04-23 14:25). */
const PAGE_STAMP = /\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}/gu;

/** One-character names of the municipalities, as news writes where a meeting was held (在京举行, 在沪召开). */
const MUNICIPALITY_SHORT: Record<string, string> = { 京: '北京市', 沪: '上海市', 津: '天津市', 渝: '重庆市' };

/**
 * A day the text gives relative to its publication: 昨天/昨日 (the day before), 今天/今日 (that day), 前天, a bare
 * day of the month (9日: this month's, or last month's when it would fall after the page), "yesterday",
 * "today". Used for events only, when no dated words are found.
 */
function relativeDay(text0: string, published: string): { dateText: string; date: string; year: number } | null {
  const text = text0.replace(SENTENCE_DATELINE, (d) => ' '.repeat(d.length));
  const m = /昨天|昨日|前天|今天|今日(?!头条)|(?<![\d月年号第])(\d{1,2})日(?![电讯電訊])|\byesterday\b|\btoday\b/iu.exec(text);
  if (!m) return null;
  const pub = new Date(`${published}T00:00:00Z`);
  let d: Date;
  if (m[1]) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), day));
    if (d.getUTCDate() !== day) return null;
    if (d > pub) d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, day));
  } else {
    const back = /昨|yesterday/iu.test(m[0]) ? 1 : /前天/u.test(m[0]) ? 2 : 0;
    d = new Date(pub.getTime() - back * 86_400_000);
  }
  const date = d.toISOString().slice(0, 10);
  return { dateText: m[0], date, year: d.getUTCFullYear() };
}

/** Words that put a year after a figure as the year it is compared with, not the year it is of ("2.5 times the number in 2008"). */
const COMPARED_YEAR = /\b(?:(?:double|triple|twice|(?:[\d.]+|two|three|four|five|ten) times|half) (?:the (?:number|figure|level|total) )?|compared (?:with|to) (?:the same period (?:of|in) )?|than (?:(?:that|the number|the figure) )?|from (?:about |around |some |nearly |over )?[\d,.]+(?: \w+)? )in (?:the year )?20\d{2}\b|(?:比|较|較|与|與|同)(?:20\d{2}年|去年|上年)(?:底|末)?(?:同期)?(?:相比)?/gu;

interface Period {
  period: string;
  start?: string;
  end?: string;
  text: string;
}

/** Recall mode: the other reading of a period a figure may have: a year ↔ that year's last day. */
function otherReadings(p: Period): Period[] {
  if (/^\d{4}$/u.test(p.period)) return [{ period: `${p.period}-12-31`, end: `${p.period}-12-31`, text: p.text }];
  const end = /^(\d{4})-12-31$/u.exec(p.period);
  return end ? [{ period: end[1]!, start: `${end[1]}-01-01`, end: p.period, text: p.text }] : [];
}

function periodIn(text0: string, published: string): Period | null {
  const pubYear = Number(published.slice(0, 4));
  // the year a figure is compared with ("double the number in 2012", "growing from about 3,000 in 2010",
  // 比2012年) is not the figure's period: blanked, so the sentence's own period (or the carried one) stands
  const text = text0.replace(COMPARED_YEAR, (w) => ' '.repeat(w.length));
  let m: RegExpExecArray | null;
  // a five-year plan's period named (“十二五”期间, 十三五时期, "the 13th Five-Year Plan period"), once it is over: a
  // flow over its five years, 2011-01/2015-12 for 十二五 (十一五 2006, 十二五 2011, 十三五 2016, 十四五 2021; a stock,
  // stockPeriod, on its last day); its end (“十二五”末) that last day
  if ((m = /[“"「]?十([一二三四])五[”"」]?(期间|期間|时期|時期|末|以来|以來)|\b(?:the )?(11th|12th|13th|14th) Five-Year Plan (?:period|\(20\d{2}-20\d{2}\))/u.exec(text))) {
    const first = ({ 一: 2006, 二: 2011, 三: 2016, 四: 2021, '11th': 2006, '12th': 2011, '13th': 2016, '14th': 2021 } as Record<string, number>)[m[1] ?? m[3]!]!;
    const last = first + 4;
    if (m[2] === '末') return { period: `${last}-12-31`, end: `${last}-12-31`, text: m[0] };
    // (十三五以来: since its first year, as 2016年以来)
    if (/以[来來]/u.test(m[2] ?? '')) return { period: `since ${first}`, start: `${first}-01-01`, end: published, text: m[0] };
    // (a plan still running names no closed period: left to the other rules)
    if (last < pubYear) {
      return { period: `${first}-01/${last}-12`, start: `${first}-01-01`, end: `${last}-12-31`, text: m[0] };
    }
  }
  if ((m = /(?:(20\d{2})年|今年)上半年/u.exec(text))) {
    const y = m[1] ? Number(m[1]) : pubYear;
    return { period: `${y}-H1`, start: `${y}-01-01`, end: `${y}-06-30`, text: m[0] };
  }
  // the months of a year so far (2023年1-10月份, 今年1至6月, 前三季度, 前8个月, "from January to October"): a flow over
  // those months, period `YYYY-01/YYYY-MM` (ISO interval)
  if ((m = /(?:(20\d{2})年|今年)?(?:1|一)\s?(?:-|—|–|~|～|至|到)\s?(\d{1,2}|[二三四五六七八九十]|十一|十二)月(?:份)?|(?:(20\d{2})年|今年)?前(三|3)季度|\b[Ff]rom January to (February|March|April|May|June|July|August|September|October|November|December)(?:,? (20\d{2}))?|\b[Ii]n the first (two|three|four|five|six|seven|eight|nine|ten|eleven) months(?: of (20\d{2}))?|\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) the first (three) quarters(?: of (20\d{2}))?|(?:(20\d{2})年|今年)?前(\d{1,2}|[二三四五六七八九十]|十一)个?月/u.exec(text))) {
    const word = m[2] ?? (m[4] || m[9] ? '9' : undefined) ?? m[12];
    const month = word ? (Number(word) || CN_NUM_MONTH[word]!) : m[5] ? EN_MONTHS.indexOf(m[5].slice(0, 3).toLowerCase()) + 1 : (EN_WORD_NUM[m[7]!] ?? 0);
    const named = m[1] ?? m[3] ?? m[6] ?? m[8] ?? m[10] ?? m[11];
    const y0 = Number(named ?? pubYear);
    // a bare "1-10月" in an article of January names last year's months
    const y = named ? y0 : month > Number(published.slice(5, 7)) ? pubYear - 1 : pubYear;
    if (month >= 2 && month <= 12) {
      const mm = String(month).padStart(2, '0');
      return { period: `${y}-01/${y}-${mm}`, start: `${y}-01-01`, end: new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10), text: m[0] };
    }
  }
  if ((m = /(20\d{2})年以[来來]/u.exec(text))) return { period: `since ${m[1]}`, start: `${m[1]}-01-01`, end: published, text: m[0] };
  if ((m = /by the end of last year|去年底|去年末|截至去年/iu.exec(text))) return { period: String(pubYear - 1), end: `${pubYear - 1}-12-31`, text: m[0] };
  // 截至今年6月底, 截至2022年6月末, "as of the end of June (2022)", "by the end of October": a stock on that month's last day
  // (a flow's: the months up to it, flowPeriod)
  if ((m = /(?:截至|截止|到)(?:(20\d{2})年|今年)?(\d{1,2})月(?:底|末|份)?(?!\s?\d{1,2}\s?日)|\b(?:[Aa]s (?:of|at)|[Bb]y|[Uu]p to) the end of ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,? (20\d{2}))?/u.exec(text))) {
    try {
      const month = m[2] ? Number(m[2]) : EN_MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
      const y0 = resolveDateText(`${m[1] ?? m[4] ?? ''}${m[1] ?? m[4] ? '年' : ''}${month}月`, published).year;
      const last = new Date(Date.UTC(y0, month, 0)).toISOString().slice(0, 10);
      return { period: last, end: last, text: m[0] };
    } catch {
      // not a month the loader reads: fall through
    }
  }
  // "As of the end of 2021", "By the end of 2021", 截至2021年底: a stock on the year's last day
  if ((m = /\b(?:[Aa]s (?:of|at)|[Bb]y|[Uu]p to) the end of (20\d{2})\b|(?:截至|截止|到)(20\d{2})年(?:底|末)/u.exec(text))) {
    const y = m[1] ?? m[2];
    return { period: `${y}-12-31`, end: `${y}-12-31`, text: m[0] };
  }
  // "so far this year", "this year so far": the year up to publication, as 今年
  if ((m = /\bso far this year\b|\bthis year so far\b|\b(?:the )?year to date\b/iu.exec(text))) return { period: String(pubYear), start: `${pubYear}-01-01`, end: published, text: m[0] };
  // 截至目前 / "so far" / "up to now" / "to date": a stock on the day of publication
  if ((m = /截至目前|截止目前|截至发稿|到目前为止|\b[Aa]s of now\b|\bso far\b|\b[Uu]p to now\b|\b[Uu]ntil now\b|\b[Tt]o date\b|\b[Aa]s of today\b/u.exec(text))) return { period: published, end: published, text: m[0] };
  // "As of March 31", 截至3月31日: a stock on that day
  if ((m = /\b[Aa]s of ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,? \d{4})?)|截至((?:\d{4}年)?\d{1,2}月\d{1,2}日)/u.exec(text))) {
    try {
      const day = isoOf(resolveDateText((m[1] ?? m[2])!, published));
      if (day.length === 10) return { period: day, end: day, text: m[0] };
    } catch {
      // not a date the loader reads: fall through
    }
  }
  // "annual patent application has increased … over the past five years": the latest full year's figure
  if (/\bannual\b|年度/iu.test(text) && (m = /\b(?:over|in|during) the (?:past|last) (?:\w+ )?years\b|(?:过去|近)[一二三四五六七八九十\d]+年/iu.exec(text))) return { period: String(pubYear - 1), start: `${pubYear - 1}-01-01`, end: `${pubYear - 1}-12-31`, text: m[0] };
  // "At present", 目前: a stock on the day of publication
  if ((m = /\b[Aa]t present\b|\b[Cc]urrently\b|(?<!截至|截止)目前/u.exec(text))) return { period: published, end: published, text: m[0] };
  if ((m = /\blast year\b|去年/iu.exec(text))) return { period: String(pubYear - 1), start: `${pubYear - 1}-01-01`, end: `${pubYear - 1}-12-31`, text: m[0] };
  if ((m = /(20\d{2})年(?:全年|底|末)?/u.exec(text)) || (m = /\b[Ii]n (20\d{2})\b/u.exec(text))) {
    const y = Number(m[1]);
    return { period: String(y), start: `${y}-01-01`, end: `${y}-12-31`, text: m[0] };
  }
  if ((m = /今年|this year/iu.exec(text))) return { period: String(pubYear), start: `${pubYear}-01-01`, end: published, text: m[0] };
  return null;
}

/**
 * The period named nearest before a point of a sentence: in the clause holding that point (the whole
 * clause, so "reaching 1,500,500 … in 2018" counts), else in the clauses before it, back to the
 * sentence's start. Clauses end at ；; and, in Chinese, at ，, — in English at a comma not followed by
 * a number, so "As of March 31, 2019" stays whole. Null when no clause up to that point names one.
 */
function periodBefore(text: string, at: number, published: string): Period | null {
  const han = /\p{Script=Han}/u.test(text);
  const bounds = [...text.matchAll(han ? /[；;，,。]/gu : /[;；]|,(?!\s?\d)/gu)].map((m) => m.index + 1);
  const starts = [0, ...bounds.filter((b) => b <= at)];
  const endOf = (a: number): number => bounds.find((b) => b > a) ?? text.length;
  for (let k = starts.length - 1; k >= 0; k--) {
    const p = periodIn(text.slice(starts[k]!, endOf(starts[k]!)), published);
    if (p) return p;
  }
  return null;
}

/**
 * The period of a flow (applications, grants, registrations) stated on a month's last day: a flow is
 * counted over a span, so "by the end of 2017" is the year 2017 and 截至10月底 the months January to
 * October. A stock (valid patents), a cumulative count (累计, "in total since") and any other day stay as
 * they are.
 */
function flowPeriod(key: string, words: string, p: Period | null): Period | null {
  if (!p || p.start || !isFlow(key) || /累计|累積|cumulative|accumulated|since/iu.test(words)) return p;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(p.period);
  if (!m) return p;
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (new Date(Date.UTC(y, mo, 0)).getUTCDate() !== day) return p;
  if (mo === 12) return { period: String(y), start: `${y}-01-01`, end: p.period, text: p.text };
  return mo === 1 ? { period: `${y}-01`, start: `${y}-01-01`, end: p.period, text: p.text } : { period: `${y}-01/${y}-${m[2]}`, start: `${y}-01-01`, end: p.period, text: p.text };
}

/**
 * A flow's period stated in its own sentence as a month's last day within the year ("by the end of October
 * this year", 截至10月底): the months since January (flowPeriod). A year's last day stated there ("by the end
 * of 2021, 2,062 PCT applications") stays as stated: it reads as the total to that day.
 */
function monthsSoFar(key: string, words: string, p: Period | null): Period | null {
  const q = flowPeriod(key, words, p);
  return q && /^\d{4}$/u.test(q.period) ? p : q;
}

/**
 * The period of a stock (valid patents, per 10,000 people: what a place holds on a day) stated for the months
 * of a year so far (1-9月, "in the first three quarters"): the day those months end, the only day the count can
 * be on. A flow keeps its span; a year stays a year, and a half-year (上半年) too, as the seed gold has it.
 */
function stockPeriod(key: string, p: Period | null): Period | null {
  if (!p || !p.end || !isStock(key) || !/^\d{4}-01\/\d{4}-\d{2}$/u.test(p.period)) return p;
  return { period: p.end, end: p.end, text: p.text };
}

interface Figure {
  index: number;
  text: string;
  value: number;
  unit: string;
  changePct?: number;
  quote: string;
  rule: string;
}

const ZH_UNITS: Record<string, string> = { 件: 'items', 项: 'items', 項: 'items', 个: 'items', 個: 'items', 家: 'organisations', 名: 'people', 人: 'people', 户: 'households', 戶: 'households', 份: 'items', 元: 'CNY', 笔: 'transactions', 筆: 'transactions' };

/** Figures in a sentence: counts and amounts with a unit (万/亿 applied), shares in percent; a change in percent joins the figure before it. */
function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  const quoted = [...text.matchAll(/[“"「][^”"」]*[”"」]/gu)].map((q) => [q.index, q.index + q[0].length] as const);
  const inQuotes = (i: number): boolean => quoted.some(([a, b]) => i > a && i < b);
  // a clause ends at a comma, semicolon or full stop, but not at the comma of "8,251"
  const boundary = (j: number): boolean => /[，;；。]/u.test(text[j]!) || (text[j] === ',' && !(/\d/u.test(text[j - 1] ?? '') && /\d/u.test(text[j + 1] ?? '')));
  const clauseOf = (i: number, len: number): string => {
    let a = i;
    while (a > 0 && !boundary(a - 1)) a--;
    let b = i + len;
    while (b < text.length && !boundary(b)) b++;
    return text.slice(a, b).trim();
  };
  // "36, 800": a thousands separator followed by a space in damaged English text is still one number
  const changeRun = new Set<number>();
  const re = /(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:, \d{3})+(?![\d,])(?=\s[a-z])|\d+(?:\.\d+)?)\s?(%|％|percent|per cent|万|萬|亿|億|million|billion)?\s?(元|件|项|項|个|個|家|名|人|户|戶|份|笔|筆|yuan)?/gu;
  for (const m of text.matchAll(re)) {
    const i = m.index;
    const [whole, num, scale, unitWord] = m;
    const prev = text.slice(Math.max(0, i - 6), i);
    const next = text.slice(i + num!.length, i + num!.length + 40);
    // the rest of a number already read ("12.5"), but not a number after a glued full stop ("yuan.5,329")
    if (/\d$|\d\.$/u.test(text.slice(0, i)) || inQuotes(i)) continue;
    if (/第\s?$|No\.\s?$/u.test(prev) || RANK_BEFORE_NUMBER.test(prev)) continue; // ranks ("top 50", 前10强) and numbers of things
    if (/(?:per|every|each|每)\s?$/iu.test(prev)) continue; // "per 10,000 people" is a unit, not a figure
    if (/等\s?$/u.test(prev)) continue; // "中国银行等4家金融机构": who took part, not a figure
    // "increased from 13,900 to 35,200", 从1.39万件增长到3.52万件: the start of a change is no figure of the period
    if (/(?:\bfrom|从|從|由)\s?(?:RMB\s?)?$/u.test(prev) && /^[^,，;；。]{0,30}?(?:\bto\b|到|至)/u.test(text.slice(i + whole.length))) continue;
    if (/^\s?(?:年|月|日|周|天|届|屆|批|st|nd|rd|th|\.\d)/u.test(text.slice(i + whole.length - (unitWord ? unitWord.length : 0)) .replace(/^[元件项項个個家名人户戶份笔筆]/u, '')) && !unitWord && !scale) continue;
    if (/^(?:19|20)\d{2}$/u.test(num!) && !scale && !unitWord) continue; // a year
    if (/全国平均|national average|平均水平/iu.test(text.slice(Math.max(0, i - 25), i))) continue; // not the place's own figure
    const value0 = Number(num!.replace(/, ?/gu, ''));
    if (scale === '%' || scale === '％' || scale === 'percent' || scale === 'per cent') {
      const lead = toSimplified(text.slice(Math.max(0, i - 16), i));
      if (/增长|增加|提高|下降|同比|增幅|increase|growth|grew|rose|up/iu.test(lead) || changeRun.has(i)) {
        if (changeRun.has(i)) continue; // given out with the first change of its run
        // "分别…5200件、1800件,同比增长12%和8%": a run of changes goes to the run of figures, in order
        const run = [...text.slice(i).matchAll(/\d+(?:\.\d+)?\s?(?:%|％|percent|per cent)/gu)];
        let n = 1;
        while (n < run.length && /^\s*(?:和|与|與|及|、|,|and)\s*$/u.test(text.slice(i + run[n - 1]!.index + run[n - 1]![0].length, i + run[n]!.index))) n++;
        const targets = out.slice(-n);
        if (n > 1 && targets.length === n && targets.every((t) => t.changePct === undefined)) {
          targets.forEach((t, k) => (t.changePct = Number(run[k]![0].replace(/[^\d.]/gu, ''))));
          for (let k = 1; k < n; k++) changeRun.add(i + run[k]!.index);
          continue;
        }
        const last = out.at(-1);
        if (last && last.changePct === undefined) last.changePct = value0;
        continue;
      }
      // an index stated in percent (知识产权综合发展指数为32.99%) is the index's value
      if (/指数(?:为|是|达|达到)?\s?$|index (?:of|was|is|stood at|reached) $/iu.test(toSimplified(text.slice(Math.max(0, i - 12), i)))) {
        out.push({ index: i, text: whole.trim(), value: value0, unit: 'percent', quote: clauseOf(i, whole.length), rule: 'index-percent' });
        continue;
      }
      if (!/占|比重|比例|share|proportion|accounting|accounted/iu.test(toSimplified(text.slice(Math.max(0, i - 60), i)))) continue;
      out.push({ index: i, text: whole.trim(), value: value0, unit: 'percent', quote: clauseOf(i, whole.length), rule: 'share-percent' });
      continue;
    }
    const mult = scale === '万' || scale === '萬' ? 1e4 : scale === '亿' || scale === '億' ? 1e8 : scale === 'million' ? 1e6 : scale === 'billion' ? 1e9 : 1;
    const value = Math.round(value0 * mult * 100) / 100;
    let unit: string | null = null;
    if (unitWord) unit = unitWord === 'yuan' ? 'CNY' : ZH_UNITS[unitWord] ?? null;
    else if (/(?:RMB|CNY|¥|￥)\s?$/u.test(prev)) unit = 'CNY'; // "RMB 2.5 billion"
    else if (/^\s?(?:[a-z-]+\s){0,4}(?:per|for every) 10,?000 (?:people|persons|residents|population|citizens|inhabitants)/iu.test(next)) unit = 'per 10,000 people';
    // "invention patents per 10,000 population recorded 111.2 in Beijing": a preposition may follow, a noun may not
    else if (/(?:per|for every) 10,?000 (?:of its |of the )?(?:people|persons|residents|population|citizens|inhabitants)[^,;.]*$/iu.test(text.slice(Math.max(0, i - 80), i)) && (!/^\s?[a-z]/iu.test(next) || /^\s(?:in|at|for|and|as|by|during|over|across)\b/iu.test(next))) unit = 'per 10,000 people';
    else if (/^[a-z]/iu.test(next.trim()) && /^\s/u.test(next) && /^(?:\d{1,3}(?:, ?\d{3})+|\d+(?:\.\d+)?)$/u.test(num!)) {
      // English: "8,251 effective authorized patents", not "25 national ... cities" of a list
      const word = /^\s([a-z-]+(?:\s[a-z-]+){0,3})/iu.exec(next)?.[1] ?? '';
      if (scale) continue;
      if (/^(?:cities|provinces|counties|times|years|days|months|people have|of|percent)/iu.test(word)) continue;
      if (/patent|trademark|copyright|indication|application|enterprise|item|award|case|project|registered|effective|valid|well-known|intangible|institution|support cent/iu.test(text.slice(i, i + 60))) unit = 'items';
    }
    if (!unit && !scale && /^\s?(?:and\b|,|respectively)/u.test(next) && /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u.test(num!) && /patent|trademark|application|authoriz/iu.test(text.slice(Math.max(0, i - 80), i))) {
      // "application and authorization volume reached 19,886 and 12679, respectively"
      unit = 'items';
    }
    if (!unit && !scale && /^\s?(?:[.;,)]|$|(?:over|in|during|since|this|last|by|and)\b)/u.test(next) && /\b(?:to|reached|reaching|totall?ed|totall?ing|stood at|standing at|amounted to|amounting to|hit|hitting|exceeded|exceeding|topped|surpassed|recorded|was|were|is|are|numbered)\s(?:(?:nearly|almost|about|around|roughly|approximately|over|more than|some)\s)?$/u.test(text.slice(Math.max(0, i - 30), i)) && /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u.test(num!) && /patent|trademark|application|authori[sz]|enterprise|institution/iu.test(text.slice(0, i + whole.length))) {
      // "its annual patent authorization has grown from 6,700 to 22,600.", "… to 35,200 over the past five
      // years", "the total number of effective invention patents was 20,309", "Valid trademark
      // registrations …, reaching 1,500,500 and …": the count the sentence names before it
      unit = 'items';
    }
    if (!unit) continue;
    if (/^(?:个城市|個城市|家金融)/u.test(text.slice(i + whole.length - (unitWord?.length ?? 0))) || /^(?:个|個)(?:城市|省|工作日|月|小时|小時)/u.test(next) || /^\s?working days/u.test(next)) continue;
    out.push({ index: i, text: whole.trim(), value, unit, quote: clauseOf(i, whole.length), rule: unitWord ? 'count-with-unit' : 'english-count' });
  }
  // English counts in words ("seven are high-quality overseas IP service institutions", "three technology
  // and innovation support centers"): not "one of", not "the two cities", not the start of "from nine to 74"
  if (!/\p{Script=Han}/u.test(text)) {
    for (const m of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/giu)) {
      const i = m.index;
      const before = text.slice(Math.max(0, i - 12), i);
      const after = text.slice(i + m[0].length, i + m[0].length + 60);
      if (/\b(?:the|these|those|all|each|every|from|of|at|for|in|about|around|over|nearly|than)\s$/iu.test(before) && !/\bmore than\s$/iu.test(before)) continue;
      if (!/^\s(?:(?:are|were)\s)?(?:[a-z-]+\s){0,4}?(?:patents?|trademarks?|copyrights?|indications?|enterprises|institutions|cent(?:er|re)s|awards?|cases|projects|items)\b/iu.test(after)) continue;
      if (TARGET.test(clauseOf(i, m[0].length))) continue;
      out.push({ index: i, text: m[0], value: EN_WORD_NUM[m[1]!.toLowerCase()]!, unit: 'items', quote: clauseOf(i, m[0].length), rule: 'english-count-in-words' });
    }
    out.sort((a, b) => a.index - b.index);
  }
  return out;
}

/** English names of the programmes as news writes them ("demonstration cities for the construction of national intellectual property strong cities", "national IPR model cities"). */
const STRONG_CITY_EN = '(?:for|in) (?:the )?(?:construction|building)(?: of)? (?:a |the )?(?:national )?(?:strong (?:intellectual property|IP) cit(?:y|ies)|(?:intellectual property|IP) (?:strong|power|powerful) cit(?:y|ies))';
const EN_PROGRAMMES: ReadonlyArray<readonly [RegExp, string]> = [
  // "one of the demonstrative cities in Notice of CNIPA on Determining National Pilot Cities in Building the
  // Strong Intellectual Property City": the kind is what the place was selected as, the family the notice's title
  [/(?:demonstrative|demonstration) cit(?:y|ies) (?:in|under|of) (?:the )?Notice\b[^.;]{0,160}?strong (?:intellectual property|IP) cit(?:y|ies)/giu, 'programme:ip-strong-city-demonstration'],
  [/pilot cit(?:y|ies) (?:in|under|of) (?:the )?Notice\b[^.;]{0,160}?strong (?:intellectual property|IP) cit(?:y|ies)/giu, 'programme:ip-strong-city-pilot'],
  [/(?:national )?(?:intellectual property(?: rights)?|IPR?) protection demonstration zones?/giu, 'programme:ip-protection-demonstration-zone'],
  [new RegExp(`(?:demonstrative|demonstration) cit(?:y|ies) ${STRONG_CITY_EN}`, 'giu'), 'programme:ip-strong-city-demonstration'],
  [new RegExp(`pilot cit(?:y|ies) ${STRONG_CITY_EN}`, 'giu'), 'programme:ip-strong-city-pilot'],
  // "a national demonstration city with strong intellectual property rights", "IP strong city (construction) pilot cities"
  [/(?:national )?(?:demonstrative|demonstration) cit(?:y|ies) (?:with|of) strong (?:intellectual property(?: rights)?|IPR?)\b|(?:strong (?:intellectual property|IPR?) city|(?:intellectual property|IPR?) strong city) (?:construction |building )?(?:demonstrative|demonstration) cit(?:y|ies)/giu, 'programme:ip-strong-city-demonstration'],
  [/(?:national )?pilot cit(?:y|ies) (?:with|of) strong (?:intellectual property(?: rights)?|IPR?)\b|(?:strong (?:intellectual property|IPR?) city|(?:intellectual property|IPR?) strong city) (?:construction |building )?pilot cit(?:y|ies)/giu, 'programme:ip-strong-city-pilot'],
  // "Top 10 Power City for Construction of Intellectual Property Rights" (知识产权强市创建市): a strong city to be built, neither demonstration nor pilot
  [/(?:strong|power|powerful) cit(?:y|ies) (?:for|in) (?:the )?(?:construction|building|creation) of (?:intellectual property(?: rights)?|IPR?)\b|(?:intellectual property|IPR?) (?:strong|power|powerful) cit(?:y|ies) (?:construction|building|creation) cit(?:y|ies)/giu, 'programme:ip-strong-city-creation'],
  [/(?:national )?(?:intellectual property(?: rights)?|IPR?) (?:model|demonstration|demonstrative) cit(?:y|ies)/giu, 'programme:ip-demonstration-city'],
  [/(?:national )?(?:intellectual property(?: rights)?|IPR?) pilot cit(?:y|ies)/giu, 'programme:ip-pilot-city'],
];

function englishProgrammes(body: string, known: string[]): Named[] {
  const quoted = [...body.matchAll(/[“"][^”"]*[”"]/gu)].map((q) => [q.index, q.index + q[0].length] as const);
  const out: Named[] = [];
  for (const [re, id] of EN_PROGRAMMES) {
    if (!known.includes(id)) continue;
    for (const m of body.matchAll(re)) {
      // a programme named inside a notice's title is the notice's, not a statement
      if (quoted.some(([a, b]) => m.index > a && m.index < b)) continue;
      out.push({ id, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function mergeNamed(a: Named[], b: Named[]): Named[] {
  const out = [...a];
  for (const x of b) if (!out.some((o) => x.start < o.end && x.end > o.start)) out.push(x);
  return out.sort((x, y) => x.start - y.start);
}

/**
 * English: the programme that governs a place. One named after the place governs it when only a verb
 * stands between ("Guangzhou, Shenzhen were selected as …"); one named before it when a list follows it
 * ("…pilot cities, namely Zhuhai, Huizhou"). Within the part of the sentence up to a semicolon.
 */
function governingProgrammeEn(body: string, s: Sentence, start: number, end: number, progs: Named[], all: Named[]): { id: string; how: 'named' | 'short' } | null {
  let a = start;
  while (a > s.start && body[a - 1] !== ';') a--;
  let b = end;
  while (b < s.end && body[b] !== ';') b++;
  // "…, Zhaoqing were selected as pilot cities": the short form names the article's programme of that kind
  const short = /^[^;]*?\b(?:is|are|was|were|been) (?:selected as |named )?(?:the |a )?(?:first batch of )?(demonstration|pilot) cit(?:y|ies)\b(?! for)/iu.exec(body.slice(end, b));
  const after = progs.find((p) => p.start >= end && p.end <= b);
  if (short && (!after || after.start > end + short[0].length)) {
    const kind = short[1]!.toLowerCase() as 'demonstration' | 'pilot';
    const between = short[0];
    const sameKind = all.filter((p) => kindOf(p.id) === kind && !/county|zone/u.test(p.id)).sort((x, y) => Math.abs(x.start - start) - Math.abs(y.start - start))[0];
    if (sameKind && !/\b\d+\s*(?:are|were)\b|\bincluding\b|\bnamely\b/iu.test(between)) return { id: sameKind.id, how: 'short' };
  }
  if (after) {
    const between = body.slice(end, after.start);
    // "25 are national IPR pilot cities including …": a new subject (a count) between them breaks the link
    if (!/\b\d+\s*(?:are|were|of which)\b|\bincluding\b|\bnamely\b/iu.test(between) && /\b(?:is|are|was|were|been|became|selected|named|designated|approved|as one of)\b/iu.test(between)) return { id: after.id, how: 'named' };
  }
  const before = progs.filter((p) => p.end <= start && p.start >= a).at(-1);
  if (before) {
    const between = body.slice(before.end, start);
    // "…model cities, 23 cities including Zhengzhou": a list after the programme; not past a new subject ("the last city … is")
    if (/\b(?:including|namely|such as)\b|[:：]/iu.test(between) && !/\b\d+\s*(?:are|were)\b|\bthe (?:last|other|remaining)\b/iu.test(between)) return { id: before.id, how: 'named' };
    if (between.length <= 3) return { id: before.id, how: 'named' };
    // "…publicized the results of building a national demonstration city with …, and Dalian was successfully
    // selected": a place whose own clause only says it was selected takes the programme just before it
    if (/^,?\s*(?:and\s+)?$/iu.test(between) && /^\s+(?:was|were|has been|have been|had been)\s+(?:successfully\s+|also\s+)?(?:selected|chosen|approved|named|listed)\b[^,;]*?(?:[.;]|$)/iu.test(body.slice(end, b)) && !progs.some((p) => p.start >= end && p.end <= b)) return { id: before.id, how: 'named' };
  }
  return null;
}

/** The leading lines of a sentence that are each a place name (numbered or not, with its province before it). */
function listLines(s: Sentence): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let at = s.start;
  for (const line of s.text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    if (text && !/^(?:\d{1,3}[.、．]\s*)?\p{Script=Han}{2,16}$/u.test(text)) break;
    if (text) out.push({ start: at + lead, end: at + lead + text.length, text });
    at += line.length + 1;
  }
  return out;
}

/** The clause around a mention, from the last ，;。 before it to the next one after it (English: , too). */
function roleClause(body: string, s: Sentence, start: number, end: number): { start: number; end: number; text: string } {
  let a = start;
  while (a > s.start && !/[，,；;。]/u.test(body[a - 1]!)) a--;
  let b = end;
  while (b < s.end && !/[，,；;。]/u.test(body[b]!)) b++;
  // 由…主持, 代表…发言: the clause may need its verb from the next clause
  const text = body.slice(a, b).trim();
  return { start: a, end: b, text: text.length >= 2 ? text : s.text };
}

/** What an agency did in an assessment, from the words around it. */
function assessmentRole(clause: string, sentence: string): string {
  if (/委托|受托|entrust/iu.test(clause)) return 'entrusted';
  if (/表扬|commend/iu.test(clause)) return 'commended the result';
  if (/公布|通报|发布|announc|publish/iu.test(clause)) return 'announced results';
  if (/督查激励|激励|award|grant/iu.test(clause)) return 'awarded';
  if (/专家|组成|组织|验收组|考核组|评估组|team|experts|carried out|organi[sz]/iu.test(clause) || /专家组|验收组|team/iu.test(sentence)) return 'carried out';
  return 'named in the assessment';
}

/** What a participant did at an event, from the verb after their name (主持, 致辞, 表示, 出席…), else from the sentence. */
function participantRole(body: string, s: Sentence, after: number): string | null {
  const near = toSimplified(body.slice(after, Math.min(s.end, after + 8)));
  const rest = toSimplified(body.slice(after, s.end));
  const ROLES: ReadonlyArray<readonly [RegExp, string]> = [
    [/^[^，,。]{0,2}主持|^[^，,。]{0,2}presided|^[^，,。]{0,2}chaired/iu, 'host'],
    [/^[^，,。]{0,2}(?:致辞|讲话|表示|指出|强调|发言|介绍|addressed|said|spoke|delivered)/iu, 'speaker'],
    [/^[^，,。]{0,2}(?:出席|参加|attended)/iu, 'attendee'],
    [/^[^，,。]{0,2}宣读/u, 'read out the decision'],
    [/^[^，,。]{0,2}(?:授牌|颁发|颁奖|awarded)/iu, 'presenter'],
    [/^[^，,。]{0,2}(?:授信)/u, 'granted credit'],
  ];
  for (const [re, role] of ROLES) if (re.test(near)) return role;
  // 由…主持 / 代表…作了表态发言: the verb closes the sentence
  if (/主持/u.test(rest) && /由/u.test(toSimplified(body.slice(s.start, after)))) return 'host';
  if (/代表[^。]*(?:发言|致辞)/u.test(rest)) return 'speaker';
  return null;
}

/** A clause of a sentence: Chinese clauses end at ，,；;, English ones at ; (commas separate list items). */
function clauseAround(body: string, s: Sentence, start: number, end: number): { start: number; end: number; text: string } {
  const han = /\p{Script=Han}/u.test(s.text);
  const stop = han ? /[，,；;。]/u : /[;]/u;
  let a = start;
  while (a > s.start && !stop.test(body[a - 1]!)) a--;
  let b = end;
  while (b < s.end && !stop.test(body[b]!)) b++;
  return { start: a, end: b, text: body.slice(a, b) };
}

/** 示范城市 / 试点城市 / 示范县 / 试点县 written without the programme's full name. */
function shortProgrammeIn(simp: string): boolean {
  return SHORT_DEMONSTRATION.test(simp) || SHORT_PILOT.test(simp);
}
/** "分别被确定为…示范、试点县": two tiers named in the order of the places before them. */
const RESPECTIVE_TIERS = /分别(?:被)?[^，,。；;]{0,8}?为[^，,。；;]*?(示范|试点)[、和与及](示范|试点)/u;
/** Short forms of a demonstration and a pilot tier ("示范、试点县" names both: it is neither alone). */
const SHORT_DEMONSTRATION = /示范城市|示范城区|示范区|示范县|demonstration cit/iu;
const SHORT_PILOT = /试点城市|试点县|pilot cit/iu;

/**
 * The programme that governs a place: a programme named in the place's own clause (the nearest), else
 * one named earlier in the same part of the sentence (up to a ；), else a short form in that range
 * (示范城市, 试点城市) read as the programme of that kind the article names elsewhere.
 */
function governingProgramme(body: string, s: Sentence, clause: { start: number; end: number }, at: number, progs: Named[], all: Named[]): { id: string; how: 'named' | 'short' } | null {
  const inClause = progs.filter((p) => p.start >= clause.start && p.end <= clause.end);
  if (inClause.length) return { id: inClause.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]!.id, how: 'named' };
  // the part of the sentence this clause belongs to: from the last ；before it
  let partStart = clause.start;
  while (partStart > s.start && !/[；;]/u.test(body[partStart - 1]!)) partStart--;
  // 示范城市 inside an older title (工作示范城市) is not a short form of the programme
  const simp = toSimplified(body.slice(partStart, clause.end)).replace(new RegExp(OLDER_TITLE.source, 'giu'), '');
  const shortKind = (t: string): 'demonstration' | 'pilot' | null =>
    SHORT_DEMONSTRATION.test(t) && !SHORT_PILOT.test(t) ? 'demonstration' : SHORT_PILOT.test(t) && !SHORT_DEMONSTRATION.test(t) ? 'pilot' : null;
  // the place's own clause first (…示范城市,株洲市、常德市被确定为试点城市: 株洲 is a pilot), then its part of the sentence
  const short = shortKind(toSimplified(body.slice(clause.start, clause.end)).replace(new RegExp(OLDER_TITLE.source, 'giu'), '')) ?? shortKind(simp);
  const before = progs.filter((p) => p.end <= clause.start && p.start >= partStart).at(-1);
  if (before && (!short || kindOf(before.id) === short)) return { id: before.id, how: 'named' };
  if (short) {
    // the programme of that kind the article names, nearest first
    const sameKind = all.filter((p) => kindOf(p.id) === short).sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
    if (sameKind) return { id: sameKind.id, how: 'short' };
    // none of that kind is named, but its sibling is (强市建设示范城市 in the headline, "示范、试点城市名单", then
    // "…被确定为试点城市"): the short form is the sibling's counterpart
    const sibling = all.map((p) => PROGRAMME_SIBLINGS[p.id]).find((id) => id !== undefined && kindOf(id) === short);
    if (sibling) return { id: sibling, how: 'short' };
  }
  const any = progs.filter((p) => p.start >= partStart && p.end <= s.end).sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
  return any ? { id: any.id, how: 'named' } : null;
}

/** Demonstration and pilot tiers of one programme family: a short 示范城市/试点城市 names the other tier of the family the article names. */
const PROGRAMME_SIBLINGS: Record<string, string> = Object.fromEntries(
  [
    ['programme:ip-demonstration-city', 'programme:ip-pilot-city'],
    ['programme:ip-strong-city-demonstration', 'programme:ip-strong-city-pilot'],
    ['programme:ip-strong-county-demonstration', 'programme:ip-strong-county-pilot'],
    ['programme:ip-strong-county-project-demonstration', 'programme:ip-strong-county-project-pilot'],
  ].flatMap(([a, b]) => [
    [a!, b!],
    [b!, a!],
  ]),
);

function kindOf(programmeId: string): 'demonstration' | 'pilot' | null {
  return /demonstration/u.test(programmeId) ? 'demonstration' : /pilot/u.test(programmeId) ? 'pilot' : null;
}

/** A new Person entry for the reviewer: id from the pinyin (surname first), Traditional form as an alias. */
function proposePerson(simplified: string, asWritten: string, evidence: string): NonNullable<Draft['proposed']>['people'][number] {
  const syllables = pinyin(simplified, { toneType: 'none', type: 'array', surname: 'head', v: true }).map((x) => x.replace(/ü/gu, 'v'));
  const cap = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);
  const surname = syllables[0] ?? '';
  const given = syllables.slice(1).join('');
  const id = `person:${[surname, given].filter(Boolean).join('-')}`.toLowerCase().replace(/[^a-z:-]/gu, '');
  const aliases = [...new Set([asWritten, ...traditionalForms(simplified)])].filter((a) => a !== simplified);
  return { id, name: simplified, nameEn: [cap(surname), cap(given)].filter(Boolean).join(' '), aliases, evidence };
}

/** A sentence without the years that are not its own: a term's end ("through May 2022", 至2025年) and a document number (国知发保字〔2022〕27号). */
function stripTermEnds(text: string): string {
  return text
    .replace(/(?:through|until|till|to|至|到)\s*(?:[A-Z][a-z]+\.? )?(?:\d{1,2}(?:st|nd|rd|th)?,? )?20\d{2}/gu, ' ')
    .replace(/[〔［\[]20\d{2}[〕］\]]/gu, ' ');
}

/**
 * English titles with a person's name: "Deputy Director He Huaying of Nanjing Intellectual Property
 * Office", "Shen Changyu, commissioner of CNIPA". The name is two capitalised words (Chinese names in
 * English news, surname first); the organisation runs to the next comma, full stop or verb.
 */
/** Capitalised words of organisations and places, never part of a person's name in English news. */
const ORG_WORDS = new Set(['Office', 'Administration', 'Bureau', 'Province', 'Provincial', 'City', 'Municipal', 'Municipality', 'Committee', 'Commission', 'Government', 'Property', 'Intellectual', 'Center', 'Centre', 'Department', 'Ministry', 'People', 'District', 'County', 'Zone', 'Park', 'Association', 'Council', 'Congress', 'Party', 'State', 'National', 'China', 'Chinese', 'Court', 'Market', 'Regulation', 'Supervision', 'Science', 'Technology']);

function englishPositions(text: string): Array<{ name: string; title: string; deputy: boolean; org: string; orgAt: number; quote: string; orgBefore?: boolean; orgFromArticle?: boolean }> {
  const out: Array<{ name: string; title: string; deputy: boolean; org: string; orgAt: number; quote: string; orgBefore?: boolean; orgFromArticle?: boolean }> = [];
  const TITLE = '((?:Deputy |Vice |deputy |vice |Executive |executive )?(?:[Cc]ommissioner|[Dd]irector(?:-[Gg]eneral)?|[Mm]ayor|[Aa]dministrator|[Gg]overnor|[Hh]ead|[Pp]arty (?:[Cc]hief|[Ss]ecretary)|[Ss]pokes(?:person|man|woman)))';
  const NAME = '([A-Z][a-z]+ [A-Z][a-z]+)';
  const ORG = "(?:the )?([A-Z][\\w&'’ -]{2,90}?)(?=,|\\.|;|\\)|$| (?:released|said|says|attended|delivered|presided|announced|addressed|noted|stressed|and|at|in|on|during|with|to|for)\\b)";
  // a name ends where the words go on in lower case or punctuation: "… Office Zhang Qin said"
  const NAME_END = "(?=[,.;:)'’]|\\s+[a-z]|\\s*$)";
  const push = (title: string, name: string, org: string, orgAt: number, quote: string, orgBefore = false): void => {
    if (out.some((o) => o.name === name && o.title === title)) return;
    // "… of the Shanghai Intellectual Property Administration, said": words of an organisation are no name
    if (name.split(' ').some((w) => ORG_WORDS.has(w))) return;
    out.push({ title, deputy: /deputy|vice/iu.test(title), name, org, orgAt, quote, ...(orgBefore ? { orgBefore } : {}) });
  };
  // "Deputy Director He Huaying of Nanjing Intellectual Property Office"
  for (const m of text.matchAll(new RegExp(`\\b${TITLE} ${NAME} of ${ORG}`, 'gu'))) push(m[1]!, m[2]!, m[3]!, m.index + m[0].length - m[3]!.length, m[0]);
  // "Shen Changyu, commissioner of CNIPA", "Lu Hong, the director of the Shanghai Intellectual Property Administration"
  for (const m of text.matchAll(new RegExp(`\\b${NAME}, (?:the )?${TITLE} of ${ORG}`, 'gu'))) push(m[2]!, m[1]!, m[3]!, m.index + m[0].length - m[3]!.length, m[0]);
  // "Vice Governor of Jiangsu Province Li Xiaomin", "Deputy Commissioner of the State Intellectual Property Office Zhang Qin"
  for (const m of text.matchAll(new RegExp(`\\b${TITLE} of (?:the )?((?:[A-Z][\\w&'’-]*\\s){1,8}?)${NAME}${NAME_END}`, 'gu'))) {
    const org = m[2]!.trimEnd();
    push(m[1]!, m[3]!, org, m.index + m[0].indexOf(org, m[1]!.length), m[0]);
  }
  // "Mayor Ge Honglin said …" opening a sentence, with no organisation: the article's own city's mayor (the caller decides)
  for (const m of text.matchAll(new RegExp(`^((?:Vice |Deputy |Executive )?Mayor) ${NAME}${NAME_END}`, 'gu'))) {
    if (!out.some((o) => o.name === m[2])) out.push({ title: m[1]!, deputy: /deputy|vice/iu.test(m[1]!), name: m[2]!, org: '', orgAt: 0, quote: m[0], orgFromArticle: true });
  }
  // "SIPO Deputy Commissioner Zhang Qin", "Chengdu Mayor Ge Honglin": the organisation right before the title
  for (const m of text.matchAll(new RegExp(`((?:[A-Z][\\w&'’-]*\\s){1,6}?)${TITLE} ${NAME}${NAME_END}`, 'gu'))) {
    const org = m[1]!.trimEnd();
    if (/^(?:Deputy|Vice|Executive)$/u.test(org.split(' ').at(-1)!)) continue;
    push(m[2]!, m[3]!, org, m.index, m[0], true);
  }
  return out;
}

/** A sentence up to the end of a figure: the words that can make it a target. */
function clauseUpTo(text: string, end: number): string {
  return text.slice(0, end);
}

function rankIn(simp: string): number | undefined {
  const zh = /第([一二三四五六七八九十\d]+)(?:名|位)/u.exec(simp);
  if (zh) return CN_NUM[zh[1]!] ?? (Number(zh[1]) || undefined);
  const en = /rank(?:s|ed)?\s+(?:(\d+)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))/iu.exec(simp);
  if (en) return en[1] ? Number(en[1]) : EN_ORD[en[2]!.toLowerCase()];
  return undefined;
}

function carriedYear(sentences: Sentence[], i: number, yearIn: (t: string) => number | null): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const y = yearIn(sentences[j]!.text);
    if (y !== null) return y;
  }
  return null;
}

function eventName(sentence: string): string {
  const m = /(?:召开|召開|举行|舉行|举办|舉辦)([^,，。;；]{2,40}?(?:会议|會議|大会|大會|仪式|儀式|论坛|論壇|发布会|發布會|座谈会|座談會))/u.exec(sentence)
    ?? /([^,，。;；]{2,40}?(?:会议|會議|大会|大會|仪式|儀式|论坛|論壇|发布会|發布會|座谈会|座談會))(?:召开|召開|举行|舉行)/u.exec(sentence);
  return (m?.[1] ?? sentence.slice(0, 40)).trim();
}

/** 四川省市场监督管理局 is written 省市场监督管理局 in an article about Sichuan; 达州市科技局 市科技局 in one about Dazhou. */
function provincialShortForms(a: { name: string; aliases: string[] }, names: ExtractContext['gazetteer']['names'], provincesNamed: Set<string>, mainCity: Division | null): string[] {
  const out: string[] = [];
  for (const form of [a.name, ...a.aliases]) {
    const m = /^(\p{Script=Han}{2,3}省)(\p{Script=Han}{4,})$/u.exec(form);
    if (m) {
      const r = names.resolve(m[1]!);
      if (r.status === 'resolved' && provincesNamed.has(r.division.adcode)) out.push(`省${m[2]}`);
    }
    // 达州市科技局 is written 市科技局 after 达州市知识产权局 in an article about Dazhou
    const c = /^(\p{Script=Han}{2,3}市)(\p{Script=Han}{3,})$/u.exec(form);
    if (c && mainCity) {
      const r = names.resolve(c[1]!);
      if (r.status === 'resolved' && r.division.adcode === mainCity.adcode) out.push(`市${c[2]}`);
    }
  }
  return out;
}

function trimTitleOwner(chain: string, owner: string | undefined): string {
  let t = chain;
  if (owner && t.startsWith(toSimplified(owner))) {
    t = t.slice(toSimplified(owner).length);
    // 达州市委副书记: the title is 市委副书记, not 委副书记; 南京市长: 市长, not 长
    if (t.startsWith('委') || t.startsWith('长')) t = `${toSimplified(owner).slice(-1)}${t}`;
  }
  // 达州市委副书记 → 市委副书记: keep the title from its institution word on
  const m = /(市委|省委|县委|区委|党组|党委)?(?:副)?(?:书记|市长|省长|局长|主任|部长|主席|院长|县长|区长|常委|厅长|处长|司长)/u.exec(t);
  // a unit of the organisation before the title is part of it (湖北省知识产权局办公室副主任: 办公室副主任, 专利管理处处长)
  return m && m.index > 0 && !/[、,，]/u.test(t.slice(0, m.index)) && !/^\p{Script=Han}{0,8}(?:办公室|处|科|室)$/u.test(t.slice(0, m.index)) ? t.slice(m.index) : t;
}

function titleEn(title: string): string {
  const parts = title.split(/[、,，]/u).map((p) => {
    for (const [zh, en] of TITLE_EN) if (p.endsWith(zh)) return en;
    return p;
  });
  const out = parts.join(', ');
  return out.length >= 3 ? out : `${out} (title)`;
}

function findEntities(body: string, list: ReadonlyArray<{ id: string; name: string; nameEn: string; aliases: string[] }>): Named[] {
  const simp = [...body].map((c) => toSimplified(c)).join('');
  const lower = simp.toLowerCase();
  const forms: Array<{ id: string; form: string }> = [];
  for (const e of list) {
    for (const f of new Set([e.name, e.nameEn, ...e.aliases])) {
      const form = toSimplified(f).toLowerCase();
      if (form.length >= 2) forms.push({ id: e.id, form });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length || (a.id < b.id ? -1 : 1));
  const out: Named[] = [];
  for (const { id, form } of forms) {
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (out.some((o) => at < o.end && end > o.start)) continue;
      if (/^[a-z]/u.test(form) && (/[a-z]/iu.test(lower[at - 1] ?? '') || /[a-rt-z]/iu.test(lower[end] ?? ''))) continue;
      out.push({ id, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The place a government site's address names: the label before gov.cn (scjgj.nantong.gov.cn → 南通市,
 * www.xiangyin.gov.cn → 湘阴县), when it resolves to exactly one city- or county-level place. A site
 * outside gov.cn (a newspaper's regional channel, a repost) names no place.
 */
function sitePlace(url: string | undefined, names: ExtractContext['gazetteer']['names']): Division | null {
  const host = /^[a-z]+:\/\/([^/:?#]+)/iu.exec(url ?? '')?.[1]?.toLowerCase();
  const label = host && /(?:^|\.)([a-z]{3,})\.gov\.cn$/u.exec(host)?.[1];
  if (!label || label === 'www') return null;
  const r = names.resolve(label);
  return r.status === 'resolved' && r.division.level !== 'province' ? r.division : null;
}

/**
 * Whether the i-th of the (sorted) place mentions stands in an enumeration: the text between it and the
 * mention before or after it is only a list separator (、, a comma, 和, 及, 与, "and").
 */
function listed(body: string, mentions: Mention[], i: number): boolean {
  const sep = /^\s*(?:[、,，]|和|及|与|與|以及|and|,? and)\s*$/u;
  const m = mentions[i]!;
  const before = mentions[i - 1];
  const after = mentions[i + 1];
  return Boolean((before && before.span.end <= m.span.start && sep.test(body.slice(before.span.end, m.span.start))) || (after && m.span.end <= after.span.start && sep.test(body.slice(m.span.end, after.span.start))));
}

function mostNamedCity(mentions: Mention[]): Division | null {
  const counts = new Map<string, { d: Division; n: number; first: number }>();
  for (const m of mentions) {
    const d = m.division!;
    if (d.level === 'province' && !d.municipality) continue;
    const c = counts.get(d.adcode) ?? { d, n: 0, first: m.span.start };
    c.n++;
    counts.set(d.adcode, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best?.d ?? null;
}

/** The place the mentions name most, of any level (a province too); the first named on a tie. */
function mostNamedPlace(mentions: Mention[]): Division | null {
  const counts = new Map<string, { d: Division; n: number; first: number }>();
  for (const m of mentions) {
    const c = counts.get(m.division!.adcode) ?? { d: m.division!, n: 0, first: m.span.start };
    c.n++;
    counts.set(m.division!.adcode, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]?.d ?? null;
}

function uniqueBy(ds: Division[]): Division[] {
  const out: Division[] = [];
  for (const d of ds) if (!out.some((o) => o.adcode === d.adcode)) out.push(d);
  return out;
}

function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

