/**
 * How the CLI prints a result: an aligned text table (CJK-aware widths, long cells shortened), CSV
 * (csv-stringify; lists and maps as JSON) or JSON (an array of objects keyed by column).
 */
import { stringify } from 'csv-stringify/sync';
import stringWidth from 'string-width';
import type { Json } from './plain-json.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Table cells longer than this (in terminal columns) are shortened with an ellipsis. */
export const TABLE_CELL_MAX = 60;

export function formatResult(format: Format, columns: string[], rows: Json[][]): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))), null, 2) + '\n';
  if (format === 'csv') return stringify([columns, ...rows.map((r) => r.map(csvCell))]);
  return table(columns, rows);
}

/** A CSV cell: strings and numbers as they are, null empty, lists and maps as JSON. */
export function csvCell(v: Json): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

function tableCell(v: Json): string {
  const s = v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);
  const flat = s.replace(/\s*\n\s*/gu, ' ⏎ ');
  if (stringWidth(flat) <= TABLE_CELL_MAX) return flat;
  let out = '';
  for (const ch of flat) {
    if (stringWidth(out + ch) > TABLE_CELL_MAX - 1) break;
    out += ch;
  }
  return out + '…';
}

function table(columns: string[], rows: Json[][]): string {
  const cells = rows.map((r) => columns.map((_, i) => tableCell(r[i] ?? null)));
  const widths = columns.map((c, i) => Math.max(stringWidth(c), ...cells.map((r) => stringWidth(r[i]!))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  const line = (r: string[]) => `│ ${r.map((s, i) => pad(s, widths[i]!)).join(' │ ')} │`;
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  return [rule('┌', '┬', '┐'), line(columns), rule('├', '┼', '┤'), ...cells.map(line), rule('└', '┴', '┘')].join('\n') + '\n';
}
