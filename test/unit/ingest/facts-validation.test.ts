import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/ingest/build.js';
import { DataFileError } from '../../../src/ingest/bundle.js';
import { ARTICLES, SEEDS_DIR } from './helpers.js';

/** A private copy of seeds/ to break one thing in. */
function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

function editJson(path: string, edit: (doc: Record<string, unknown[] | Record<string, unknown>>) => void): void {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[] | Record<string, unknown>>;
  edit(doc);
  writeFileSync(path, JSON.stringify(doc, null, 2));
}

async function rejection(dir: string): Promise<DataFileError> {
  try {
    await buildGraph({ seedsDir: dir });
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error('buildGraph accepted a broken file');
}

describe('a broken fact file is rejected whole, naming file, record and field', () => {
  it('a value of the wrong type', async () => {
    const dir = seedsCopy();
    editJson(join(dir, `${ARTICLES.huzhou}.facts.json`), (doc) => {
      (doc.observations as Array<Record<string, unknown>>)[3]!.value = 'many';
    });
    const err = await rejection(dir);
    expect(err).toMatchObject({ file: `${ARTICLES.huzhou}.facts.json`, record: 'observations.3', field: 'value' });
    expect(err.message).toContain(`${ARTICLES.huzhou}.facts.json: record observations.3, field value`);
  });

  it('a quote that is not in the article', async () => {
    const dir = seedsCopy();
    editJson(join(dir, `${ARTICLES.huangshi}.facts.json`), (doc) => {
      (doc.observations as Array<Record<string, unknown>>)[0]!.quote = '全市新增授权发明专利209件'; // Simplified: not the article's words
    });
    expect(await rejection(dir)).toMatchObject({ file: `${ARTICLES.huangshi}.facts.json`, record: 'observations.0', field: 'quote' });
  });

  it('a reference to an entity that does not exist', async () => {
    const dir = seedsCopy();
    editJson(join(dir, `${ARTICLES.suining}.facts.json`), (doc) => {
      (doc.assessments as Array<{ agencies: Array<Record<string, unknown>> }>)[0]!.agencies[1]!.agency = 'agency:nowhere';
    });
    expect(await rejection(dir)).toMatchObject({ record: 'assessments.0', field: 'agencies.1.agency' });
  });

  it('a publication date that is not a date', async () => {
    const dir = seedsCopy();
    editJson(join(dir, `${ARTICLES.dazhou}.facts.json`), (doc) => {
      (doc.article as Record<string, unknown>).publishedAt = '1月18日';
    });
    expect(await rejection(dir)).toMatchObject({ record: 'article', field: 'publishedAt' });
  });

  it('an article without a facts file whose page shows no date (it cannot even be a source)', async () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, '005_new.txt'), 'A title\n\nA body.');
    const err = await rejection(dir);
    expect(err).toMatchObject({ file: '005_new.txt' });
    expect(err.message).toContain('npm run extract');
  });

  it('a dated fact whose date disagrees with its words', async () => {
    const dir = seedsCopy();
    const file = join(dir, `${ARTICLES.dazhou}.facts.json`);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<Record<string, unknown>> };
    doc.events[0]!.date = '2023-01-19';
    writeFileSync(file, JSON.stringify(doc));
    expect(await rejection(dir)).toMatchObject({ file: `${ARTICLES.dazhou}.facts.json`, record: 'events.0', field: 'date' });
  });
});

describe('roster rows', () => {
  it('a row whose member cannot be resolved is reported with its record number, not dropped', async () => {
    const dir = seedsCopy();
    const csv = join(dir, 'reference', 'cnipa-designations.csv');
    const records = readFileSync(csv, 'utf8').trimEnd().split(/\r?\n(?=国家)/u).length; // header + data records
    appendFileSync(csv, '国家知识产权示范城市,4,2016,,北京市东外区,北京,https://example.org/list.html,low,\r\n');
    const bundle = await buildGraph({ seedsDir: dir });
    expect(bundle.unresolved).toEqual([
      expect.objectContaining({ file: 'cnipa-designations.csv', record: records, member: '北京市东外区', reason: expect.stringContaining('东外区') }),
    ]);
  });

  it('a row whose note spans lines keeps the record exactly as written as its evidence', async () => {
    const dir = seedsCopy();
    const row = '国家知识产权试点城市,2019,2019,,北京市海淀区,北京,https://example.org/notice.html,low,"first line\r\nsecond line"';
    appendFileSync(join(dir, 'reference', 'cnipa-designations.csv'), `${row}\r\n`);
    const bundle = await buildGraph({ seedsDir: dir });
    const rel = bundle.rels.find((r) => r.type === 'DESIGNATED_IN' && r.from.id === 'city:110108' && r.to.id === 'programme:ip-pilot-city')!;
    expect(rel.props).toMatchObject({ year: 2019, confidence: 'low', note: 'first line\r\nsecond line', rosterRecords: [row] });
    expect(bundle.unresolved).toEqual([]);
  });

  it('a row naming a round that rounds.json does not know rejects the roster, naming record and field', async () => {
    const dir = seedsCopy();
    const csv = join(dir, 'reference', 'cnipa-designations.csv');
    const records = readFileSync(csv, 'utf8').trimEnd().split(/\r?\n(?=国家)/u).length;
    appendFileSync(csv, '国家知识产权示范城市,9,2020,,武汉,湖北,https://example.org/list.html,low,\r\n');
    expect(await rejection(dir)).toMatchObject({ file: 'cnipa-designations.csv', record: records, field: 'batch' });
  });

  it('a row whose year is not its round’s year in force rejects the roster', async () => {
    const dir = seedsCopy();
    appendFileSync(join(dir, 'reference', 'cnipa-designations.csv'), '国家知识产权强市建设试点城市,2023,2023,,九江,江西,https://example.org/list.html,low,\r\n');
    expect(await rejection(dir)).toMatchObject({ file: 'cnipa-designations.csv', field: 'year', message: expect.stringContaining('in force from 2024') });
  });

  it('a row with an unknown confidence rejects the file', async () => {
    const dir = seedsCopy();
    appendFileSync(join(dir, 'reference', 'cnipa-designations.csv'), '国家知识产权示范城市,9,2020,,武汉,湖北,https://example.org/x,certain,\r\n');
    expect(await rejection(dir)).toMatchObject({ file: 'cnipa-designations.csv', field: 'confidence' });
  });
});
