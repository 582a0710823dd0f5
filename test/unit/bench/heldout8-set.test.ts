/**
 * Held-out set 8 is wired into `npm run bench:extract` without anyone running the extractor on it (the
 * checks are in test/helpers/heldout-set.ts); the figures are those its README states (54 facts over 15 pages).
 */
import { describeHeldOutSet } from '../../helpers/heldout-set.js';

describeHeldOutSet({
  name: 'heldout8',
  otherNames: ['seed', 'dev', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout9', 'heldout10', 'heldout11'],
  pages: 15,
  counts: { designations: 10, assessments: 1, observations: 26, events: 7, positions: 10 },
  languages: { 'zh-Hans': 5, 'zh-Hant': 4, en: 6 },
  emptyPages: ['y12_changchun_new_area_2024_en.facts.json', 'y5_unnamed_city_figures_2016.facts.json'],
});
