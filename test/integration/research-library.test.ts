/**
 * The research query library (cypher/research/) against the real seed graph. Expected rows come from
 * reading seeds/reference/cnipa-designations.csv and the seed articles, not from the queries' output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { seed, wipe } from '../../src/seed/loader.js';
import { CypherLiteralError, headerParams, parseCypherLiteral, parseParamValue } from '../../src/research/cypher-literal.js';
import { effectiveParams, listLibrary, resolveQuery } from '../../src/research/library.js';
import { toPlain, type Json } from '../../src/research/plain-json.js';
import { openTestExecutor } from '../helpers/db.js';

type Row = Record<string, Json>;
let executor: ReturnType<typeof openTestExecutor>;

/** Runs a library query the way the CLI does: header defaults overlaid with `params`. */
async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const q = resolveQuery(executor.registry, name);
  const rows: Row[] = [];
  await executor.stream(q.label, q.text, effectiveParams(q, params), (r) => {
    rows.push(Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
  });
  return rows;
}

beforeAll(async () => {
  executor = openTestExecutor();
  await wipe(executor);
  await seed(executor);
});

afterAll(async () => {
  await executor?.close();
});

describe('the library', () => {
  it('lists every question with its first comment line and its :param defaults', () => {
    const lib = listLibrary(executor.registry);
    expect(lib.map((q) => q.name)).toEqual([
      'assessments-by-agency',
      'city-to-cnipa',
      'entities-mentioned-by-several-sources',
      'indicator-comparison',
      'multi-programme-cities',
      'programme-members',
      'provenance/contradictions',
      'provenance/low-confidence-only',
      'provenance/single-source-facts',
      'rounds/by-announcement-year',
      'rounds/by-round',
      'rounds/by-year-in-force',
      'rounds/coverage',
    ]);
    for (const q of lib) expect(q.title.length, q.name).toBeGreaterThan(20);
    expect(lib.find((q) => q.name === 'programme-members')!.defaults).toEqual({ programme: '国家知识产权强市建设试点城市', province: null });
  });

  it('declares a :param line for every parameter a query uses, so it runs as-is in cypher-shell', () => {
    for (const q of listLibrary(executor.registry)) {
      const used = new Set([...q.text.replace(/^\s*\/\/.*$/gmu, '').matchAll(/\$([A-Za-z_]\w*)/gu)].map((m) => m[1]));
      expect(new Set(Object.keys(q.defaults)), q.name).toEqual(used);
    }
  });

  it('every query plans (EXPLAIN) and is read-only', async () => {
    for (const q of listLibrary(executor.registry)) {
      const summary = await executor.stream(`explain:${q.name}`, `EXPLAIN ${q.text}`, effectiveParams(q, {}), () => true);
      expect(summary.queryType, q.name).toBe('r');
    }
  });
});

describe('multi-programme-cities', () => {
  it('finds the 32 cities holding two or more programmes, with the year they came to hold both', async () => {
    const rows = await run('multi-programme-cities');
    expect(rows).toHaveLength(32);
    // Roster: 武汉 demonstration city 2012 (batch 1), strong-city demonstration 2022 (low), protection zone 2024.
    expect(rows.find((r) => r.city === '武汉市')).toEqual({
      city: '武汉市',
      cityId: 'city:420100',
      province: '湖北省',
      programmeCount: 3,
      heldSince: 2022,
      programmes: ['国家知识产权示范城市 2012', '国家知识产权强市建设示范城市 2022', '国家知识产权保护示范区 2024'],
    });
    // 北京市丰台区: strong-city pilot 2022, then strong-city demonstration 2024.
    expect(rows.find((r) => r.city === '丰台区')).toMatchObject({ province: '北京市', programmeCount: 2, heldSince: 2024 });
    // 即墨 (demonstration 2016 as a county-level city, now a district of 青岛) and strong-county pilot 2022.
    expect(rows.find((r) => r.city === '即墨区')).toMatchObject({ province: '山东省', heldSince: 2022 });
    // 遂宁 has the pilot-city programme only; 黄石 the strong-city pilot only.
    expect(rows.map((r) => r.city)).not.toContain('遂宁市');
    expect(rows.map((r) => r.city)).not.toContain('黄石市');
  });

  it('with minProgrammes 3 keeps the cities in three programmes, from the year of the third', async () => {
    const rows = await run('multi-programme-cities', { minProgrammes: 3 });
    // 南京 and 青岛 hold a third programme with the 2017 strong-city creation round.
    expect(rows.map((r) => r.city).sort()).toEqual(['南京市', '南通市', '合肥市', '宁波市', '广州市', '杭州市', '武汉市', '海淀区', '深圳市', '温州市', '西安市', '长沙市', '青岛市'].sort());
    expect(rows.find((r) => r.city === '武汉市')!.heldSince).toBe(2024);
  });
});

describe('programme-members', () => {
  it('lists the 17 strong-city pilot members by province and year', async () => {
    const rows = await run('programme-members');
    expect(rows.reduce((n, r) => n + (r.memberCount as number), 0)).toBe(17);
    // 湖北's three are named by article 002 too; its roster address is a copy of 002, so one report: medium.
    expect(rows.find((r) => r.province === '湖北省')).toEqual({
      province: '湖北省',
      year: 2022,
      round: '2022',
      memberCount: 3,
      members: ['孝感市', '襄阳市', '黄石市'],
      belowHigh: ['孝感市', '襄阳市', '黄石市'],
      articleBacked: ['孝感市', '襄阳市', '黄石市'],
    });
    expect(rows.filter((r) => r.province === '北京市').map((r) => [r.year, r.round, r.members, r.belowHigh])).toEqual([
      [2022, '2022', ['丰台区'], ['丰台区']],
      [2024, '2023', ['昌平区'], []],
    ]);
    expect(rows.find((r) => r.province === '广东省')!.members).toEqual(['东莞市', '中山市', '惠州市', '珠海市', '肇庆市']);
  });

  it('filters by province and finds a programme by its English name', async () => {
    const rows = await run('programme-members', { programme: 'National IP Strong City Construction Pilot City', province: 'Hunan' });
    // 株洲 cites two mirrors of one outlet: medium like the others.
    expect(rows).toEqual([
      { province: '湖南省', year: 2022, round: '2022', memberCount: 3, members: ['常德市', '株洲市', '益阳市'], belowHigh: ['常德市', '株洲市', '益阳市'], articleBacked: [] },
    ]);
  });
});

describe('city-to-cnipa', () => {
  it('shows 遂宁 reaching CNIPA by its designation, its acceptance, and the acceptance’s programme', async () => {
    const rows = await run('city-to-cnipa');
    expect(rows.map((r) => [r.route, r.steps, r.sourceIds])).toEqual([
      ['assessment', '遂宁市 <-[ASSESSES]- Acceptance of Suining as a national IP pilot city -[ASSESSED_BY]-> 国家知识产权局', ['article:000_4006a6802a36d9e6']],
      [
        'assessment for a programme',
        '遂宁市 <-[ASSESSES]- Acceptance of Suining as a national IP pilot city -[FOR_PROGRAMME]-> 国家知识产权试点城市 -[ADMINISTERED_BY]-> 国家知识产权局',
        ['article:000_4006a6802a36d9e6'],
      ],
      ['designation', '遂宁市 -[DESIGNATED_IN]-> 国家知识产权试点城市 -[ADMINISTERED_BY]-> 国家知识产权局', [expect.stringMatching(/^ref:/u), 'article:000_4006a6802a36d9e6']],
    ]);
    const path = rows[2]!.path as { nodes: Array<{ labels: string[] }>; relationships: Array<{ type: string }> };
    expect(path.nodes.map((n) => n.labels[0])).toEqual(['City', 'Programme', 'Agency']);
    expect(path.relationships.map((r) => r.type)).toEqual(['DESIGNATED_IN', 'ADMINISTERED_BY']);
  });

  it('finds a city by its English name; 湖州 reaches CNIPA through its demonstration-city designation and its 2014 ranking in that programme', async () => {
    const rows = await run('city-to-cnipa', { city: 'Huzhou' });
    expect(rows.map((r) => r.route)).toEqual(['assessment', 'assessment for a programme', 'designation']);
    expect(rows[0]!.steps).toBe('湖州市 <-[ASSESSES]- 2014 national IP demonstration city work assessment -[ASSESSED_BY]-> 国家知识产权局');
  });
});

describe('assessments-by-agency', () => {
  it('lists each agency’s assessments with role, outcome and rank', async () => {
    const rows = await run('assessments-by-agency');
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.agency === '国家知识产权局').map((r) => [r.role, r.year, r.subjects, r.rank])).toEqual([
      ['announced results', 2014, ['湖州市'], 4],
      ['commended the result', 2021, ['湖北省'], null],
      ['entrusted', 2022, ['遂宁市'], null],
    ]);
    const suining = rows.find((r) => r.agency === '四川省市场监督管理局')!;
    expect(suining).toMatchObject({ role: 'carried out', kind: 'acceptance', date: '2022-03-24', outcome: 'passed', programme: '国家知识产权试点城市' });
  });

  it('finds CNIPA by its former English name', async () => {
    const rows = await run('assessments-by-agency', { agency: 'State Intellectual Property Office' });
    expect(rows.map((r) => r.assessment)).toEqual([
      '2014 national IP demonstration city work assessment',
      '2021 national performance assessment of administrative IP protection',
      'Acceptance of Suining as a national IP pilot city',
    ]);
  });
});

describe('indicator-comparison', () => {
  it('compares invention patents per 10,000 people across 湖州, 黄石 and 武汉, period by period', async () => {
    const rows = await run('indicator-comparison');
    expect(rows.map((r) => [r.period, r.place, r.value, r.changePct])).toEqual([
      ['2014', '湖州市', 8.09, null],
      ['2022-H1', '黄石市', 5.36, 28.8],
      ['2024-H1', '武汉市', 90.56, 18.92],
    ]);
    expect(rows[2]!.evidence).toBe('每萬人口發明專利擁有量90.56件,同比增長18.92%');
  });

  it('keeps one period when asked', async () => {
    const rows = await run('indicator-comparison', { metric: 'trademarks.registered.valid', period: '2021' });
    expect(rows.map((r) => [r.place, r.value, r.unit])).toEqual([['遂宁市', 22826, 'trademarks']]);
  });
});

describe('entities-mentioned-by-several-sources', () => {
  it('finds CNIPA in three articles (000 as the State Intellectual Property Office, 001, 002) and 武汉 in 002 and 004', async () => {
    const rows = await run('entities-mentioned-by-several-sources');
    expect(rows[0]).toEqual({
      label: 'Agency',
      name: '国家知识产权局',
      nameEn: 'China National Intellectual Property Administration',
      sourceCount: 3,
      sources: ['article:000_4006a6802a36d9e6', 'article:001_543d1f73dcbce008', 'article:002_2c275d147a3184f6'],
    });
    expect(rows.find((r) => r.label === 'City' && r.name === '武汉市')!.sources).toEqual(['article:002_2c275d147a3184f6', 'article:004_082a931f3e294f16']);
    expect(rows.find((r) => r.name === '国家知识产权强市建设试点城市')!.sources).toEqual(['article:002_2c275d147a3184f6', 'article:003_ff94119c8289c4e6']);
    expect(rows.every((r) => (r.sourceCount as number) >= 2)).toBe(true);
  });

  it('counting roster sources too, the demonstration-city programme is named by the most', async () => {
    const rows = await run('entities-mentioned-by-several-sources', { sourceLabel: null, minSources: 5 });
    expect(rows[0]).toMatchObject({ label: 'Programme' });
  });
});

describe('provenance audit', () => {
  it('single-report designations: 86 with one address, and 6 whose two addresses are copies of one report', async () => {
    const rows = await run('provenance/single-source-facts');
    expect(rows.filter((r) => r.sourceCount === 1)).toHaveLength(86);
    // 宝鸡 has two independent reports (中国质量报 and a mirror of the city's own report): not here.
    expect(rows.find((r) => r.subject === '宝鸡市')).toBeUndefined();
    expect(rows.find((r) => r.subject === '武汉市')).toMatchObject({ fact: 'DESIGNATED_IN', object: '国家知识产权强市建设示范城市', year: 2022, confidence: 'low', sourceId: expect.stringMatching(/^ref:/u) });
    // The five roster rows citing a mirror of a seed article, and 株洲 on two mirrors of one outlet.
    const copied = rows.filter((r) => r.sourceCount === 2);
    expect(copied.map((r) => r.subject).sort()).toEqual(['株洲市', '孝感市', '达州市', '遂宁市', '襄阳市', '黄石市'].sort());
    for (const r of copied) expect(r).toMatchObject({ confidence: 'medium', reports: [expect.stringMatching(/^report:/u)] });
  });

  it('single-source fact nodes: every observation comes from one article', async () => {
    const rows = await run('provenance/single-source-facts', { fact: 'Observation' });
    expect(rows).toHaveLength(69);
    expect(new Set(rows.map((r) => r.sourceId)).size).toBe(5);
  });

  it('low-confidence only: 武汉 as a 2022 strong-city demonstration, stated in a municipal work plan', async () => {
    expect(await run('provenance/low-confidence-only')).toEqual([
      {
        city: '武汉市',
        programme: '国家知识产权强市建设示范城市',
        year: 2022,
        confidence: 'low',
        note: 'stated in a municipal work plan, not the notice',
        sourceUrls: ['http://bqlw.net/news/202305/xwif_43556.html'],
      },
    ]);
  });

  it('contradictions: Huzhou’s "one of the 25" against the 41 of rounds 1 and 2', async () => {
    expect(await run('provenance/contradictions')).toEqual([
      {
        check: 'member count',
        subject: '国家知识产权示范城市 / by 2014',
        claimA: '25 members',
        sourcesA: ['article:001_543d1f73dcbce008'],
        claimB: '41 members (rounds 1: 23, 2: 18)',
        sourcesB: expect.arrayContaining([expect.stringMatching(/^ref:/u)]),
      },
    ]);
  });

  it('contradictions: an injected disagreement of each other kind is found', async () => {
    // A made-up source says 遂宁 joined the pilot programme in 2019 and gives another patent count.
    await executor.runText(
      'test:inject-contradictions',
      `CREATE (s:Source:Article {id: 'article:test-contradiction', title: 'test'})
       WITH s
       MATCH (c:City {id: 'city:510900'}), (p:Programme {id: 'programme:ip-pilot-city'})
       CREATE (c)-[:DESIGNATED_IN {year: 2019, sourceIds: [s.id], evidence: ['2019']}]->(p)
       CREATE (s)-[:REPORTS {evidence: 'x'}]->(o:Observation {id: 'observation:test', metric: 'patents.valid', period: '2021', value: 9000.0, unit: 'patents'})-[:OBSERVED_IN {sourceIds: [s.id], evidence: ['x']}]->(c)`,
      {},
      'WRITE',
    );
    try {
      const rows = await run('provenance/contradictions');
      expect(rows.map((r) => [r.check, r.subject])).toEqual([
        ['designation year', '遂宁市 / 国家知识产权试点城市'],
        ['indicator value', '遂宁市 / patents.valid / 2021'],
        ['member count', '国家知识产权示范城市 / by 2014'],
      ]);
      expect(rows[1]).toMatchObject({ claimA: expect.stringMatching(/^(8251|9000)/u), claimB: expect.stringMatching(/^(8251|9000)/u) });
    } finally {
      await executor.runText('test:remove-contradictions', `MATCH (s:Source {id: 'article:test-contradiction'}) OPTIONAL MATCH (o:Observation {id: 'observation:test'}) DETACH DELETE s, o WITH 1 AS x MATCH ()-[d:DESIGNATED_IN]->() WHERE d.sourceIds = ['article:test-contradiction'] DELETE d`, {}, 'WRITE');
    }
  });
});

describe('rounds', () => {
  it('the 2023 strong-city and strong-county round is found by its round label', async () => {
    const rows = await run('rounds/by-round');
    expect(rows.map((r) => [r.programme, r.announcedYear, r.yearInForce, r.notice, r.knownCount, r.officialCount])).toEqual([
      ['国家知识产权强县建设示范县', 2024, 2024, '国知发运字〔2024〕2号', 2, 30],
      ['国家知识产权强县建设试点县', 2024, 2024, '国知发运字〔2024〕2号', 6, 97],
      ['国家知识产权强市建设示范城市', 2024, 2024, '国知发运字〔2024〕2号', 2, 18],
      ['国家知识产权强市建设试点城市', 2024, 2024, '国知发运字〔2024〕2号', 1, 38],
    ]);
    expect(rows.find((r) => r.programme === '国家知识产权强市建设试点城市')).toMatchObject({ members: ['昌平区'], coverage: 0.026, termStart: '2024-01', termEnd: '2026-12' });
  });

  it('the same round is found by its announcement year, 2024, with the protection zones’ second batch', async () => {
    const rows = await run('rounds/by-announcement-year', { year: 2024, programme: 'National IP Strong City Construction Pilot City' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ round: '2023', announcedYear: 2024, members: ['昌平区'] });
    const all = await run('rounds/by-announcement-year');
    expect(all.map((r) => `${String(r.programme)} ${String(r.round)}`)).toContain('国家知识产权保护示范区 2');
    expect(all.map((r) => r.round)).not.toContain('2022');
  });

  it('designations in force from 2024 carry round 2023 (strong-city, strong-county) or 2 (protection zones)', async () => {
    const rows = await run('rounds/by-year-in-force');
    expect(new Set(rows.map((r) => `${String(r.programme)} ${String(r.round)}`))).toEqual(
      new Set(['国家知识产权保护示范区 2', '国家知识产权强县建设示范县 2023', '国家知识产权强县建设试点县 2023', '国家知识产权强市建设示范城市 2023', '国家知识产权强市建设试点城市 2023']),
    );
    expect(rows).toHaveLength(15 + 2 + 6 + 2 + 1);
  });

  it('coverage: the demonstration cities and protection zones are complete, the strong-city pilots of 2022 are 16 of 72', async () => {
    const rows = await run('rounds/coverage');
    expect(rows).toHaveLength(20);
    const pick = (programme: string, round: string) => rows.find((r) => r.programme === programme && r.round === round)!;
    expect(pick('国家知识产权强市建设试点城市', '2022')).toMatchObject({ knownCount: 16, officialCount: 72, coverage: 0.222, complete: false });
    expect(pick('国家知识产权试点城市', '2017')).toMatchObject({ knownCount: 1, officialCount: null, coverage: null, complete: false });
    expect(pick('国家知识产权试点城市', '2019')).toMatchObject({ knownCount: 1, officialCount: 11, coverage: 0.091, complete: false });
    expect(rows.filter((r) => r.complete).map((r) => `${String(r.programme)} ${String(r.round)}`)).toEqual([
      '国家知识产权保护示范区 1',
      '国家知识产权保护示范区 2',
      '国家知识产权示范城市 1',
      '国家知识产权示范城市 2',
      '国家知识产权示范城市 3',
      '国家知识产权示范城市 4',
    ]);
  });
});

describe('Cypher literals (:param lines and --param values)', () => {
  it('parses strings, numbers, booleans, null, lists and maps', () => {
    expect(parseCypherLiteral(`'国家知识产权强市建设试点城市'`)).toBe('国家知识产权强市建设试点城市');
    expect(parseCypherLiteral(`"it's"`)).toBe("it's");
    expect(parseCypherLiteral(`'a\\'b'`)).toBe("a'b");
    expect(parseCypherLiteral('2022')).toBe(2022);
    expect(parseCypherLiteral('-1.5e2')).toBe(-150);
    expect(parseCypherLiteral(`['low', 'medium']`)).toEqual(['low', 'medium']);
    expect(parseCypherLiteral(`{a: 1, \`b c\`: [true, null]}`)).toEqual({ a: 1, 'b c': [true, null] });
    expect(() => parseCypherLiteral(`'open`)).toThrow(CypherLiteralError);
    expect(() => parseCypherLiteral(`1 2`)).toThrow(/unexpected text after the value at character 3/u);
  });

  it('a --param value that is not a literal is text', () => {
    expect(parseParamValue('国家知识产权示范城市')).toBe('国家知识产权示范城市');
    expect(parseParamValue('42')).toBe(42);
  });

  it('reads :param header lines and sends whole numbers as INTEGER', () => {
    expect(headerParams(`// x\n// :param year => 2022\n//   :param names => ['a']\nRETURN $year`)).toEqual([
      { name: 'year', value: 2022, source: ':param year => 2022' },
      { name: 'names', value: ['a'], source: ":param names => ['a']" },
    ]);
    const q = resolveQuery(executor.registry, 'multi-programme-cities');
    expect(neo4j.isInt(effectiveParams(q, {}).minProgrammes as never)).toBe(true);
  });
});
