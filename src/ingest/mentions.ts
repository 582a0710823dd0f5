/**
 * Which entities a text names, found by matching their name forms against the Simplified text.
 * Computed, never listed by hand, so that a new article gets its mentions for free.
 */
import type { NodeRef } from './bundle.js';
import { toSimplified } from './chinese.js';

export interface Nameable {
  ref: NodeRef;
  /** Every form the entity may be written in (Chinese in any script, English). */
  forms: string[];
}

const LATIN = /^[\x20-\x7e’]+$/u;
const MIN_HAN_FORM = 2;
const MIN_LATIN_FORM = 4;

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
      const re = new RegExp(`(?<![a-z])${escapeRe(form)}(?![a-z])`, 'u');
      if (re.test(lower)) take(refs);
    }
    return [...found.values()].sort((a, b) => key(a).localeCompare(key(b)));
  }
}

function add(map: Map<string, NodeRef[]>, form: string, ref: NodeRef): void {
  const refs = map.get(form) ?? [];
  if (!refs.some((r) => key(r) === key(ref))) refs.push(ref);
  map.set(form, refs);
}

function key(r: NodeRef): string {
  return `${r.label}|${r.id}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
