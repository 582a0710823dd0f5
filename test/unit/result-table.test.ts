/** The playground's "Download result as CSV" and the graph view's CSV export: results as one table. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';

const { resultTable, toCsv } = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'src/server/static/result-table.js')).href)) as {
  resultTable(data: unknown): { columns: string[]; rows: unknown[][] };
  toCsv(columns: string[], rows: unknown[][]): string;
};

describe('result table', () => {
  it('takes the longest list of objects as the rows, nested objects as dotted columns', () => {
    const t = resultTable({ search: [{ score: 2.5, node: { __typename: 'City', name: '黄石市', aliases: ['黃石', 'Huangshi'] } }, { score: 1, node: { __typename: 'Event', name: 'x', aliases: [] } }] });
    expect(t.columns).toEqual(['score', 'node.__typename', 'node.name', 'node.aliases']);
    expect(t.rows).toEqual([
      [2.5, 'City', '黄石市', '黃石; Huangshi'],
      [1, 'Event', 'x', ''],
    ]);
  });

  it('unwraps connection edges to their nodes and picks the biggest list', () => {
    const t = resultTable({ province: { name: '湖北省', cities: { totalCount: 3, edges: [{ node: { name: 'a', designations: [{ year: 2022 }] } }, { node: { name: 'b', designations: [] } }, { node: { name: 'c', designations: [] } }] } } });
    expect(t.columns).toEqual(['name', 'designations']);
    expect(t.rows.map((r) => r[0])).toEqual(['a', 'b', 'c']);
    expect(t.rows[0]![1]).toBe('[{"year":2022}]');
  });

  it('a single object is one row; null fields are empty', () => {
    expect(resultTable({ city: { name: '遂宁市', province: null } })).toEqual({ columns: ['city.name', 'city.province'], rows: [['遂宁市', '']] });
  });

  it('writes RFC 4180 CSV with a BOM: quotes, commas and line breaks survive', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 3]])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });
});
