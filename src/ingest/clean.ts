/**
 * Turns a scraped page into the article's own words. Each step is a small function tested on the
 * real seed files (test/unit/ingest/clean.test.ts); `cleanPage` runs them in order.
 */
import { decodeHTML } from 'entities';
import { isHan, readingsOf } from './chinese.js';

export interface CleanPage {
  /** Headline as shown on the page, if the page has one. */
  title: string | null;
  /** Datelines, source lines and bylines found above the body ("2022-06-06 0 By", "日期: 来源:…"). */
  meta: string[];
  /** The article body: the only text facts and mentions may come from. */
  body: string;
  /** Navigation, related-reading lists, editor credits, footers: kept, but never a source of facts. */
  boilerplate: string;
}

/** All cleaning steps in order, then the split into title, meta, body and boilerplate. */
export function cleanPage(raw: string): CleanPage {
  const repaired = dropStrayReplacementMarks(repairMangledEntities(stripPinyinGlosses(repairConverterGarbles(raw))));
  return splitPage(repaired);
}

// ---------------------------------------------------------------------------------------------
// Converter damage in Traditional-script pages

/**
 * Byte-level garbles that the same broken converter is known to produce. They cannot be undone by
 * rule, so each is listed with what it stood for (当?shù)亟?jīng)济 is a widely seen corruption
 * of 当地经济, "local economy").
 */
const KNOWN_GARBLES: ReadonlyArray<readonly [string, string]> = [['?shù)亟?jīng)', '地經(jīng)']];

export function repairConverterGarbles(text: string): string {
  let out = text;
  for (const [garble, meant] of KNOWN_GARBLES) out = out.replaceAll(garble, meant);
  return out;
}

const PINYIN_GLOSS = /\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})\)/gu;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u;

/**
 * Removes "(pinyin)" glued to a character (產(chǎn) → 產). A parenthesis is only treated as a gloss
 * when it directly follows a Han character and holds one pinyin syllable that is a reading of that
 * character (or at least carries a tone mark), so (記者吳采平) and (武漢市知識產權局) survive.
 */
export function stripPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, (match: string, syllable: string, offset: number) => {
    const before = [...text.slice(Math.max(0, offset - 2), offset)].pop() ?? '';
    if (!isHan(before)) return match;
    if (readingsOf(before).includes(syllable) || TONE_MARK.test(syllable)) return '';
    return match;
  });
}

/** A '?' left between punctuation and a Han character is a lost character, not a question. */
export function dropStrayReplacementMarks(text: string): string {
  return text.replace(/(?<=[,，、;；。])\?(?=\p{Script=Han})/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Mangled HTML entities ("u0026 ldquo;" is "&ldquo;" whose "\u0026" escape lost its backslash)

const MANGLED_ENTITY = /\\?u0026\s?(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/giu;

export function repairMangledEntities(text: string): string {
  return text
    .replace(MANGLED_ENTITY, (_m, name: string) => decodeHTML(`&${name};`))
    .replace(/([“‘]) /gu, '$1')
    .replace(/ ([”’])/gu, '$1');
}

// ---------------------------------------------------------------------------------------------
// Splitting the page

/** Page chrome above the article: dropped into boilerplate. */
const HEADER_CHROME: readonly RegExp[] = [
  /^服务粉丝$/u,
  /^我们一直在努力$/u,
  /^当前位置[:：]/u,
  // a bare bullet date above the headline is the listing's date (001), not the article's
  /^•\s*\d{4}-\d{2}-\d{2}$/u,
  // a site's logo alt text, an advertisement slot, an image placeholder, a breadcrumb ("新闻 新闻> 连云港新闻")
  /^logo$/iu,
  /^\S{0,12}广告\S{0,6}$/u,
  /^图片名称$/u,
  /^[^。.]{1,30}(?:\s*>\s*[^。.>]{1,20})+$/u,
  // a form above the article ("商标免费查询系统:姓名:手机:Q Q: …"): three or more labels with colons
  /^(?:[^:：。]{1,12}[:：]){3,}/u,
  // a hotline caption ("商标注册业务专线", "总经理热线") and a section label ("公司动态", "新闻资讯")
  /^\S{0,10}(?:热线|熱線|专线|專線)$/u,
  /^\S{0,4}(?:动态|動態|资讯|資訊)$/u,
];

/** Datelines, source lines and bylines: kept as page metadata. */
const META_LINE: readonly RegExp[] = [
  /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?(?:\s|$)/u,
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}$/u,
  /^日期[:：]/u,
  /^(?:发布时间|發布時間|发布日期|發布日期)[:：]/u,
  /^\S{2,8}记者 \S{1,4} (?:摄影)?报道$/u,
  // a source-and-date line of a repost ("本文来源:长沙商标注册  本文作者:www.mctm.net  发布时间:2022-05-25")
  /^(?:本文)?(?:来源|來源|作者)[:：].{0,80}(?:发布时间|發布時間|发布日期|發布日期)[:：]\s*\d{4}-\d{2}-\d{2}/u,
];

/** The first line matching any of these starts the footer: everything from it on is boilerplate. */
const FOOTER_START: readonly RegExp[] = [
  /^【如果您有新闻线索/u, // the "报料" (news tip) line
  /^相关阅读$/u,
  /^热门文章$/u,
  /^最新文章$/u,
  /^[編编][輯辑]丨/u, // editor credits
  /^•?\s*為你推薦$/u,
  /^熱點推薦$/u,
  /^官方微信公眾號$/u,
  /^-$/u, // a bare dash opens the dated teaser list (004)
  /^相关新闻$|^相關新聞$|^推荐新闻$|^推薦新聞$|^相关链接$/u,
  /^【(?:责任编辑|責任編輯)/u,
];

/**
 * Page chrome that can stand anywhere below the headline, one line each: registration numbers
 * (京ICP备…, 公网安备), copyright lines, contact lines (联系电话:, 传真:, E-mail:, 邮编:, 通讯地址:,
 * "Tel:86-10-…"), the site's sponsor and maintainer lines. Such a line goes to boilerplate; it is
 * never part of the body, so no fact can be quoted from it.
 */
const CHROME_LINE: readonly RegExp[] = [
  /ICP[备備证證]|公网安备|公網安備/u,
  // a copyright notice, not a line about copyrights ("18,868 copyrights registered")
  /版权所有|版權所有|^\s*©|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|all rights reserved/iu,
  /^(?:联系电话|聯繫電話|聯系電話|联系方式|聯繫方式|联系人|聯繫人|电话|電話|传\s?真|傳\s?真|邮\s?箱|郵\s?箱|邮\s?编|郵\s?編|邮政编码|郵政編碼|通讯地址|通訊地址|通信地址|地\s?址|e-?mail|tel|fax|phone)\s*[:：]/iu,
  // a line that is only a telephone number (0731-88718749, 400-123-4567, a mobile number)
  /^(?:\(?0\d{2,3}\)?[-\s]?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})$/u,
  /^(?:主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|网站地图|網站地圖|关于我们|關於我們)/u,
];

const TITLE_MAX_CHARS = 160;
const HAN_TITLE_MAX_CHARS = 60;

export function splitPage(text: string): CleanPage {
  const lines = text.split('\n').map((l) => l.trim());
  const footerAt = lines.findIndex((l) => FOOTER_START.some((re) => re.test(l)));
  const top = footerAt < 0 ? lines : lines.slice(0, footerAt);
  const footer = footerAt < 0 ? [] : lines.slice(footerAt).filter((l) => l !== '');

  const chrome: string[] = [];
  const meta: string[] = [];
  const content: string[] = [];
  // a blank line between two lines of the article is kept (one, however many the page had): it ends a
  // paragraph, so a list does not run on into the lines under it
  let blankBefore = false;
  const paragraphStarts = new Set<number>();
  for (const line of top) {
    if (line === '') {
      blankBefore = true;
      continue;
    }
    if (content.length === 0 && HEADER_CHROME.some((re) => re.test(line))) chrome.push(line);
    else if (META_LINE.some((re) => re.test(line))) meta.push(line);
    else if (line.length <= 160 && CHROME_LINE.some((re) => re.test(line))) chrome.push(line);
    else {
      if (blankBefore) paragraphStarts.add(content.length);
      content.push(line);
    }
    blankBefore = false;
  }

  const first = content[0];
  const title = first !== undefined && looksLikeHeadline(first) ? first : null;
  const from = title === null ? 0 : 1;
  const body = content
    .slice(from)
    .map((l, k) => (k > 0 && paragraphStarts.has(from + k) ? `\n${l}` : l))
    .join('\n');
  return { title, meta, body, boilerplate: [...chrome, ...footer].join('\n') };
}

/** A headline is short and is not a finished sentence (004 opens straight with its lead paragraph). */
function looksLikeHeadline(line: string): boolean {
  const chinese = [...line].some(isHan);
  if (chinese) return line.length <= HAN_TITLE_MAX_CHARS && !line.includes('。');
  return line.length <= TITLE_MAX_CHARS && !/[.;]$/u.test(line);
}
