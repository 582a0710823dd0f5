/**
 * The observation filter of `bench:extract -- --cv`: a logistic regression that must be deterministic,
 * must learn what separates accepted from rejected candidates, and picks one reading per figure.
 */
import { describe, expect, it } from 'vitest';
import { filterObservations, probability, trainLogistic } from '../../../bench/extract/filter.js';
import type { ArticleFacts } from '../../../src/ingest/facts.js';

const obs = (metric: string, value: number, period: string, rule: string, quote = `${value} words`): ArticleFacts['observations'][number] => ({
  place: '合肥市',
  metric,
  label: metric,
  value,
  unit: 'count',
  period,
  periodText: period,
  quote,
  extraction: { method: 'extracted', rule, confidence: 0.8 },
});
const draftOf = (observations: ArticleFacts['observations']): ArticleFacts =>
  ({ article: { publishedAt: '2023-02-01', language: 'en' }, designations: [], assessments: [], observations, events: [], positions: [], unresolved: [] }) as unknown as ArticleFacts;

describe('trainLogistic', () => {
  const examples = [
    ...Array.from({ length: 6 }, () => ({ features: { bias: 1, 'guard:none': 1 }, label: true })),
    ...Array.from({ length: 6 }, () => ({ features: { bias: 1, 'guard:target': 1 }, label: false })),
  ];

  it('learns a feature that separates the classes', () => {
    const w = trainLogistic(examples);
    expect(probability(w, { bias: 1, 'guard:none': 1 })).toBeGreaterThan(0.8);
    expect(probability(w, { bias: 1, 'guard:target': 1 })).toBeLessThan(0.2);
  });

  it('gives the same weights for the same examples, in any order', () => {
    expect(trainLogistic([...examples].reverse())).toEqual(trainLogistic(examples));
  });
});

describe('filterObservations', () => {
  it('keeps one reading per figure, the likeliest, with its probability as confidence', () => {
    const d = draftOf([obs('trademarks.registrations', 18400, '2021', 'observation:english-count, candidate:generic-metric', 'q'), obs('trademarks.well_known', 18400, '2021', 'observation:english-count, candidate:generic-metric', 'q')]);
    const w = { bias: 0, 'count:registrations': 3, 'count:well_known': -3 };
    const kept = filterObservations(d, w).observations;
    expect(kept.map((o) => o.metric)).toEqual(['trademarks.registrations']);
    expect(kept[0]!.extraction!.confidence).toBeGreaterThan(0.9);
  });

  it('rejects every reading below the threshold', () => {
    const d = draftOf([obs('patents.grants', 60000, '2025', 'observation:count-with-unit, candidate:target')]);
    expect(filterObservations(d, { bias: 0, 'guard:target': -5 }).observations).toEqual([]);
  });

  it('with keepRules, keeps what the rules propose whatever the model says', () => {
    const d = draftOf([obs('patents.grants', 41000, '2022', 'observation:count-with-unit')]);
    expect(filterObservations(d, { bias: -10 }, { keepRules: true }).observations).toHaveLength(1);
    expect(filterObservations(d, { bias: -10 }).observations).toHaveLength(0);
  });
});
