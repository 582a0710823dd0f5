/**
 * Rules of branch s8-10-rules, each for a class of phrasing that recurs in articles about these
 * programmes, tested on a sentence of that shape written for the test, not on a bench article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import { extractArticle, type ExtractContext } from '../../../src/extract/extract.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

let ctx: ExtractContext;
beforeAll(() => {
  ctx = loadExtractContext(SEEDS_DIR);
});
const text = (body: string, published = '2023-05-10') => extractArticle(`标题\n${published}\n${body}`, { file: 't.txt', published }, ctx);

describe('renamed counties and the kind of place a programme names', () => {
  const list = (places: string) =>
    text(`近日,国家知识产权局确定一批县(区)为国家知识产权强县工程试点县(区)。\n国家知识产权强县工程试点县(区)包括:${places}。`, '2014-03-01');

  it('a county named before its renaming (四川省成都市温江区、四川省成都市新津县) is its successor district, not the city written before it', () => {
    const d = list('四川省成都市温江区、四川省成都市新津县、江苏省南京市高淳县');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('新津区');
    expect(got).toContain('高淳区');
    expect(got).not.toContain('成都市');
    expect(got).not.toContain('南京市');
  });

  it('a county-level programme names no prefecture-level city: a list cut off after the city ("山东省临沂") gives no designation, and says why', () => {
    const d = list('浙江省杭州市西湖区、山东省临沂');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('杭州市西湖区');
    expect(got).not.toContain('临沂市');
    expect(d.unresolved.some((u) => u.kind === 'designation' && /not the kind of place/u.test(u.reason))).toBe(true);
  });

  it('a city programme names no county (a county in a list of pilot cities is left out)', () => {
    const d = text('国家知识产权局公布新一批国家知识产权试点城市名单,湖南省岳阳市、江西省南昌县入选。', '2014-03-01');
    const got = d.designations.map((x) => x.place);
    expect(got).toContain('岳阳市');
    expect(got).not.toContain('南昌县');
  });
});
