/**
 * The confidence rule (docs/graph-model.md, "Confidence"): how sure the graph is of a fact, computed
 * from who states it, never set by hand.
 *
 * 1. Sources that are copies of one report (same outlet, same text or page chrome; listed in
 *    seeds/source-reports.json) count once: the fact's independent sources are its distinct reports.
 * 2. `high`: the official notice itself is among the sources, or two independent sources state it.
 *    `medium`: one independent source. (`low` is never reached by counting: it is a judgement on
 *    what kind of statement a source makes, e.g. a city's work plan, and comes from the roster.)
 * 3. The roster's hand-set grade is an input that may only lower the result: the final grade is the
 *    lower of the rule's and the roster's. A roster `low` stays low; a roster `high` resting on one
 *    report becomes `medium`.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface SourceOfFact {
  /** Source id (`article:…`, `ref:…`). */
  id: string;
  /** The report this source is a copy of; absent when the source is its own report. */
  report?: string;
  /** The source reproduces the official notice. */
  isNotice?: boolean;
  /** A short name for the basis text (host or article id). */
  name: string;
}

export interface Graded {
  confidence: Confidence;
  /** Distinct reports among the sources. */
  independentSources: number;
  /** The rule's reasoning in words. */
  basis: string;
}

const ORDER: Confidence[] = ['low', 'medium', 'high'];

export function gradeFact(sources: readonly SourceOfFact[], stated?: Confidence): Graded {
  if (sources.length === 0) throw new Error('a fact needs at least one source');
  const reports = new Map<string, string[]>();
  for (const s of sources) {
    const k = s.report ?? s.id;
    reports.set(k, [...(reports.get(k) ?? []), s.name]);
  }
  const independent = reports.size;
  const notice = sources.find((s) => s.isNotice);
  const byRule: Confidence = notice || independent >= 2 ? 'high' : 'medium';
  const confidence = stated && ORDER.indexOf(stated) < ORDER.indexOf(byRule) ? stated : byRule;

  const copies = [...reports.values()].filter((names) => names.length > 1).map((names) => `${names.join(' and ')} are copies of one report`);
  const parts = [
    notice ? `the notice itself (${notice.name})` : `${independent} independent source${independent === 1 ? '' : 's'}`,
    ...copies,
  ];
  let basis = `${byRule}: ${parts.join('; ')}`;
  if (stated && stated !== byRule) basis += confidence === stated ? `; lowered to ${stated} by the roster` : `; the roster said ${stated}`;
  return { confidence, independentSources: independent, basis };
}
