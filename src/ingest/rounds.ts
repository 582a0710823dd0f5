/**
 * Schemas of seeds/rounds.json (the rounds of each programme) and seeds/source-reports.json (which
 * sources are copies of one report, which reproduce a notice, and figures sources state). A file that
 * does not match, or that contradicts itself, is rejected whole with a DataFileError naming file,
 * record and field.
 */
import { z } from 'zod';
import { DataFileError } from './bundle.js';
import { readDataFile } from './facts.js';

const url = z.string().regex(/^https?:\/\/\S+$/u, 'expected an http(s) address');
const year = z.number().int().min(2000).max(2100);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'expected YYYY-MM');

export const RoundsSchema = z.strictObject({
  $comment: z.string().optional(),
  rounds: z.array(
    z
      .strictObject({
        id: z.string().regex(/^round:[a-z0-9-]+:[0-9a-z-]+$/u, 'expected round:<programme slug>:<label>'),
        programme: z.string().regex(/^programme:[a-z0-9-]+$/u, 'expected a programme id'),
        /** The round as the notice counts it ("2023", "1"): the roster's `batch`. */
        label: z.string().min(1),
        /** The year its designations take effect (the roster's `year`). */
        yearInForce: year,
        announcedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a YYYY-MM-DD date').optional(),
        announcedYear: year.optional(),
        notice: z.string().min(4).optional(),
        termStart: month.optional(),
        termEnd: month.optional(),
        officialCount: z.number().int().positive().optional(),
        sources: z.array(z.strictObject({ url, says: z.string().min(8) })).min(1, 'a round needs at least one source'),
      })
      .refine((r) => r.announcedOn !== undefined || r.announcedYear !== undefined, { message: 'give announcedOn or announcedYear', path: ['announcedYear'] })
      .refine((r) => r.announcedOn === undefined || r.announcedYear === undefined || r.announcedOn.startsWith(String(r.announcedYear)), {
        message: 'announcedYear disagrees with announcedOn',
        path: ['announcedYear'],
      })
      .refine((r) => r.id.endsWith(`:${r.label}`) && r.id.split(':')[1] === r.programme.split(':')[1], {
        message: 'the id must be round:<programme slug>:<label>',
        path: ['id'],
      }),
  ),
});
export type RoundRecord = z.infer<typeof RoundsSchema>['rounds'][number];

export const SourceReportsSchema = z.strictObject({
  $comment: z.string().optional(),
  reports: z.array(
    z.strictObject({
      id: z.string().regex(/^report:[a-z0-9-]+$/u, 'expected report:<slug>'),
      outlet: z.string().min(2),
      /** Article ids (`article:<stem>`) or roster addresses: the copies of this one report. */
      copies: z.array(z.string().min(8)).min(2, 'a report with copies names at least two'),
      evidence: z.string().min(20),
    }),
  ),
  notices: z.array(z.strictObject({ url, notice: z.string().min(4), evidence: z.string().min(10) })),
  figures: z.array(
    z.strictObject({
      id: z.string().regex(/^figure:[a-z0-9-]+$/u, 'expected figure:<slug>'),
      source: z.string().regex(/^article:\S+$/u, 'expected an article id'),
      programme: z.string().regex(/^programme:[a-z0-9-]+$/u, 'expected a programme id'),
      statedCount: z.number().int().positive(),
      asOfYear: year,
      quote: z.string().min(4),
    }),
  ),
});
export type SourceReports = z.infer<typeof SourceReportsSchema>;

export function readRounds(path: string, fileLabel: string): RoundRecord[] {
  const { rounds } = readDataFile(path, fileLabel, RoundsSchema);
  const seen = new Map<string, number>();
  rounds.forEach((r, i) => {
    if (seen.has(r.id)) throw new DataFileError(fileLabel, `rounds.${i}`, 'id', `${r.id} is already record rounds.${seen.get(r.id)!}`);
    seen.set(r.id, i);
  });
  return rounds;
}

export function readSourceReports(path: string, fileLabel: string): SourceReports {
  const data = readDataFile(path, fileLabel, SourceReportsSchema);
  const owner = new Map<string, number>();
  data.reports.forEach((r, i) => {
    r.copies.forEach((c, j) => {
      if (owner.has(c)) throw new DataFileError(fileLabel, `reports.${i}`, `copies.${j}`, `${c} is already a copy in reports.${owner.get(c)!}`);
      owner.set(c, i);
    });
  });
  return data;
}

/** A round's id from the roster's programme id and batch (the year when the batch is empty). */
export function roundIdOf(programmeId: string, batch: string, yearInForce: number): string {
  return `round:${programmeId.split(':')[1]}:${batch || String(yearInForce)}`;
}
