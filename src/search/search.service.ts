/**
 * One box for every name form. The user's text goes through the name resolver (src/names: 湖北省黄石市,
 * "Huangshi, Hubei", Xi’an and XIAN name one place; an ambiguous name such as 朝阳 adds every
 * candidate), is normalised (Traditional → Simplified with opencc-js, "Huangshi City" → also
 * "Huangshi"), escaped for Lucene, and run against the `entity_names` full-text index (CJK analyzer:
 * Chinese as bigrams, Latin as lower-cased words). Text that names no place is searched as written.
 */
import * as OpenCC from 'opencc-js';
import { BadUserInputError } from '../errors/errors.js';
import { defaultNameResolver } from '../names/resolver.js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const GENERIC_EN = /\b(city|province|prefecture|district|county|municipality|autonomous|region)\b/gi;
const GENERIC_ZH = /(市|省|区|县|自治州|自治区)$/;

export const MAX_SEARCH = 50;

export interface SearchQuery {
  query: string;
  exact: string[];
}

/** Builds the Lucene query: every variant as a phrase, OR-ed; exact forms rank first on ties. */
export function buildSearchQuery(text: string): SearchQuery {
  const t = text.normalize('NFKC').trim();
  if (t.length === 0) throw new BadUserInputError('Argument "text" must contain at least one letter or character.', { argument: 'text' });
  if (t.length > 100) throw new BadUserInputError('Argument "text" must be at most 100 characters.', { argument: 'text', allowed: { maxLength: 100 } });
  const variants = new Set<string>();
  // What the name resolver makes of it comes first: those are the exact names to rank first.
  const resolved = defaultNameResolver().resolve(t);
  if (resolved.status === 'resolved') variants.add(resolved.division.name);
  if (resolved.status === 'ambiguous') for (const c of resolved.candidates) variants.add(c.name);
  variants.add(t);
  const simplified = toSimplified(t);
  variants.add(simplified);
  const noGeneric = t.replace(GENERIC_EN, ' ').replace(/\s+/g, ' ').trim();
  if (noGeneric) variants.add(noGeneric);
  const zhShort = simplified.replace(GENERIC_ZH, '');
  if (zhShort.length >= 2) variants.add(zhShort);
  // Pinyin written with spaces ("huang shi") also matches the joined form the aliases carry.
  if (/^[a-z ]+$/i.test(noGeneric) && noGeneric.includes(' ')) variants.add(noGeneric.replace(/ /g, ''));
  const phrases = [...variants].map((v) => v.replace(LUCENE_SPECIAL, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (phrases.length === 0) throw new BadUserInputError('Argument "text" has nothing searchable once punctuation is removed.', { argument: 'text' });
  return { query: phrases.map((p) => `"${p}"`).join(' OR '), exact: [...variants] };
}
