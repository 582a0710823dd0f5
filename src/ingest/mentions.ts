/**
 * Which entities a text names, found by matching their name forms against the Simplified text.
 * Computed, never listed by hand, so that a new article gets its mentions for free.
 */
import type { NodeRef } from './bundle.js';
import { toSimplified } from './chinese.js';

export interface Mention {
  ref: NodeRef;
  /** The forms of the name that were matched, as the text writes them. */
  nameForms: string[];
  /** The sentences that name it, in the text's own script (at most MAX_SENTENCES, long ones cut). */
  evidence: string[];
}

export interface Nameable {
  ref: NodeRef;
  /** Every form the entity may be written in (Chinese in any script, English). */
  forms: string[];
}

const LATIN = /^[\x20-\x7e’]+$/u;
const MIN_HAN_FORM = 2;
const MIN_LATIN_FORM = 4;
const MAX_SENTENCES = 3;
const MAX_SENTENCE = 240;
const WINDOW = 90;

export class MentionMatcher {
  private readonly han = new Map<string, NodeRef[]>();
  private readonly latin = new Map<string, NodeRef[]>();

  constructor(entities: Nameable[]) {
    for (const e of entities) {
      for (const raw of new Set(e.forms)) {
        const form = raw.trim();
        if (LATIN.test(form)) {
          if (form.length >= MIN_LATIN_FORM) add(this.latin, form.toLowerCase(), e.ref);
        } else if (form.length >= MIN_HAN_FORM) {
          add(this.han, toSimplified(form), e.ref);
        }
      }
    }
  }

  /**
   * Entities named in `text`, in a stable order. A form shared by two different entities (Taizhou:
   * 台州 or 泰州) names neither; a municipality's Province and City (province:110000, city:110000) are
   * one place, so its form names both.
   */
  match(text: string): NodeRef[] {
    const simplified = toSimplified(text);
    const lower = simplified.toLowerCase();
    const found = new Map<string, NodeRef>();
    const take = (refs: NodeRef[]): void => {
      if (new Set(refs.map((r) => r.id.split(':')[1])).size !== 1) return;
      for (const r of refs) found.set(key(r), r);
    };
    for (const [form, refs] of this.han) {
      if (simplified.includes(form)) take(refs);
    }
    for (const [form, refs] of this.latin) {
      if (lower.includes(form) && latinRe(form).test(lower)) take(refs);
    }
    return [...found.values()].sort((a, b) => key(a).localeCompare(key(b)));
  }

  /**
   * Like `match`, with what supports each mention: the forms matched and the sentences they occur in.
   * The set of entities is exactly `match(text)`'s.
   */
  matchWithEvidence(text: string): Mention[] {
    const refs = this.match(text);
    const wanted = new Set(refs.map(key));
    const out = new Map<string, { ref: NodeRef; forms: Set<string>; sentences: string[] }>(refs.map((r) => [key(r), { ref: r, forms: new Set(), sentences: [] }]));
    const note = (r: NodeRef, form: string, sentence: string, at: number): void => {
      const m = out.get(key(r));
      if (!m) return;
      m.forms.add(form);
      const shown = cut(sentence, at, form.length);
      if (m.sentences.length < MAX_SENTENCES && !m.sentences.includes(shown)) m.sentences.push(shown);
    };
    for (const sentence of sentences(text)) {
      const simplified = toSimplified(sentence);
      // opencc converts character by character for these texts; where it did not, quote the Simplified form
      const aligned = simplified.length === sentence.length;
      const lower = simplified.toLowerCase();
      for (const [form, rs] of this.han) {
        const at = simplified.indexOf(form);
        if (at < 0) continue;
        for (const r of rs) if (wanted.has(key(r))) note(r, aligned ? sentence.slice(at, at + form.length) : form, aligned ? sentence : simplified, at);
      }
      for (const [form, rs] of this.latin) {
        // a substring test first: most forms are in no sentence, and a regex per form and sentence was
        // most of the time building the seed
        const m = lower.includes(form) ? latinRe(form).exec(lower) : null;
        if (!m) continue;
        for (const r of rs) if (wanted.has(key(r))) note(r, sentence.slice(m.index, m.index + form.length), sentence, m.index);
      }
    }
    // A form broken across a line break is in no one sentence: quote the passage around it instead.
    const whole = toSimplified(text);
    for (const m of out.values()) {
      if (m.sentences.length > 0) continue;
      for (const [form, rs] of this.han) {
        const at = whole.indexOf(form);
        if (at < 0 || !rs.some((r) => key(r) === key(m.ref))) continue;
        m.forms.add(form);
        m.sentences.push(cut(whole.replace(/\s/gu, ' '), at, form.length));
        break;
      }
    }
    return [...out.values()].map((m) => ({ ref: m.ref, nameForms: [...m.forms].sort(), evidence: m.sentences }));
  }
}

/** Sentences of a text: split after Chinese or Latin sentence ends and at line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|(?<=\.)(?=\s|[A-Z“"]|$)|\n+/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 0);
}

/** A long sentence is shown as a window around the match. */
function cut(sentence: string, at: number, len: number): string {
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(sentence.length, at + len + WINDOW);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}

function add(map: Map<string, NodeRef[]>, form: string, ref: NodeRef): void {
  const refs = map.get(form) ?? [];
  if (!refs.some((r) => key(r) === key(ref))) refs.push(ref);
  map.set(form, refs);
}

function key(r: NodeRef): string {
  return `${r.label}|${r.id}`;
}

const LATIN_RE = new Map<string, RegExp>();

/** A Latin form as a whole word (not inside a longer one), compiled once per form. */
function latinRe(form: string): RegExp {
  let re = LATIN_RE.get(form);
  if (!re) LATIN_RE.set(form, (re = new RegExp(`(?<![a-z])${escapeRe(form)}(?![a-z])`, 'u')));
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
