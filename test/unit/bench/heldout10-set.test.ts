/**
 * Held-out set 10 is wired into `npm run bench:extract` without anyone running the extractor on it (the
 * checks are in test/helpers/heldout-set.ts); the figures are those its README states (80 facts over 18 pages).
 * It was scored unseen once (docs/extraction.md), so, like sets 8 and 9, `--cv` reads it now.
 */
import { describeHeldOutSet } from '../../helpers/heldout-set.js';

describeHeldOutSet({
  name: 'heldout10',
  otherNames: ['seed', 'dev', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout11'],
  pages: 18,
  counts: { designations: 35, assessments: 2, observations: 22, events: 9, positions: 12 },
  languages: { 'zh-Hans': 9, 'zh-Hant': 4, en: 5 },
  emptyPages: ['k11_ip_index_report_2014_hant.facts.json', 'k16_guangdong_patent_strength_2019_en.facts.json'],
});
