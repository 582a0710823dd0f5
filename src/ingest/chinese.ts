/**
 * Script conversion and romanisation, kept in one place so that matching (Simplified) and aliases
 * (Traditional, pinyin) always use the same converters.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  releaseTimer = setTimeout(releaseConverters, TRADITIONAL_IDLE_MS).unref();
  return toTraditional;
}

/**
 * The Traditional forms of every name the project has converted, kept on disk as data
 * (.cache/traditional-forms.json, gitignored): a start whose names are all in the table never builds the
 * converters, so its heap peak is about 100 MiB lower. The table is a cache, not a source: its
 * fingerprint is opencc-js's version and TRADITIONAL_RULES, and a table with another fingerprint (or
 * an unreadable one) is ignored and rebuilt; a name not in it is converted and added, and the table is
 * written again (to a temporary file, then renamed, so concurrent processes never read half a file)
 * when the converters are released.
 */
const TRADITIONAL_RULES = 'tw+hk+t, 台→臺, v1';
let tableFile = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), '.cache', 'traditional-forms.json');
const require = createRequire(import.meta.url);
const FINGERPRINT = `opencc-js ${openccVersion()}; ${TRADITIONAL_RULES}`;

/** opencc-js's version, read from its package.json (its `exports` do not expose the file). */
function openccVersion(): string {
  for (let dir = path.dirname(require.resolve('opencc-js')); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'opencc-js' && pkg.version) return pkg.version;
    } catch {
      // not this directory
    }
  }
  return 'unknown';
}
let table: Map<string, string[]> | null = null;
let tableDirty = false;
let exitHook = false;

function traditionalTable(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  try {
    const data = JSON.parse(fs.readFileSync(tableFile, 'utf8')) as { fingerprint?: string; forms?: Record<string, string[]> };
    if (data.fingerprint === FINGERPRINT && data.forms && typeof data.forms === 'object') {
      for (const [k, v] of Object.entries(data.forms)) if (Array.isArray(v)) table.set(k, v);
    }
  } catch {
    // No table yet, or not one we can read: it is rebuilt as names are converted.
  }
  return table;
}

/** Writes the table if it grew; a failure to write only means the next process converts again. */
export function saveTraditionalTable(): void {
  if (!table || !tableDirty) return;
  try {
    fs.mkdirSync(path.dirname(tableFile), { recursive: true });
    const tmp = `${tableFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ fingerprint: FINGERPRINT, forms: Object.fromEntries(table) }));
    fs.renameSync(tmp, tableFile);
    tableDirty = false;
  } catch {
    // read-only checkout or full disk: the converters still answer.
  }
}

/** How many names the table holds. */
export function traditionalTableSize(): number {
  return traditionalTable().size;
}

function releaseConverters(): void {
  toTraditional = null;
  saveTraditionalTable();
}

/** Forgets the in-memory table, so the next call reads `file` (default: the project's table). For tests. */
export function resetTraditionalTable(file?: string): void {
  if (file) tableFile = file;
  table = null;
  tableDirty = false;
}

/** Simplified form of any Chinese text (Traditional HK/TW variants included); other text is unchanged. */
export function toSimplified(text: string): string {
  return twToCn(hkToCn(text));
}

/** Every Traditional spelling of a Simplified name that the converters know, without the name itself. */
export function traditionalForms(simplified: string): string[] {
  const known = traditionalTable().get(simplified);
  if (known) return [...known];
  const forms = new Set(traditionalConverters().map((convert) => convert(simplified)));
  // 台 is written 臺 in formal Traditional text (the 004 teaser has 臺州); OpenCC keeps 台.
  for (const f of [...forms]) if (f.includes('台')) forms.add(f.replaceAll('台', '臺'));
  forms.delete(simplified);
  const result = [...forms];
  traditionalTable().set(simplified, result);
  if (!exitHook) {
    exitHook = true; // a short command may exit before the release timer
    process.once('exit', saveTraditionalTable);
  }
  tableDirty = true;
  return [...result];
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
