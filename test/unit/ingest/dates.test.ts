import { describe, expect, it } from 'vitest';
import { isIsoDate, resolveDateText } from '../../../src/ingest/dates.js';

describe('resolveDateText', () => {
  it.each([
    ['March 24th', '2022-06-06', '2022-03-24'],
    ['1月18日', '2023-01-18', '2023-01-18'],
    ['4月21日', '2022-08-14', '2022-04-21'],
    ['7月31日', '2024-07-31', '2024-07-31'],
    ['2022-03-24', '2022-06-06', '2022-03-24'],
    ['Sep 30, 2022', '2023-03-21', '2022-09-30'],
  ])('resolves %s reported on %s to %s', (text, published, expected) => {
    expect(resolveDateText(text, published).date).toBe(expected);
  });

  it('puts a year-less date that would fall after publication in the previous year', () => {
    expect(resolveDateText('12月30日', '2023-01-18').date).toBe('2022-12-30');
  });

  it('dates a run of days by its first day, in the year the article allows', () => {
    expect(resolveDateText('11月27日至28日', '2019-09-01').date).toBe('2018-11-27');
    expect(resolveDateText('2014年11月30日至12月1日', '2015-01-05').date).toBe('2014-11-30');
    expect(resolveDateText('Nov 27-28, 2018', '2019-09-01').date).toBe('2018-11-27');
    expect(() => resolveDateText('11月27日至', '2019-09-01')).toThrow(/unrecognised/u);
  });

  it('keeps month precision when no day is given', () => {
    expect(resolveDateText('今年3月', '2022-08-14')).toEqual({ date: null, year: 2022, month: 3 });
  });

  it('rejects dates that do not exist or cannot be read', () => {
    expect(() => resolveDateText('2月30日', '2022-08-14')).toThrow(/not a calendar date/u);
    expect(() => resolveDateText('last spring', '2022-08-14')).toThrow(/unrecognised/u);
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
