/**
 * Script conversion and romanisation, kept in one place so that matching (Simplified) and aliases
 * (Traditional, pinyin) always use the same converters.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

// Hong Kong and Taiwan variants differ for a few characters (e.g. 臺/台), and both occur in sources.
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * The three Simplified→Traditional converters hold about 100 MiB of dictionary tries (cn→tw 40, cn→hk
 * 39, cn→t 20 MiB, measured with a heap snapshot), and they are needed only while name tables are built
 * (the resolver's index, the gazetteer). They are made on first use and dropped once unused for
 * TRADITIONAL_IDLE_MS, so a running server does not carry them; a later build makes them again.
 */
const TRADITIONAL_IDLE_MS = 2000;
let toTraditional: ((s: string) => string)[] | null = null;
let releaseTimer: NodeJS.Timeout | undefined;
function traditionalConverters(): ((s: string) => string)[] {
  toTraditional ??= (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  clearTimeout(releaseTimer);
  releaseTimer = setTimeout(() => (toTraditional = null), TRADITIONAL_IDLE_MS).unref();
  return toTraditional;
}

/** Simplified form of any Chinese text (Traditional HK/TW variants included); other text is unchanged. */
export function toSimplified(text: string): string {
  return twToCn(hkToCn(text));
}

/** Every Traditional spelling of a Simplified name that the converters know, without the name itself. */
export function traditionalForms(simplified: string): string[] {
  const forms = new Set(traditionalConverters().map((convert) => convert(simplified)));
  // 台 is written 臺 in formal Traditional text (the 004 teaser has 臺州); OpenCC keeps 台.
  for (const f of [...forms]) if (f.includes('台')) forms.add(f.replaceAll('台', '臺'));
  forms.delete(simplified);
  return [...forms];
}

const HAN = /\p{Script=Han}/u;
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Readings (with tone marks) of one Han character, Traditional or Simplified. */
export function readingsOf(ch: string): string[] {
  const readings = new Set<string>();
  for (const c of new Set([ch, toSimplified(ch)])) {
    for (const r of pinyin(c, { multiple: true, type: 'array' })) readings.add(r);
  }
  return [...readings];
}

/**
 * Romanised place name as used in English ("Huangshi", "Xi'an", "Lvliang"): syllables joined, an
 * apostrophe where a syllable starting with a vowel would otherwise run into the previous one.
 */
export function romanise(simplified: string): string {
  const syllables = pinyin(simplified, { toneType: 'none', type: 'array', v: true }).filter((s) => s.trim() !== '');
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
