/**
 * Schemas of the curated data files (seeds/entities.json, seeds/<article>.facts.json). A file that
 * does not match is rejected whole with a DataFileError naming file, record and field.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DataFileError } from './bundle.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a YYYY-MM-DD date');
/** A date as precise as its words: YYYY-MM-DD, YYYY-MM or YYYY. The loader checks it against `dateText`. */
const partialIsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'expected YYYY-MM-DD, YYYY-MM or YYYY');

/**
 * How a fact was found, when the extractor proposed it (npm run extract): absent on facts curated by
 * hand. A fact in a reviewed `<name>.facts.json` counts as reviewed.
 */
const extraction = z
  .strictObject({
    method: z.literal('extracted'),
    rule: z.string().min(2),
    confidence: z.number().min(0).max(1),
  })
  .optional();

/** What the extractor could not resolve: listed for the reviewer, never loaded. */
const UnresolvedSchema = z.strictObject({
  kind: z.string().min(2),
  text: z.string().min(1),
  reason: z.string().min(3),
  candidates: z.array(z.string()).optional(),
  quote: z.string().optional(),
});
const quote = z.string().min(2);
/** An entity id ("agency:cnipa") or, for places, a name the gazetteer resolves ("黄石市"). */
const ref = z.string().min(2);

const named = {
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/u, 'expected label:slug'),
  name: z.string().min(2),
  nameEn: z.string().min(2),
  aliases: z.array(z.string()),
};

export const EntitiesSchema = z.strictObject({
  programmes: z.array(
    z.strictObject({
      ...named,
      level: z.literal('national'),
      kind: z.string().min(3),
      scope: z.string().min(3),
    }),
  ),
  agencies: z.array(
    z.strictObject({
      ...named,
      level: z.enum(['national', 'provincial', 'municipal']),
      formerNames: z.array(z.string()),
      formerNamesNote: z.string().optional(),
    }),
  ),
  organisations: z.array(z.strictObject({ ...named, kind: z.string().min(3), note: z.string().optional() })),
  people: z.array(z.strictObject(named)),
});
export type Entities = z.infer<typeof EntitiesSchema>;

export const ArticleFactsSchema = z.strictObject({
  article: z.strictObject({
    title: z.string().min(2),
    titleBasis: z.enum(['page', 'derived']),
    titleNote: z.string().optional(),
    language: z.enum(['en', 'zh-Hans', 'zh-Hant']),
    publisher: z.string().nullable(),
    publisherEvidence: z.string().nullable(),
    publishedAt: isoDate,
    publishedAtEvidence: z.array(z.string().min(2)).min(1),
    publishedAtBasis: z.string().min(10),
    url: z.string().url().nullable(),
  }),
  designations: z
    .array(
      z.strictObject({
        place: ref,
        programme: ref,
        year: z.number().int().min(2000).max(2100).nullable(),
        batch: z.string().optional(),
        role: z.string().optional(),
        term: z.string().optional(),
        quote,
        extraction,
      }),
    )
    .default([]),
  assessments: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9-]+$/u),
        name: z.string().optional(),
        nameEn: z.string().min(3),
        kind: z.string().min(3),
        level: z.enum(['national', 'provincial', 'municipal']).optional(),
        dateText: z.string().optional(),
        date: partialIsoDate.optional(),
        year: z.number().int().optional(),
        assessedPeriod: z.string().optional(),
        outcome: z.string().min(2),
        rank: z.number().int().positive().optional(),
        outOf: z.number().int().positive().optional(),
        rankScope: z.string().optional(),
        subjects: z.array(ref).min(1),
        programme: ref.optional(),
        quote,
        agencies: z.array(z.strictObject({ agency: ref, role: z.string().min(3), quote })),
        extraction,
      }),
    )
    .default([]),
  observations: z
    .array(
      z.strictObject({
        place: ref,
        metric: z.string().regex(/^[a-z0-9_.]+$/u, 'expected a dotted metric key'),
        label: z.string().min(3),
        value: z.number().finite(),
        unit: z.string().min(1),
        qualifier: z.enum(['more than', 'nearly', 'at least']).optional(),
        changePct: z.number().optional(),
        period: z.string().min(2),
        periodStart: isoDate.optional(),
        periodEnd: isoDate.optional(),
        periodText: z.string().optional(),
        quote,
        extraction,
      }),
    )
    .default([]),
  events: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9-]+$/u),
        name: z.string().min(2),
        nameEn: z.string().min(3),
        kind: z.string().min(3),
        dateText: z.string().min(2),
        date: partialIsoDate.optional(),
        place: ref,
        programme: ref.optional(),
        quote,
        participants: z.array(z.strictObject({ who: ref, role: z.string().min(3), quote })),
        extraction,
      }),
    )
    .default([]),
  positions: z
    .array(z.strictObject({ person: ref, at: ref, title: z.string().min(2), titleEn: z.string().min(3), quote, extraction }))
    .default([]),
  jurisdictions: z.array(z.strictObject({ agency: ref, place: ref, quote })).default([]),
  administrations: z.array(z.strictObject({ programme: ref, agency: ref, quote })).default([]),
  /** Drafts only: what the extractor could not resolve, with the reason. Never loaded. */
  unresolved: z.array(UnresolvedSchema).default([]),
  /**
   * Drafts only: entities the extractor proposes for seeds/entities.json (a person named with a title
   * but not yet known; a place's IP office named with a title), each with the words that name them. Never loaded: a reviewer copies an entry
   * into entities.json; until then a fact that names it is rejected as an unknown id.
   */
  proposed: z
    .strictObject({
      people: z.array(z.strictObject({ ...named, evidence: z.string().min(2) })),
      /** A place's IP office named with a title (云南省知识产权局徐永忠副局长) but not in entities.json. */
      agencies: z.array(z.strictObject({ ...named, level: z.enum(['national', 'provincial', 'municipal']), evidence: z.string().min(2) })).optional(),
    })
    .optional(),
  /** Drafts only: which extractor wrote the file. */
  draft: z.strictObject({ extractor: z.string(), article: z.string() }).optional(),
});
export type ArticleFacts = z.infer<typeof ArticleFactsSchema>;

/**
 * Reads and validates a JSON data file. The first problem names the record (e.g. "observations.3")
 * and the field inside it (e.g. "value").
 */
export function readDataFile<S extends z.ZodType>(path: string, fileLabel: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(fileLabel, '(file)', '(file)', `not readable JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path_ = (issue?.path ?? []).map(String);
  // section.index identifies the record; the rest is the field inside it
  const recordLen = path_.length >= 2 && /^\d+$/u.test(path_[1] ?? '') ? 2 : 1;
  const record = path_.slice(0, recordLen).join('.') || '(file)';
  const field = path_.slice(recordLen).join('.') || path_.join('.') || '(record)';
  throw new DataFileError(fileLabel, record, field, issue?.message ?? 'invalid');
}
