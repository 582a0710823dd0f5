/**
 * Dates as sources write them. A date without a year ("March 24th", "1月18日", "今年3月") takes the
 * year of the article that reports it; if that would put it after the article's own date, it is the
 * previous year's (news reports what has happened). A run of days (11月27日至28日, "Nov 27-28") is
 * dated by its first day. The original words are kept by the caller.
 */

export interface ResolvedDate {
  /** 'YYYY-MM-DD' when the day is known. */
  date: string | null;
  year: number;
  month: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when `iso` is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** The ISO form of a resolved date, as precise as the words: YYYY-MM-DD, YYYY-MM or YYYY. */
export function isoOf(r: ResolvedDate): string {
  if (r.date) return r.date;
  return r.month === null ? String(r.year) : `${r.year}-${pad(r.month)}`;
}

export function resolveDateText(text: string, publishedAt: string): ResolvedDate {
  if (!isIsoDate(publishedAt)) throw new Error(`publication date ${publishedAt} is not a YYYY-MM-DD date`);
  const pubYear = Number(publishedAt.slice(0, 4));
  const t = text.trim();

  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;

  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(t))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(?:(\d{4})年|今年)?(\d{1,2})月(?:(\d{1,2})日?(?:至|到|[-–—~])(?:\d{1,2}月)?\d{1,2}日)$/u.exec(t))) {
    // a run of days (11月27日至28日, 11月30日至12月1日): it began on its first day
    year = m[1] ? Number(m[1]) : null;
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = /^(?:(\d{4})年|今年)?(\d{1,2})月(?:(\d{1,2})日)?$/u.exec(t))) {
    year = m[1] ? Number(m[1]) : null;
    month = Number(m[2]);
    day = m[3] ? Number(m[3]) : null;
  } else if ((m = /^(\d{4})年$/u.exec(t)) || (m = /^(?:in )?(\d{4})$/iu.exec(t))) {
    year = Number(m[1]);
  } else if ((m = /^([A-Za-z]+)\.?,? (\d{4})$/u.exec(t))) {
    // "July 2014": a month, not the 20th of July
    const idx = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase());
    if (idx < 0) throw new Error(`unknown month in date "${text}"`);
    month = idx + 1;
    year = Number(m[2]);
  } else if ((m = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:\s?(?:-|–|to)\s?(?:[A-Za-z]+\.? )?\d{1,2}(?:st|nd|rd|th)?)?(?:,? (\d{4}))?$/u.exec(t))) {
    // "March 24th", "Nov 27-28, 2018" (a run of days began on its first day)
    const idx = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase());
    if (idx < 0) throw new Error(`unknown month in date "${text}"`);
    month = idx + 1;
    day = Number(m[2]);
    year = m[3] ? Number(m[3]) : null;
  } else {
    throw new Error(`unrecognised date "${text}"`);
  }

  if (year === null) {
    if (month === null) throw new Error(`unrecognised date "${text}"`);
    year = pubYear;
    const probe = `${year}-${pad(month)}-${pad(day ?? 1)}`;
    if (probe > publishedAt) year -= 1;
  }
  const date = day === null || month === null ? null : `${year}-${pad(month)}-${pad(day)}`;
  if (date !== null && !isIsoDate(date)) throw new Error(`"${text}" is not a calendar date`);
  return { date, year, month };
}
