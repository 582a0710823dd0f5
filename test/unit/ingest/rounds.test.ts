/** Rounds, coverage, copies of one report, readable evidence on MENTIONS, stated figures (issue 11). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/ingest/build.js';
import { DataFileError, type GraphBundle, type GraphNode, type GraphRel } from '../../../src/ingest/bundle.js';
import { sentences } from '../../../src/ingest/mentions.js';
import { ARTICLES, SEEDS_DIR } from './helpers.js';

let bundle: GraphBundle;
beforeAll(async () => {
  bundle = await buildGraph();
});
const rels = (type: string): GraphRel[] => bundle.rels.filter((r) => r.type === type);
const node = (label: string, id: string): GraphNode => {
  const n = bundle.nodes.find((x) => x.label === label && x.id === id);
  if (!n) throw new Error(`no ${label} ${id}`);
  return n;
};
const designation = (cityId: string, programmeId: string): GraphRel => {
  const hits = rels('DESIGNATED_IN').filter((r) => r.from.id === cityId && r.to.id === programmeId);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('rounds', () => {
  it('the 2023 strong-city round is round 2023, announced in 2024, in force from 2024', () => {
    const r = node('Round', 'round:ip-strong-city-pilot:2023');
    expect(r.props).toMatchObject({ label: '2023', announcedYear: 2024, yearInForce: 2024, notice: '国知发运字〔2024〕2号', termStart: '2024-01', termEnd: '2026-12', officialCount: 38, knownCount: 1 });
    const changping = designation('city:110114', 'programme:ip-strong-city-pilot');
    expect(changping.props).toMatchObject({ round: 'round:ip-strong-city-pilot:2023', year: 2024 });
    expect(rels('HAS_ROUND').filter((h) => h.to.id === r.id).map((h) => h.from.id)).toEqual(['programme:ip-strong-city-pilot']);
  });

  it('every designation belongs to a round of its own programme, and every round cites its sources', () => {
    for (const d of rels('DESIGNATED_IN')) {
      expect(d.props.round, `${d.from.id} ${d.to.id}`).toMatch(new RegExp(`^round:${d.to.id.split(':')[1]}:`, 'u'));
    }
    for (const r of bundle.nodes.filter((n) => n.label === 'Round')) {
      const ids = r.props.sourceIds as string[];
      expect(ids.length).toBeGreaterThan(0);
      expect((r.props.evidence as string[]).length).toBe(ids.length);
      for (const id of ids) expect(node('ReferenceList', id).props.url).toMatch(/^https?:/u);
    }
  });

  it('knownCount is the designations of the round: 16 of the 72 pilots of 2022, all 64 demonstration cities', () => {
    expect(node('Round', 'round:ip-strong-city-pilot:2022').props).toMatchObject({ knownCount: 16, officialCount: 72, announcedOn: '2022-08-04' });
    const demo = bundle.nodes.filter((n) => n.id.startsWith('round:ip-demonstration-city:'));
    expect(demo.reduce((s, n) => s + Number(n.props.knownCount), 0)).toBe(64);
    for (const n of demo) expect(n.props.knownCount).toBe(n.props.officialCount);
    const counted = rels('DESIGNATED_IN').filter((d) => d.props.round === 'round:ip-strong-city-pilot:2022').length;
    expect(counted).toBe(16);
  });
});

describe('more of the lists', () => {
  it('the 2019 strong-county project round: first-listed members from the notice, sizes 18 and 70', () => {
    expect(designation('city:321203', 'programme:ip-strong-county-project-demonstration').props).toMatchObject({ year: 2019, round: 'round:ip-strong-county-project-demonstration:2019', confidence: 'high' });
    expect(designation('city:320707', 'programme:ip-strong-county-project-pilot').props).toMatchObject({ year: 2019, confidence: 'high', confidenceBasis: expect.stringContaining('the notice itself (www.cneip.org.cn)') });
    expect(node('Round', 'round:ip-strong-county-project-pilot:2019').props).toMatchObject({ officialCount: 70, knownCount: 1, announcedOn: '2019-07-01', termEnd: '2021-06' });
    expect(node('Round', 'round:ip-pilot-city:2019').props).toMatchObject({ officialCount: 11, knownCount: 1 });
  });
});

describe('confidence by rule', () => {
  it('the five rows citing a copy of a seed article count it once', () => {
    const cases: Array<[string, string, string]> = [
      ['city:420200', 'programme:ip-strong-city-pilot', 'high'], // 黄石
      ['city:420600', 'programme:ip-strong-city-pilot', 'medium'], // 襄阳
      ['city:420900', 'programme:ip-strong-city-pilot', 'medium'], // 孝感
      ['city:511700', 'programme:ip-strong-city-pilot', 'high'], // 达州
      ['city:510900', 'programme:ip-pilot-city', 'high'], // 遂宁
    ];
    for (const [city, programme, stated] of cases) {
      const d = designation(city, programme);
      expect(d.props.sourceIds as string[]).toHaveLength(2);
      expect(d.props, city).toMatchObject({ statedConfidence: stated, confidence: 'medium', independentSources: 1 });
      expect(String(d.props.confidenceBasis)).toMatch(/and article \d{3} are copies of one report/u);
    }
  });

  it('株洲 on two mirrors of one outlet is medium; two outlets stay high', () => {
    expect(designation('city:430200', 'programme:ip-strong-city-pilot').props).toMatchObject({ statedConfidence: 'high', confidence: 'medium', independentSources: 1 });
    expect(designation('city:320581', 'programme:ip-demonstration-city').props).toMatchObject({ confidence: 'high', independentSources: 2 });
  });

  it('copies say so: sameReportAs on both sides', () => {
    const article = node('Article', `article:${ARTICLES.huangshi}`);
    const [mirror] = article.props.sameReportAs as string[];
    expect(node('ReferenceList', mirror!).props).toMatchObject({ url: 'http://oriextravels.com/html/jsxw/20220814/1029973.htm', sameReportAs: [article.id], outlet: '黄石发布' });
  });

  it('a source that reproduces the notice makes a fact high, unless the roster grades it lower', () => {
    expect(designation('city:110114', 'programme:ip-strong-city-pilot').props).toMatchObject({ confidence: 'high', confidenceBasis: expect.stringContaining('the notice itself') });
    expect(designation('city:320282', 'programme:ip-strong-county-demonstration').props).toMatchObject({ statedConfidence: 'medium', confidence: 'medium' });
  });
});

describe('MENTIONS carry their evidence', () => {
  it('every MENTIONS edge has sentences and the name forms matched', () => {
    const all = rels('MENTIONS');
    expect(all.length).toBeGreaterThan(200);
    for (const m of all) {
      expect((m.props.evidence as string[]).length, `${m.from.id} → ${m.to.id}`).toBeGreaterThan(0);
      expect((m.props.nameForms as string[]).length).toBeGreaterThan(0);
    }
  });

  it('an article’s mention quotes its own sentence in its own script, with the form as written', () => {
    const m = rels('MENTIONS').find((r) => r.from.id === `article:${ARTICLES.huangshi}` && r.to.id === 'city:420200')!;
    expect(m.props.nameForms).toContain('黃石');
    const text = String(node('Article', `article:${ARTICLES.huangshi}`).props.text).replace(/\s+/gu, ' ');
    for (const s of m.props.evidence as string[]) {
      expect(s).toContain('黃石');
      expect(text).toContain(s.replace(/^…|…$/gu, ''));
    }
  });

  it('a roster source’s mention says what the list says', () => {
    const m = rels('MENTIONS').find((r) => r.from.id === node('Article', `article:${ARTICLES.huangshi}`).props.sameReportAs!.toString() && r.to.id === 'city:420600')!;
    expect(m.props.nameForms).toEqual(['襄阳']);
    expect((m.props.evidence as string[])[0]).toContain('国家知识产权强市建设试点城市, round 2022 (notice 国知发运字〔2022〕33号; 72 members in all');
  });

  it('sentences split after Chinese and English sentence ends, not inside numbers', () => {
    expect(sentences('近日。國家知識產權局公布了\n72個城市入選！Huzhou ranks 4.5th. It grew.')).toEqual(['近日。', '國家知識產權局公布了', '72個城市入選！', 'Huzhou ranks 4.5th.', 'It grew.']);
  });
});

describe('figures that disagree', () => {
  it('Huzhou’s "one of the 25 demonstration cities" is flagged against the 41 of the rounds in force by 2014', () => {
    const [f] = rels('STATES_COUNT');
    expect(f).toMatchObject({ from: { label: 'Article', id: `article:${ARTICLES.huzhou}` }, to: { label: 'Programme', id: 'programme:ip-demonstration-city' } });
    expect(f!.props).toMatchObject({ statedCount: 25, officialCountInForce: 41, contradicts: true, roundsInForce: ['round:ip-demonstration-city:1', 'round:ip-demonstration-city:2'] });
    expect(f!.props.evidence).toEqual(['Huzhou City, as one of the 25 national intellectual property demonstration cities']);
  });
});

describe('bad rounds and reports files are rejected whole', () => {
  function copyWith(file: string, edit: (doc: Record<string, unknown[]>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown[]>;
    edit(doc);
    writeFileSync(join(dir, file), JSON.stringify(doc));
    return dir;
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
  const round = (doc: Record<string, unknown[]>, i: number) => doc.rounds![i] as Record<string, unknown>;

  it('an official count that is not a number', async () => {
    const dir = copyWith('rounds.json', (d) => (round(d, 3).officialCount = '11'));
    expect(await rejection(dir)).toMatchObject({ file: 'rounds.json', record: 'rounds.3', field: 'officialCount' });
  });

  it('a round without sources', async () => {
    const dir = copyWith('rounds.json', (d) => (round(d, 0).sources = []));
    expect(await rejection(dir)).toMatchObject({ file: 'rounds.json', record: 'rounds.0', field: 'sources' });
  });

  it('an announcement year that disagrees with the date', async () => {
    const dir = copyWith('rounds.json', (d) => (round(d, 1).announcedYear = 2014));
    expect(await rejection(dir)).toMatchObject({ file: 'rounds.json', record: 'rounds.1', field: 'announcedYear' });
  });

  it('a round of a programme that does not exist', async () => {
    const dir = copyWith('rounds.json', (d) => {
      round(d, 0).programme = 'programme:nowhere';
      round(d, 0).id = 'round:nowhere:1';
    });
    expect(await rejection(dir)).toMatchObject({ file: 'rounds.json', record: 'rounds.0', field: 'programme' });
  });

  it('a round listed twice', async () => {
    let at = 0;
    const dir = copyWith('rounds.json', (d) => (at = d.rounds!.push(d.rounds![0]) - 1));
    expect(await rejection(dir)).toMatchObject({ file: 'rounds.json', record: `rounds.${at}`, field: 'id', message: expect.stringContaining('already record rounds.0') });
  });

  it('a copy that is no source of the graph', async () => {
    const dir = copyWith('source-reports.json', (d) => ((d.reports![1] as { copies: string[] }).copies[1] = 'https://example.org/nothing'));
    expect(await rejection(dir)).toMatchObject({ file: 'source-reports.json', record: 'reports.1', field: 'copies.1' });
  });

  it('a figure whose quote is not in its article', async () => {
    const dir = copyWith('source-reports.json', (d) => ((d.figures![0] as { quote: string }).quote = 'one of the 26 demonstration cities'));
    expect(await rejection(dir)).toMatchObject({ file: 'source-reports.json', record: 'figures.0', field: 'quote' });
  });
});
