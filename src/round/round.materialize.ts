/** A Round node row as the API's Round (called by graph/materialize for the `Round` label). */
import { num, str, type Plain } from '../graph/values.js';
import { Round } from './round.type.js';

export function roundFrom(base: { id: string; graphId: string; label: string }, p: Record<string, Plain>): Round {
  return Object.assign(new Round(), base, {
    round: str(p.label) ?? base.graphId,
    yearInForce: num(p.yearInForce) ?? 0,
    announcedOn: str(p.announcedOn),
    announcedYear: num(p.announcedYear) ?? 0,
    notice: str(p.notice),
    termStart: str(p.termStart),
    termEnd: str(p.termEnd),
    officialCount: num(p.officialCount),
    knownCount: num(p.knownCount) ?? 0,
    programmeId: str(p.programme) ?? '',
    props: p,
  });
}

/** known ÷ official; complete only when the official size is known and reached. */
export function coverageOf(known: number, official: number | null): { known: number; official: number | null; ratio: number | null; complete: boolean } {
  return { known, official, ratio: official ? Math.round((known / official) * 1000) / 1000 : null, complete: official !== null && known >= official };
}
