import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetTraditionalTable, saveTraditionalTable, traditionalForms } from '../../../src/ingest/chinese.js';

// The Traditional forms are kept on disk as data so a start whose names are known never builds the
// ~100 MiB converters; these tests use their own table file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'traditional-table-'));
const file = path.join(dir, 'traditional-forms.json');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = () => JSON.parse(fs.readFileSync(file, 'utf8')) as { fingerprint: string; forms: Record<string, string[]> };

describe('the Traditional forms table', () => {
  it('converts names it does not know and writes them with a fingerprint', () => {
    resetTraditionalTable(file);
    expect(traditionalForms('台州市')).toEqual(['臺州市']);
    expect(traditionalForms('武汉')).toEqual(['武漢']);
    saveTraditionalTable();
    const table = read();
    expect(table.fingerprint).toMatch(/^opencc-js \d+\.\d+\.\d+; /);
    expect(table.forms).toEqual({ 台州市: ['臺州市'], 武汉: ['武漢'] });
  });

  it('answers from the table on disk when its fingerprint matches', () => {
    const table = read();
    table.forms['武汉'] = ['武漢(from the table)'];
    fs.writeFileSync(file, JSON.stringify(table));
    resetTraditionalTable(file);
    expect(traditionalForms('武汉')).toEqual(['武漢(from the table)']);
  });

  it('ignores and rebuilds a table made with another fingerprint or one it cannot read', () => {
    const table = read();
    fs.writeFileSync(file, JSON.stringify({ ...table, fingerprint: 'opencc-js 0.0.1; old rules' }));
    resetTraditionalTable(file);
    expect(traditionalForms('武汉')).toEqual(['武漢']);
    saveTraditionalTable();
    expect(read().forms).toEqual({ 武汉: ['武漢'] });
    expect(read().fingerprint).toBe(table.fingerprint);

    fs.writeFileSync(file, '{"fingerprint": ');
    resetTraditionalTable(file);
    expect(traditionalForms('台州市')).toEqual(['臺州市']);
  });
});
