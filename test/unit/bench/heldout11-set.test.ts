/**
 * Held-out set 11 is wired into `npm run bench:extract` without anyone running the extractor on it (the
 * checks are in test/helpers/heldout-set.ts); the figures are those its README states (58 facts over 18 pages).
 * It was scored unseen once (docs/extraction.md), so, like sets 8–10, `--cv` reads it now.
 */
import { describeHeldOutSet } from '../../helpers/heldout-set.js';

describeHeldOutSet({
  name: 'heldout11',
  otherNames: ['seed', 'dev', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10'],
  pages: 18,
  counts: { designations: 8, assessments: 2, observations: 28, events: 6, positions: 14 },
  languages: { 'zh-Hans': 9, 'zh-Hant': 4, en: 5 },
  emptyPages: ['n15_ip_brief_2013_en.facts.json', 'n9_zhuzhou_patent_alliances_2012.facts.json'],
});
