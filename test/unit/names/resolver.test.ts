/** The one name resolver: every form the issue lists, ambiguity with and without context, coverage. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedFormerNames, defaultNameResolver, NameResolver, type NameResolution } from '../../../src/names/resolver.js';

const names = defaultNameResolver();

function code(r: NameResolution): string {
  if (r.status !== 'resolved') throw new Error(`${r.status}: ${r.reason}`);
  return r.division.adcode;
}

describe('coverage', () => {
  it('knows every division down to county level, with parent and GB/T 2260 code', () => {
    expect(names.size).toBeGreaterThan(3000);
    const hanshou = names.get('430722');
    expect(hanshou).toMatchObject({ name: '汉寿县', level: 'county', parentAdcode: '430700', provinceAdcode: '430000' });
    expect(names.get('320583')).toMatchObject({ name: '昆山市', level: 'county-level-city', parentAdcode: '320500' });
    // directly administered county-level cities lie in their province
    expect(names.get('429004')).toMatchObject({ name: '仙桃市', parentAdcode: '420000' });
    // development zones are not GB/T 2260 divisions
    expect(names.get('320571')).toBeUndefined();
  });
});

describe('forms that name one place', () => {
  it.each([
    ['湖北省黄石市', '420200'],
    ['湖北黄石', '420200'],
    ['黄石', '420200'],
    ['黃石市', '420200'],
    ['Huangshi', '420200'],
    ['Huangshi City', '420200'],
    ['Huangshi, Hubei', '420200'],
    ['北京市朝阳区', '110105'],
    ['昌吉州', '652300'],
    ['Xian', '610100'],
    ['XIAN', '610100'],
    ['Xi’an', '610100'],
    ["Xi'an", '610100'],
    ['常德市汉寿县', '430722'],
    ['湖南省常德市汉寿县', '430722'],
    ['昆山', '320583'],
    ['Ordos', '150600'],
    ['Karamay', '650200'],
    ['Hotan', '653200'],
    ['Hulunbuir', '150700'],
    ['Bayannur', '150800'],
    ['Inner Mongolia', '150000'],
    ['Tibet', '540000'],
    ['Hong Kong', '810000'],
  ])('%s → %s', (form, adcode) => {
    expect(code(names.resolve(form))).toBe(adcode);
  });

  it('gives the usual English name, not mechanical pinyin', () => {
    expect(names.get('150600')?.nameEn).toBe('Ordos');
    expect(names.get('610100')?.nameEn).toBe("Xi'an");
    expect(names.get('810000')?.nameEn).toBe('Hong Kong');
    expect(names.get('420200')?.nameEn).toBe('Huangshi');
  });
});

describe('ambiguous names', () => {
  it('吉林 (province or city) and 朝阳 (Beijing or Liaoning) are reported with their candidates', () => {
    const jilin = names.resolve('吉林');
    expect(jilin.status).toBe('ambiguous');
    if (jilin.status === 'ambiguous') expect(jilin.candidates.map((c) => c.name)).toEqual(['吉林省', '吉林市']);
    const chaoyang = names.resolve('朝阳');
    expect(chaoyang.status).toBe('ambiguous');
    if (chaoyang.status === 'ambiguous') {
      expect(chaoyang.candidates.map((c) => c.adcode)).toEqual(['110105', '211300']);
      expect(chaoyang.reason).toContain('北京市');
      expect(chaoyang.reason).toContain('辽宁省');
    }
  });

  it('are resolved by context when the text gives it', () => {
    expect(code(names.resolve('朝阳', { within: ['北京'] }))).toBe('110105');
    expect(code(names.resolve('朝阳', { within: ['辽宁省'] }))).toBe('211300');
    expect(code(names.resolve('吉林', { within: ['吉林省'] }))).toBe('220200');
    expect(code(names.resolve('吉林', { within: ['长春市'] }))).toBe('220000');
    expect(code(names.resolve('朝阳区', { within: ['长春'] }))).toBe('220104');
  });

  it('a name of nowhere is unknown, with a reason', () => {
    const r = names.resolve('不存在市');
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.reason).toContain('不存在市');
  });
});

describe('extra forms', () => {
  it('former names resolve to today\'s division', () => {
    const withFormer = NameResolver.fromPackage([{ adcode: '420600', forms: ['襄樊市'] }]);
    expect(code(withFormer.resolve('襄樊'))).toBe('420600');
    expect(code(withFormer.resolve('湖北襄樊'))).toBe('420600');
  });

  it('the default resolver (search, place(name:)) knows the former names curated in seeds/gazetteer-extra.json', () => {
    const r = defaultNameResolver().resolve('襄樊');
    expect(r).toMatchObject({ status: 'resolved', division: { adcode: '420600', name: '襄阳市' }, via: expect.stringContaining('former name') });
    expect(code(defaultNameResolver().resolve('襄樊市'))).toBe('420600');
  });

  it('a curated file of the wrong shape is an error naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'names-'));
    const file = join(dir, 'gazetteer-extra.json');
    writeFileSync(file, JSON.stringify({ renamedCities: [{ adcode: 420600, formerNames: ['襄樊市'] }] }));
    expect(() => curatedFormerNames(file)).toThrow(/gazetteer-extra\.json: renamedCities\.0: expected adcode/u);
    expect(curatedFormerNames(join(dir, 'absent.json'))).toEqual([]);
  });
});
