/**
 * Finds place names in running text with the one name resolver's forms: full names of every
 * division, short names of provinces, prefectures and municipal districts (黄石, 湖北, 朝阳), the usual
 * English names and pinyin. Longest match wins; a form that names several places is kept with all
 * its candidates, for the caller to settle by context or report.
 */
import { toSimplified } from '../ingest/chinese.js';
import { NameResolver, type Division } from '../names/resolver.js';

export interface PlaceSpan {
  /** Offsets into the text that was scanned. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  candidates: Division[];
  /** Places of a lesser tier that share the form (Huangpu: Guangzhou's 黄埔区 beside Shanghai's 黄浦区), for context to pick. */
  others: Division[];
}

/** Full names that are also ordinary words in news text (城区 "urban area", 新区 "new area"). */
/**
 * Words of programme texts whose tail is a county's name (示范县 ends in 范县, 模范县 too): a name read
 * there is part of the word, not a place.
 */
const WORD_TAILS = ['示范县', '示範縣', '模范县', '模範縣', '典范县', '典範縣'];
const COMMON_WORDS = new Set(['城区', '郊区', '矿区', '新区', '市辖区', '市中区', '中国', '全国', '和平', '东方', '长安', '开发区', '高新区']);

export class PlaceScanner {
  private readonly han = new Map<string, Division[]>();
  private readonly latin = new Map<string, Division[]>();
  private readonly others = new Map<string, Division[]>();
  /** Common words that are also full names (市中区), read as places only right after their city (济南市市中区). */
  private readonly common = new Map<string, Division[]>();
  private readonly maxHan: number;

  constructor(readonly names: NameResolver) {
    let max = 0;
    for (const f of names.forms()) {
      if (f.tier > 1) continue;
      if (COMMON_WORDS.has(f.key)) {
        if (!f.latin) this.common.set(f.key, f.divisions);
        continue;
      }
      if (f.others.length) this.others.set(f.key, f.others);
      if (f.latin) {
        if (f.key.length >= 4) this.latin.set(f.key, f.divisions);
      } else {
        this.han.set(f.key, f.divisions);
        max = Math.max(max, [...f.key].length);
      }
    }
    this.maxHan = max;
  }

  scan(text: string): PlaceSpan[] {
    const out: PlaceSpan[] = [];
    // Chinese: character by character over a Simplified copy of the same length
    const chars = [...text];
    const simp = chars.map((c) => toSimplified(c));
    const offsets: number[] = [];
    let o = 0;
    for (const c of chars) {
      offsets.push(o);
      o += c.length;
    }
    offsets.push(o);
    for (let i = 0; i < chars.length; ) {
      let hit: { len: number; divisions: Division[] } | undefined;
      for (let len = Math.min(this.maxHan, chars.length - i); len >= 2; len--) {
        const key = simp.slice(i, i + len).join('');
        const d = this.han.get(key);
        if (d) {
          hit = { len, divisions: d };
          break;
        }
      }
      // 济南市市中区: a common word that is a full name, right after a city it lies in
      const prev = out.at(-1);
      if (!hit && prev && prev.end === offsets[i]) {
        for (let len = Math.min(4, chars.length - i); len >= 2 && !hit; len--) {
          const d = this.common.get(simp.slice(i, i + len).join(''))?.filter((c) => prev.candidates.some((p) => p.adcode === c.parentAdcode));
          if (d?.length) hit = { len, divisions: d };
        }
      }
      // 示范县(区): 范县 is the tail of the word 示范县, not a place
      if (hit && i > 0 && WORD_TAILS.includes(chars.slice(i - 1, i + hit.len).join(''))) hit = undefined;
      if (hit) {
        // 黄石市 rather than 黄石 + 市: extend over a unit suffix the key left out
        const start = offsets[i]!;
        const end = offsets[i + hit.len]!;
        out.push({ start, end, text: text.slice(start, end), candidates: hit.divisions, others: this.others.get(simp.slice(i, i + hit.len).join('')) ?? [] });
        i += hit.len;
      } else i += 1;
    }
    // Latin: one to four words joined
    // a possessive 's is not part of the name (Beijing’s, Shanghai's); Xi’an keeps its apostrophe
    const words = [...text.matchAll(/[A-Za-z][A-Za-z\-]*(?:['’](?!s\b)[A-Za-z\-]+)*/gu)];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const first = words[i]!;
        const last = words[i + n - 1]!;
        const start = first.index;
        const end = last.index + last[0].length;
        const phrase = text.slice(start, end);
        if (/[.,;:()]/u.test(phrase)) continue;
        const key = NameResolver.keyOf(phrase);
        const d = this.latin.get(key);
        // a lower-case word is only a place when it is long enough not to be an English word
        if (d && (/^[A-Z]/u.test(phrase) || key.length >= 6)) {
          // "Changsha County", "Huangpu District": the suffix names the level, so a county or district of that
          // name is meant over the better-known city whose name it shares
          const level = /\sCounty$/iu.test(phrase) ? ['county', 'county-level-city'] : /\sDistrict$/iu.test(phrase) ? ['district'] : null;
          const suffixed = level ? [...d, ...(this.others.get(key) ?? [])].filter((x) => level.includes(x.level)) : [];
          const candidates = suffixed.length && !d.some((x) => level!.includes(x.level)) ? suffixed : d;
          out.push({ start, end, text: phrase, candidates, others: candidates === d ? this.others.get(key) ?? [] : [] });
          taken = n;
          break;
        }
      }
      i += taken || 1;
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
