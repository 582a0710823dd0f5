import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/ingest/bundle.js';
import { buildGazetteer, readGazetteerExtra, type Gazetteer, type Place } from '../../../src/ingest/gazetteer.js';
import { SEEDS_DIR } from './helpers.js';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = buildGazetteer(readGazetteerExtra(join(SEEDS_DIR, 'gazetteer-extra.json'), 'gazetteer-extra.json'), 'gazetteer-extra.json');
});

function resolved(written: string, province?: string): Place {
  const r = gaz.resolve(written, province);
  if (!r.ok) throw new Error(r.reason);
  return r.place;
}

describe('gazetteer coverage', () => {
  it('has every provincial-level division and the prefecture-level cities with GB/T 2260 codes', () => {
    const provinces = gaz.places.filter((p) => p.label === 'Province');
    expect(provinces).toHaveLength(34);
    expect(gaz.get('province:420000')?.name).toBe('湖北省');
    const prefectures = gaz.places.filter((p) => p.level === 'prefecture' || p.level === 'autonomous-prefecture');
    expect(prefectures.length).toBeGreaterThan(320);
    expect(gaz.places.filter((p) => p.level === 'municipality').map((p) => p.name).sort()).toEqual(['上海市', '北京市', '天津市', '重庆市'].sort());
  });

  it('names 黄石市 in every form a researcher may search for', () => {
    const huangshi = gaz.get('city:420200')!;
    expect(huangshi.name).toBe('黄石市');
    expect(huangshi.nameEn).toBe('Huangshi');
    expect(huangshi.aliases).toEqual(expect.arrayContaining(['黄石', '黃石', '黃石市', 'Huangshi City']));
    expect(huangshi.parentId).toBe('province:420000');
  });

  it('gives conventional English names and apostrophes where pinyin needs them', () => {
    expect(resolved('西安').nameEn).toBe("Xi'an");
    expect(resolved('哈尔滨').nameEn).toBe('Harbin');
    expect(gaz.get('province:610000')?.nameEn).toBe('Shaanxi');
    expect(resolved('昌吉州').nameEn).toBe('Changji Hui Autonomous Prefecture');
  });
});

describe('resolving names as sources write them', () => {
  it('short names', () => {
    expect(resolved('武汉', '湖北').id).toBe('city:420100');
    expect(resolved('黃石').id).toBe('city:420200');
  });

  it('districts written with their city', () => {
    const haidian = resolved('北京市海淀区', '北京');
    expect(haidian).toMatchObject({ id: 'city:110108', level: 'district', parentId: 'city:110000' });
    expect(resolved('常德市汉寿县', '湖南')).toMatchObject({ id: 'city:430722', level: 'county', parentId: 'city:430700' });
  });

  it('county-level cities inside their prefecture', () => {
    expect(resolved('常熟', '江苏')).toMatchObject({ id: 'city:320581', level: 'county-level-city', parentId: 'city:320500' });
    expect(gaz.get('city:320500')?.name).toBe('苏州市');
  });

  it('autonomous prefectures by their short form', () => {
    expect(resolved('昌吉州', '新疆')).toMatchObject({ id: 'city:652300', level: 'autonomous-prefecture', name: '昌吉回族自治州' });
  });

  it('renamed units by their former names', () => {
    expect(resolved('即墨', '山东')).toMatchObject({ id: 'city:370215', name: '即墨区', formerNames: ['即墨市'], parentId: 'city:370200' });
    expect(resolved('海门', '江苏')).toMatchObject({ id: 'city:320614', parentId: 'city:320600' });
    expect(resolved('襄樊')).toMatchObject({ id: 'city:420600', name: '襄阳市' });
  });

  it('adds a county-level unit the curated file does not list when a name needs it', () => {
    expect(gaz.get('city:110101')).toBeUndefined();
    expect(resolved('北京市东城区', '北京')).toMatchObject({ id: 'city:110101', name: '东城区', level: 'district', parentId: 'city:110000', nameEn: 'Dongcheng District' });
    expect(gaz.get('city:110101')?.record).toContain('110101');
  });

  it('says why a name cannot be resolved, and lists the candidates of an ambiguous one', () => {
    const r = gaz.resolve('不存在', '湖北');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('不存在');
    const chaoyang = gaz.resolve('朝阳');
    expect(chaoyang.ok).toBe(false);
    if (!chaoyang.ok) expect(chaoyang.candidates).toEqual([expect.stringContaining('110105'), expect.stringContaining('211300')]);
    expect(resolved('朝阳', '北京').id).toBe('city:110105');
  });
});

describe('curated additions', () => {
  it('are checked against the package: a wrong adcode rejects the file, naming record and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    cpSync(join(SEEDS_DIR, 'gazetteer-extra.json'), join(dir, 'extra.json'));
    const doc = JSON.parse(readFileSync(join(dir, 'extra.json'), 'utf8')) as { units: Array<{ adcode: string }> };
    doc.units[2]!.adcode = '320599';
    writeFileSync(join(dir, 'extra.json'), JSON.stringify(doc));
    const attempt = (): Gazetteer => buildGazetteer(readGazetteerExtra(join(dir, 'extra.json'), 'gazetteer-extra.json'), 'gazetteer-extra.json');
    expect(attempt).toThrow(DataFileError);
    expect(attempt).toThrow(/gazetteer-extra\.json: record units\.2, field adcode/u);
  });

  it('a renamed county resolves by its former name (郫县 → 郫都区), and a wrong name beside its adcode rejects the file', () => {
    const pidu = resolved('四川省成都市郫县');
    expect(pidu).toMatchObject({ id: 'city:510117', name: '郫都区', formerNames: ['郫县'] });
    expect(resolved('双流县').id).toBe('city:510116');
    // Wuhu's counties renamed since 2019: 无为县 a county-level city, 芜湖县 and 繁昌县 districts
    expect([resolved('无为县').id, resolved('安徽省芜湖市芜湖县').id, resolved('繁昌县').id]).toEqual(['city:340281', 'city:340210', 'city:340212']);
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const doc = JSON.parse(readFileSync(join(SEEDS_DIR, 'gazetteer-extra.json'), 'utf8')) as { renamedCounties: Array<{ name: string }> };
    doc.renamedCounties[0]!.name = '郫县';
    writeFileSync(join(dir, 'extra.json'), JSON.stringify(doc));
    expect(() => buildGazetteer(readGazetteerExtra(join(dir, 'extra.json'), 'gazetteer-extra.json'), 'gazetteer-extra.json')).toThrow(/record renamedCounties\.0, field adcode: 510117 郫县 is not a record/u);
  });
});
