/**
 * The published-roster CSV (seeds/reference/cnipa-designations.csv): one row per programme, round
 * and member, each naming its sources. Rows are parsed here; resolution against the gazetteer and
 * merging with article facts happen in build.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DataFileError } from './bundle.js';

export interface RosterRow {
  /** 1-based number of the data record (the header is not counted). */
  record: number;
  programme: string;
  batch: string;
  year: number;
  term: string;
  member: string;
  province: string;
  sources: string[];
  confidence: 'high' | 'medium' | 'low';
  note: string;
  /** The record exactly as the file writes it, quoting and line breaks included: the evidence. */
  raw: string;
}

const COLUMNS = ['programme', 'batch', 'year', 'term', 'member', 'province', 'sources', 'confidence', 'note'] as const;
const CONFIDENCE = new Set(['high', 'medium', 'low']);

export function readRoster(path: string, fileLabel: string): RosterRow[] {
  const text = readFileSync(path, 'utf8');
  const records = parse(text, { columns: true, raw: true, skip_empty_lines: true, relax_column_count: false }) as Array<{
    record: Record<string, string>;
    raw: string;
  }>;
  return records.map(({ record: r, raw }, i) => {
    const n = i + 1;
    for (const c of COLUMNS) if (!(c in r)) throw new DataFileError(fileLabel, n, c, 'column missing');
    const year = Number(r.year);
    if (!Number.isInteger(year) || year < 2000) throw new DataFileError(fileLabel, n, 'year', `expected a year, found "${r.year}"`);
    if (!CONFIDENCE.has(r.confidence ?? '')) throw new DataFileError(fileLabel, n, 'confidence', `expected high, medium or low, found "${r.confidence}"`);
    const sources = (r.sources ?? '').split(/\s+/u).filter(Boolean);
    if (sources.length === 0) throw new DataFileError(fileLabel, n, 'sources', 'a row needs at least one source address');
    for (const s of sources) if (!/^https?:\/\//u.test(s)) throw new DataFileError(fileLabel, n, 'sources', `"${s}" is not an address`);
    if (r.term && !/^\d{4}-\d{2}\/\d{4}-\d{2}$/u.test(r.term)) throw new DataFileError(fileLabel, n, 'term', `expected YYYY-MM/YYYY-MM, found "${r.term}"`);
    return {
      record: n,
      programme: r.programme ?? '',
      batch: r.batch ?? '',
      year,
      term: r.term ?? '',
      member: r.member ?? '',
      province: r.province ?? '',
      sources,
      confidence: r.confidence as RosterRow['confidence'],
      note: r.note ?? '',
      raw: raw.replace(/[\r\n]+$/u, ''),
    };
  });
}

/** Stable id of a source address: the same URL always gives the same node. */
export function referenceListId(url: string): string {
  return `ref:${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}
