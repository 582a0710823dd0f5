/**
 * Branch s10-10-learn: the extractor's recall mode (the candidates the observation filter is trained and
 * measured on) and the rules it led to, each tested on a sentence written for the test, not taken from a
 * bench article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { metricFamily } from '../../../src/extract/metrics.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const draft = (body: string, published: string, candidates = false) => extractArticle(`Title\n${published}\n${body}`, { file: 't.txt', published, candidates }, ctx);
const obs = (body: string, published: string, candidates = false) => draft(body, published, candidates).observations.map((o) => [o.place, o.metric, o.value, o.period, o.extraction!.rule]);

describe('recall mode (candidates for the filter)', () => {
  const twoTrademarkCounts = 'In 2021, Harbin received 30,500 trademark applications, and the number of registered trademarks was 18,400.';

  it('is off by default: a figure whose words name only trademarks is not proposed', () => {
    expect(obs(twoTrademarkCounts, '2022-04-01').map((o) => o[2])).toEqual([30500]);
  });

  it('proposes one candidate per trademark metric for such a figure, tagged generic-metric, and both readings of the year', () => {
    const got = obs(twoTrademarkCounts, '2022-04-01', true).filter((o) => o[2] === 18400);
    expect(got.map((o) => o[1])).toContain('trademarks.registrations');
    expect(got.map((o) => o[1])).toContain('trademarks.registered.valid');
    expect(got.every((o) => String(o[4]).includes('candidate:generic-metric'))).toBe(true);
    expect(got.filter((o) => o[1] === 'trademarks.registrations').map((o) => o[3])).toEqual(['2021', '2021-12-31']);
  });

  it('keeps the rules’ reading untagged, so the rules’ draft is the untagged part of the candidates', () => {
    const rules = obs(twoTrademarkCounts, '2022-04-01');
    const untagged = obs(twoTrademarkCounts, '2022-04-01', true).filter((o) => !String(o[4]).includes('candidate:'));
    expect(untagged).toEqual(rules);
  });

  it('proposes a target as a candidate tagged target, never in the rules’ draft', () => {
    const body = '2022年,合肥市专利授权量4.1万件。力争到2025年,合肥市专利授权量达到6万件。';
    expect(obs(body, '2023-02-01').map((o) => o[2])).toEqual([41000]);
    const target = obs(body, '2023-02-01', true).filter((o) => o[2] === 60000);
    expect(target.length).toBeGreaterThan(0);
    expect(target.every((o) => String(o[4]).includes('candidate:target'))).toBe(true);
  });

  it('a generic answer names its family of metrics', () => {
    expect(metricFamily('trademarks').map((m) => m.key)).toContain('trademarks.well_known');
    expect(metricFamily('invention patents').every((m) => m.key.startsWith('patents.invention.'))).toBe(true);
    expect(metricFamily('something else')).toEqual([]);
  });
});

describe('rules the candidates pointed to', () => {
  const province = 'Jiangxi Province stepped up its patent work in 2019.\nCompanies and universities in the province filed 41,200 patent applications last year, nearly 3.2 times the number in 2014. Over the same period, the number of granted patents rose to 22,800.';

  it('"in the province" in an article about a province is that province’s figure', () => {
    expect(obs(province, '2020-03-01').map((o) => o.slice(0, 4))).toContainEqual(['江西省', 'patents.applications', 41200, '2019']);
  });

  it('a sentence with no place that goes on from the figures before it takes their place, and "3.2 times the number in 2014" is no period', () => {
    expect(obs(province, '2020-03-01').map((o) => o.slice(0, 4))).toContainEqual(['江西省', 'patents.grants', 22800, '2019']);
  });

  it('a national figure is still no place’s figure in an article about a province', () => {
    const body = 'Jiangxi Province stepped up its patent work in 2019.\nThe country filed 4,380,000 patent applications last year.';
    expect(obs(body, '2020-03-01')).toEqual([]);
  });

  it('"GI trademarks" are geographical-indication trademarks', () => {
    const body = 'Harbin held an IP week in 2022. By the end of 2021, the city had 12 well-known trademarks and 25 GI trademarks.';
    expect(obs(body, '2022-04-01').map((o) => o.slice(0, 4))).toContainEqual(['哈尔滨市', 'trademarks.geographical_indication', 25, '2021-12-31']);
  });
});
