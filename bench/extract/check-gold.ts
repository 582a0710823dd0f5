/**
 * `npm run bench:check-gold -- heldout4`: validates a bench set's gold without running the extractor —
 * each facts file parses against the facts schema, every quote (and agency quote) is in the article
 * text, every place resolves in the gazetteer, and every assessment or event dated only by its words
 * has words the date resolver reads (else the scorer gives it no date). Exits non-zero naming file,
 * fact and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtractContext } from '../../src/extract/context.js';
import { resolveDateText } from '../../src/ingest/dates.js';
import { ArticleFactsSchema, readDataFile } from '../../src/ingest/facts.js';
import { FACT_TYPES } from './score.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const set = process.argv[2] ?? 'heldout4';
const dir = join(ROOT, 'bench', 'extract', set);
const { gazetteer } = loadExtractContext();
const problems: string[] = [];
const counts = Object.fromEntries(FACT_TYPES.map((t) => [t, 0])) as Record<(typeof FACT_TYPES)[number], number>;
const files = readdirSync(dir).filter((f) => f.endsWith('.facts.json')).sort();
for (const f of files) {
  const gold = readDataFile(join(dir, f), f, ArticleFactsSchema);
  const raw = readFileSync(join(dir, f.replace(/\.facts\.json$/u, '.txt')), 'utf8');
  const place = (where: string, ref: string): void => {
    if (/^(?:agency|person|programme|organisation):/u.test(ref)) return;
    if (!gazetteer.resolve(ref).ok) problems.push(`${f}: ${where}: place "${ref}" does not resolve in the gazetteer`);
  };
  for (const t of FACT_TYPES) {
    (gold[t] as Array<{ quote: string; agencies?: Array<{ quote: string }> }>).forEach((x, i) => {
      counts[t]++;
      if (!raw.includes(x.quote)) problems.push(`${f}: ${t}[${i}].quote is not in the article text`);
      for (const a of x.agencies ?? []) if (!raw.includes(a.quote)) problems.push(`${f}: ${t}[${i}].agencies quote is not in the article text`);
    });
  }
  gold.designations.forEach((x, i) => place(`designations[${i}].place`, x.place));
  gold.observations.forEach((x, i) => place(`observations[${i}].place`, x.place));
  gold.events.forEach((x, i) => place(`events[${i}].place`, x.place));
  gold.assessments.forEach((x, i) => x.subjects.forEach((s) => place(`assessments[${i}].subjects`, s)));
  gold.positions.forEach((x, i) => place(`positions[${i}].at`, x.at));
  const words = (where: string, dateText: string): void => {
    try {
      resolveDateText(dateText, gold.article.publishedAt);
    } catch {
      problems.push(`${f}: ${where}: dateText "${dateText}" is not read by the date resolver, so the scorer gives it no date`);
    }
  };
  gold.assessments.forEach((x, i) => x.year === undefined && x.date === undefined && x.dateText && words(`assessments[${i}].dateText`, x.dateText));
  gold.events.forEach((x, i) => x.date === undefined && words(`events[${i}].dateText`, x.dateText));
}
process.stdout.write(`${set}: ${files.length} gold files; ${FACT_TYPES.map((t) => `${counts[t]} ${t}`).join(', ')}\n`);
for (const p of problems) process.stdout.write(`  ${p}\n`);
process.exit(problems.length ? 1 : 0);
