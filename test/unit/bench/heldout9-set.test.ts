/**
 * Held-out set 9 is wired into `npm run bench:extract` without anyone running the extractor on it (the
 * checks are in test/helpers/heldout-set.ts); the figures are those its README states (67 facts over 16 pages).
 */
import { describeHeldOutSet } from '../../helpers/heldout-set.js';

describeHeldOutSet({
  name: 'heldout9',
  otherNames: ['seed', 'dev', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout10', 'heldout11'],
  pages: 16,
  counts: { designations: 8, assessments: 4, observations: 25, events: 8, positions: 22 },
  languages: { 'zh-Hans': 7, 'zh-Hant': 3, en: 6 },
  emptyPages: ['z14_ip_brief_jiangsu_2014_en.facts.json', 'z15_hohhot_pilot_aim_en.facts.json'],
});
