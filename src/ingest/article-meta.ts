/**
 * An article's own metadata read from its page: language, publication date (the dateline, or a date
 * given by the caller), publisher (a 来源 line) and title. Used by the extractor for drafts and by
 * the build for an article that has no reviewed facts file yet.
 */
import type { CleanPage } from './clean.js';
import { toSimplified } from './chinese.js';
import { isIsoDate } from './dates.js';
import type { ArticleFacts } from './facts.js';

type Draft = ArticleFacts;

/** The page gives no usable publication date, and none was given. */
export class ArticleMetaError extends Error {}

/** The first sentence of a body (up to a full stop or line end), for a derived title. */
function leadSentence(body: string): string {
  const line = body.split('\n')[0] ?? body;
  const m = /^[^。！？!?]*[。！？!?]?/u.exec(line);
  const first = (m?.[0] ?? line).trim();
  const cut = /^(.*?[.!?])\s/u.exec(first)?.[1] ?? first;
  return cut;
}

export function languageOf(body: string): 'en' | 'zh-Hans' | 'zh-Hant' {
  const han = [...body].filter((c) => /\p{Script=Han}/u.test(c));
  const latin = body.match(/[A-Za-z]/gu)?.length ?? 0;
  if (han.length < latin / 4) return 'en';
  const changed = han.filter((c) => toSimplified(c) !== c).length;
  return changed / Math.max(1, han.length) > 0.03 ? 'zh-Hant' : 'zh-Hans';
}

export interface Published {
  date: string;
  evidence: string[];
  basis: string;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function publication(meta: string[], body: string, given: string | undefined): Published {
  for (const line of meta) {
    let m = /(\d{4})-(\d{2})-(\d{2})/u.exec(line);
    let date: string | null = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
    if (!date && (m = /^([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})$/u.exec(line))) {
      const idx = EN_MONTHS.indexOf(m[1]!.toLowerCase());
      if (idx >= 0) date = `${m[3]}-${String(idx + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    }
    if (date && isIsoDate(date)) {
      if (given && given !== date) {
        return { date: given, evidence: [line], basis: `Given on the command line (--published ${given}); the page's dateline reads "${line}".` };
      }
      return { date, evidence: [line], basis: `The dateline above the body reads "${line}".` };
    }
  }
  // a publication line inside the page text: 发布时间:2012-04-28, 发布日期：2022-08-14
  for (const line of body.split('\n').slice(0, 5)) {
    const m = /(发布时间|发布日期|發布時間|發佈時間|日期)[:：]\s*(\d{4})-(\d{2})-(\d{2})/u.exec(line);
    const date = m ? `${m[2]}-${m[3]}-${m[4]}` : null;
    if (m && date && isIsoDate(date) && (!given || given === date)) {
      return { date, evidence: [m[0]], basis: `The page's publication line reads "${m[0]}".` };
    }
  }
  if (given) {
    if (!isIsoDate(given)) throw new ArticleMetaError(`--published: expected a YYYY-MM-DD date, found "${given}"`);
    const first = body.split('\n')[0] ?? body;
    return { date: given, evidence: [first.slice(0, 20)], basis: `The page shows no dateline; the date was given on the command line (--published ${given}). Evidence is the body's opening.` };
  }
  throw new ArticleMetaError('the page shows no publication date: pass --published YYYY-MM-DD');
}

export function articleMeta(page: CleanPage, body: string, wholePage: string, language: Draft['article']['language'], published: Published, url: string | undefined): Draft['article'] {
  const source = page.meta.map((l) => /(?:来源|來源)[:：]\s*([^\s:：]+?)(?:收集|编辑|編輯|作者|责任|$|\s)/u.exec(l)).find((m) => m);
  let publisher: string | null = null;
  let publisherEvidence: string | null = null;
  if (source?.[1]) {
    publisher = source[1];
    const ev = /(?:来源|來源)[:：]\s*/u.exec(source.input)![0] + publisher;
    publisherEvidence = wholePage.includes(ev) ? ev : null;
    if (!publisherEvidence) publisher = null;
  }
  const first = leadSentence(body);
  const derived = first.length <= 80 ? first : (first.split(/[,，]/u)[0] ?? first).slice(0, 80);
  return {
    title: page.title ?? derived,
    titleBasis: page.title ? 'page' : 'derived',
    ...(page.title ? {} : { titleNote: 'The page shows no headline; the title is the lead sentence (extractor).' }),
    language,
    publisher,
    publisherEvidence,
    publishedAt: published.date,
    publishedAtEvidence: published.evidence,
    publishedAtBasis: published.basis,
    url: url ?? null,
  };
}
