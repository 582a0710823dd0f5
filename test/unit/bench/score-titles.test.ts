/** The scorer counts one position per title, in the gold and the draft alike (docs/extraction.md). */
import { describe, expect, it } from 'vitest';
import { loadExtractContext } from '../../../src/extract/context.js';
import type { ArticleFacts } from '../../../src/ingest/facts.js';
import { score } from '../../../bench/extract/score.js';
import { SEEDS_DIR } from '../ingest/helpers.js';

const facts = (positions: Array<{ person: string; title: string }>): ArticleFacts =>
  ({ article: { publishedAt: '2022-04-27' }, designations: [], assessments: [], observations: [], events: [], positions }) as unknown as ArticleFacts;

describe('positions in the scorer', () => {
  const gaz = loadExtractContext(SEEDS_DIR).gazetteer;
  it('a gold chain (市委副书记、市长) is matched by the draft\'s two positions, and counts as two', () => {
    const s = score(gaz, facts([{ person: 'person:li-ming', title: '市委副书记、市长' }]), facts([{ person: 'person:li-ming', title: '市委副书记' }, { person: 'person:li-ming', title: '市长' }]));
    expect(s.positions).toEqual({ gold: 2, proposed: 2, matched: 2 });
  });
  it('a draft that keeps only one of the titles matches one of two', () => {
    const s = score(gaz, facts([{ person: 'person:li-ming', title: '党组书记、局长' }]), facts([{ person: 'person:li-ming', title: '局长' }]));
    expect(s.positions).toEqual({ gold: 2, proposed: 1, matched: 1 });
  });
});
