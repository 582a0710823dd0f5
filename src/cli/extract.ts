/**
 * `npm run extract -- <article.txt> [--published YYYY-MM-DD] [--url URL] [--out FILE|-] [--seeds DIR]`:
 * proposes the facts of a raw article as a draft facts file (default `<name>.facts.draft.json` next to
 * the article). A reviewer edits it and renames it `<name>.facts.json` for `npm run seed` to load.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExtractContext } from '../extract/context.js';
import { ExtractError, extractArticle } from '../extract/extract.js';
import { ArticleMetaError } from '../ingest/article-meta.js';
import { DataFileError } from '../ingest/bundle.js';
import { runCli, UserError } from './run-cli.js';

const USAGE = 'npm run extract -- <article.txt> [--published YYYY-MM-DD] [--url URL] [--out FILE|-] [--seeds DIR]';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { published: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, seeds: { type: 'string' } },
    });
  } catch (err) {
    throw new UserError((err as Error).message, USAGE);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UserError(`expected one article file, found ${positionals.length}`, USAGE);
  const file = positionals[0]!;
  if (!existsSync(file)) throw new UserError(`article file not found: ${file}`, USAGE);
  if (values.url !== undefined && !/^https?:\/\/\S+$/u.test(values.url)) throw new UserError(`--url: expected an http(s) address, found "${values.url}"`, USAGE);
  let draft;
  try {
    draft = extractArticle(readFileSync(file, 'utf8'), { file, published: values.published, url: values.url }, loadExtractContext(values.seeds));
  } catch (err) {
    if (err instanceof ExtractError || err instanceof ArticleMetaError || err instanceof DataFileError) throw new UserError(`${file}: ${err.message}`, USAGE);
    throw err;
  }
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  if (values.out === '-') {
    process.stdout.write(json);
    return 0;
  }
  const out = values.out ?? join(dirname(file), `${basename(file).replace(/\.txt$/u, '')}.facts.draft.json`);
  writeFileSync(out, json);
  const n = (k: keyof typeof draft): number => (Array.isArray(draft[k]) ? (draft[k] as unknown[]).length : 0);
  process.stderr.write(
    `Wrote ${out}: ${n('designations')} designations, ${n('assessments')} assessments, ${n('observations')} observations, ${n('events')} events, ${n('positions')} positions; ${n('unresolved')} unresolved; ${draft.proposed?.people.length ?? 0} proposed people, ${draft.proposed?.agencies?.length ?? 0} proposed agencies.\n` +
      (draft.proposed?.people.length ? `Add the proposed people (proposed.people) to seeds/entities.json, or drop the facts that name them.\n` : '') +
      (draft.proposed?.agencies?.length ? `Add the proposed agencies (proposed.agencies) to seeds/entities.json, or drop the facts that name them.\n` : '') +
      `Review it, then rename it ${basename(out).replace('.facts.draft.json', '.facts.json')} for npm run seed.\n`,
  );
  return 0;
});
