/**
 * Rounds in the API (issue 11): Query.rounds by round label, announcement year and year in force;
 * Programme.rounds with coverage; Round.members; Designation.round and the confidence rule's working;
 * Round through node(id:).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, type Api } from '../helpers/api.js';

let api: Api;
beforeAll(async () => {
  api = await startSeededApi({ maxCost: 1_000_000 });
});
afterAll(() => api?.close());

const ROUND = 'id graphId label round announcedOn announcedYear yearInForce notice termStart termEnd officialCount knownCount coverage { known official ratio complete }';

describe('rounds', () => {
  it('the 2023 strong-city pilot round is found by round "2023" and by announcement year 2024', async () => {
    const programme = await api.idOf('国家知识产权强市建设试点城市', 'PROGRAMME');
    const d = await api.data(`query($p:ID){ byRound: rounds(programme:$p, round:"2023"){ ${ROUND} } byYear: rounds(programme:$p, announcedYear:2024){ graphId } inForce: rounds(programme:$p, yearInForce:2024){ graphId } none: rounds(programme:$p, announcedYear:2023){ graphId } }`, { p: programme });
    expect(d.byRound).toEqual([
      {
        id: expect.any(String),
        graphId: 'round:ip-strong-city-pilot:2023',
        label: 'Round',
        round: '2023',
        announcedOn: null,
        announcedYear: 2024,
        yearInForce: 2024,
        notice: '国知发运字〔2024〕2号',
        termStart: '2024-01',
        termEnd: '2026-12',
        officialCount: 38,
        knownCount: 1,
        coverage: { known: 1, official: 38, ratio: 0.026, complete: false },
      },
    ]);
    expect(d.byYear).toEqual([{ graphId: 'round:ip-strong-city-pilot:2023' }]);
    expect(d.inForce).toEqual([{ graphId: 'round:ip-strong-city-pilot:2023' }]);
    expect(d.none).toEqual([]);
  });

  it('Programme.rounds lists each round with its coverage, oldest first; the members of a round are its designations', async () => {
    const programme = await api.idOf('国家知识产权示范城市', 'PROGRAMME');
    const d = await api.data(`query($id:ID!){ node(id:$id){ ... on Programme { rounds { round yearInForce coverage { known official ratio complete } members(first: 2){ totalCount edges { node { year city { name } round { round } } } } } } } }`, { id: programme });
    const rounds = d.node.rounds as Array<Record<string, any>>;
    expect(rounds.map((r) => [r.round, r.yearInForce, r.coverage.known, r.coverage.official, r.coverage.complete])).toEqual([
      ['1', 2012, 23, 23, true],
      ['2', 2013, 18, 18, true],
      ['3', 2015, 12, 12, true],
      ['4', 2016, 11, 11, true],
    ]);
    expect(rounds[1]!.members.totalCount).toBe(18);
    for (const e of rounds[1]!.members.edges) expect(e.node).toMatchObject({ year: 2013, round: { round: '2' } });
  });

  it('a round without a known official size has no ratio and is not complete', async () => {
    const d = await api.data('{ rounds(round:"2017"){ graphId coverage { known official ratio complete } } }');
    expect(d.rounds).toEqual([{ graphId: 'round:ip-pilot-city:2017', coverage: { known: 1, official: null, ratio: null, complete: false } }]);
  });

  it('a Round is a Node: node(id:) fetches it again, and it cites its sources', async () => {
    const d = await api.data('{ rounds(round:"2", announcedYear:2024){ id graphId sources { evidence source { url } } programme { name } } }');
    expect(d.rounds).toHaveLength(1);
    const r = d.rounds[0];
    expect(r.programme.name).toBe('国家知识产权保护示范区');
    expect(r.sources.map((s: { source: { url: string } }) => s.source.url)).toEqual(['http://chabeiquan.com.cn/news/info/id/6515.html', 'https://news.fznews.com.cn/fzxw/20240130/7toMBs9069.shtml']);
    const again = await api.data('query($id:ID!){ node(id:$id){ __typename ... on Round { graphId notice announcedOn } } }', { id: r.id });
    expect(again.node).toEqual({ __typename: 'Round', graphId: 'round:ip-protection-demonstration-zone:2', notice: '国知发保字〔2024〕4号', announcedOn: '2024-01-26' });
  });

  it('rejects a programme id of another kind with BAD_USER_INPUT', async () => {
    const city = await api.idOf('黄石', 'CITY');
    const e = await api.errors('query($p:ID){ rounds(programme:$p){ graphId } }', { p: city });
    expect(e[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('designations graded by the rule', () => {
  it('黄石: the roster said high, but its address copies article 002, so one report: medium', async () => {
    const city = await api.idOf('黄石', 'CITY');
    const d = await api.data('query($id:ID!){ node(id:$id){ ... on City { designations { year confidence statedConfidence independentSources confidenceBasis round { round notice officialCount } sources { evidence source { __typename url } } } } } }', { id: city });
    const [des] = d.node.designations;
    expect(des).toMatchObject({ year: 2022, confidence: 'medium', statedConfidence: 'high', independentSources: 1, round: { round: '2022', notice: '国知发运字〔2022〕33号', officialCount: 72 } });
    expect(des.confidenceBasis).toBe('medium: 1 independent source; oriextravels.com and article 002 are copies of one report; the roster said high');
    const roster = des.sources.find((s: { source: { __typename: string } }) => s.source.__typename === 'ReferenceList');
    expect(roster.evidence).toContain('the list names 黄石 (湖北)');
    expect(roster.evidence).toContain(`Source: ${String(roster.source.url)}`);
  });
});
