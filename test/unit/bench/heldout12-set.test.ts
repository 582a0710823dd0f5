/**
 * Held-out set 12 is wired into `npm run bench:extract` without anyone running the extractor on it (the
 * checks are in test/helpers/heldout-set.ts); the figures are those its README states (76 facts over 17 pages).
 * It was scored unseen once (docs/extraction.md), so, like sets 8–11, `--cv` reads it now; and `--only heldout2`
 * must not pick it (set names match whole directory names).
 */
import { describeHeldOutSet } from '../../helpers/heldout-set.js';

describeHeldOutSet({
  name: 'heldout12',
  otherNames: ['seed', 'dev', 'heldout1', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11'],
  pages: 17,
  counts: { designations: 5, assessments: 2, observations: 50, events: 5, positions: 14 },
  languages: { 'zh-Hans': 10, 'zh-Hant': 4, en: 3 },
  emptyPages: ['p10_xiamen_torch_zone_2019_en.facts.json', 'p9_shenyang_reform_pilot_en.facts.json'],
});
