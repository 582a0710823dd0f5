/**
 * Scores a draft against gold facts. A fact matches when (as the issue states) its place,
 * programme/metric and year/date/value agree:
 * - designation: place, programme, year;
 * - assessment: a shared subject and the year;
 * - observation: place, metric (the same key: a right value under the wrong metric is a wrong fact),
 *   value (within 0.5%) and period;
 * - event: place and date;
 * - position: person and title — one title a position: a chain of titles of one organisation
 *   (市委副书记、市长; 党组书记、局长) counts as one position per title, in the gold and in the draft alike
 *   (the convention of sets 4–7; the seed gold, written earlier, keeps chains, and is split here).
 * Each gold fact matches at most one proposed fact.
 */
import type { ArticleFacts } from '../../src/ingest/facts.js';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';

export const FACT_TYPES = ['designations', 'assessments', 'observations', 'events', 'positions'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Tally {
  gold: number;
  proposed: number;
  matched: number;
}

export function placeCode(gaz: Gazetteer, ref: string): string {
  if (/^(?:city|province):\d{6}$/u.test(ref)) return ref.split(':')[1]!;
  const r = gaz.resolve(ref);
  return r.ok ? r.place.adcode : `?${ref}`;
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.abs(b) * 0.005;
}

export function score(gaz: Gazetteer, gold: ArticleFacts, got: ArticleFacts): Record<FactType, Tally> {
  return scoreFacts(gaz, gold, got).tally;
}

/**
 * The scores, and for each proposed fact of each type whether it matched a gold fact (in the draft's
 * order; a position split into several titles matches when one of them does): the labels the
 * accept/reject filter learns from.
 */
export function scoreFacts(gaz: Gazetteer, gold: ArticleFacts, got: ArticleFacts): { tally: Record<FactType, Tally>; matched: Record<FactType, boolean[]> } {
  const matched = Object.fromEntries(FACT_TYPES.map((t) => [t, [] as boolean[]])) as unknown as Record<FactType, boolean[]>;
  const tally = scoreWith(gaz, gold, got, matched);
  const split = got.positions.flatMap((x, k) => x.title.split('、').filter(Boolean).map(() => k));
  const byPosition = got.positions.map((_, k) => split.some((owner, j) => owner === k && matched.positions[j] === true));
  matched.positions = byPosition;
  return { tally, matched };
}

function scoreWith(gaz: Gazetteer, gold: ArticleFacts, got: ArticleFacts, labels: Record<FactType, boolean[]>): Record<FactType, Tally> {
  const p = (r: string): string => placeCode(gaz, r);
  const match = <G, P>(type: FactType, gs: G[], ps: P[], same: (g: G, x: P) => boolean): Tally => {
    const used = new Set<number>();
    let matched = 0;
    for (const g of gs) {
      const i = ps.findIndex((x, j) => !used.has(j) && same(g, x));
      if (i >= 0) {
        used.add(i);
        matched++;
      }
    }
    labels[type] = ps.map((_, j) => used.has(j));
    return { gold: gs.length, proposed: ps.length, matched };
  };
  // a gold assessment dated only by its words ("March 24th", 今年3月) is dated as the loader resolves them
  const yearOf = (x: { year?: number | null; dateText?: string; date?: string }, published?: string): number | null =>
    x.year ?? (x.date ? Number(x.date.slice(0, 4)) : x.dateText && published ? Number(resolved(x.dateText, published).slice(0, 4)) || null : null);
  const eventDate = (x: ArticleFacts['events'][number], published: string): string => x.date ?? x.dateText;
  return {
    designations: match('designations', gold.designations, got.designations, (g, x) => p(g.place) === p(x.place) && g.programme === x.programme && g.year === x.year),
    assessments: match('assessments', gold.assessments, got.assessments, (g, x) => g.subjects.some((s) => x.subjects.map(p).includes(p(s))) && yearOf(g, gold.article.publishedAt) === yearOf(x)),
    observations: match('observations', gold.observations, got.observations, (g, x) => p(g.place) === p(x.place) && g.metric === x.metric && sameValue(x.value, g.value) && g.period === x.period),
    events: match('events', gold.events, got.events, (g, x) => p(g.place) === p(x.place) && (g.date ?? resolved(g.dateText, gold.article.publishedAt)) === eventDate(x, got.article.publishedAt)),
    positions: match('positions', oneTitleEach(gold.positions), oneTitleEach(got.positions), (g, x) => g.person === x.person && g.title === x.title),
  };
}

/** A position per title: 市委副书记、市长 is 市委副书记 and 市长. */
function oneTitleEach<P extends { title: string }>(ps: P[]): P[] {
  return ps.flatMap((p) => p.title.split('、').filter(Boolean).map((title) => ({ ...p, title })));
}

import { isoOf, resolveDateText } from '../../src/ingest/dates.js';
function resolved(text: string, published: string): string {
  try {
    return isoOf(resolveDateText(text, published));
  } catch {
    return text;
  }
}
