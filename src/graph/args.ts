/** Argument checks shared by resolvers; each failure is a BAD_USER_INPUT saying what is allowed. */
import { BadUserInputError } from '../errors/errors.js';
import { fromGlobalId } from './global-id.js';
import type { NodeLabel } from './labels.js';

/** A global id that must name a node of `label`; returns its graph id. */
export function graphIdOf(id: string, label: NodeLabel | readonly NodeLabel[], argument: string): string {
  const d = fromGlobalId(id, argument);
  const allowed = typeof label === 'string' ? [label] : label;
  if (!allowed.includes(d.label)) {
    throw new BadUserInputError(`Argument "${argument}" must be the id of a ${allowed.join(' or ')}; got the id of a ${d.label}.`, { argument, allowed });
  }
  return d.graphId;
}

export function optionalGraphId(id: string | null | undefined, label: NodeLabel | readonly NodeLabel[], argument: string): string | null {
  return id ? graphIdOf(id, label, argument) : null;
}

export function validYearRange(from?: number | null, to?: number | null): void {
  for (const [v, name] of [
    [from, 'yearFrom'],
    [to, 'yearTo'],
  ] as const) {
    if (v !== null && v !== undefined && (v < 1949 || v > 2100)) throw new BadUserInputError(`Argument "${name}" must be a year between 1949 and 2100; got ${v}.`, { argument: name, allowed: { min: 1949, max: 2100 } });
  }
  if (from != null && to != null && from > to) throw new BadUserInputError(`"yearFrom" (${from}) is after "yearTo" (${to}).`, { argument: 'yearFrom' });
}

/** An ISO date argument (YYYY-MM-DD). */
export function validDate(v: string | null | undefined, argument: string): string | null {
  if (v === null || v === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new BadUserInputError(`Argument "${argument}" must be a date written YYYY-MM-DD; got ${JSON.stringify(v)}.`, { argument, allowed: 'YYYY-MM-DD' });
  }
  return v;
}

export function boundedInt(v: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new BadUserInputError(`Argument "${argument}" must be between ${min} and ${max}; got ${v}.`, { argument, allowed: { min, max } });
  }
  return v;
}
