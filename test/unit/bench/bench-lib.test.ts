/**
 * The benchmark's pure pieces: the statistics it reports and the synthetic graph's generator (the same
 * seed must give the same graph; its ids must never collide with the real ones or with each other).
 */
import { describe, expect, it } from 'vitest';
import { median, medianRatio, percentile, summarise } from '../../../bench/lib/stats.js';
import { CITIES_PER_GROUP, groupsFor, relationshipsOf, syntheticAdcode, syntheticGroup, METRICS, type Anchors } from '../../../bench/lib/synthetic.js';
import { parseIntOption } from '../../../bench/lib/args.js';
import { sortedList, stableJson } from '../../../bench/lib/operations.js';

describe('stats', () => {
  it('median of odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('nearest-rank percentiles are measured values', () => {
    const xs = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile([42], 95)).toBe(42);
    expect(() => percentile(xs, 0)).toThrow(/percentile/);
  });

  it('a run summary and the median of per-round ratios', () => {
    expect(summarise([10, 20, 30, 40], 2)).toEqual({ rps: 2, p50: 20, p95: 40 });
    // Round ratios 0.5, 2 and 1: the median is 1, not the ratio of medians.
    expect(medianRatio([1, 4, 3], [2, 2, 3])).toBe(1);
  });
});

describe('option checks', () => {
  it('accepts separators and rejects what is not a whole number in range, naming the option', () => {
    expect(parseIntOption('--nodes', '1_000_000', 10, 2e7, 'usage')).toBe(1_000_000);
    expect(() => parseIntOption('--nodes', '1e6', 10, 2e7, 'usage')).toThrow(/--nodes must be a whole number from 10 to 20,000,000; got "1e6"/);
    expect(() => parseIntOption('--nodes', '5', 10, 2e7, 'usage')).toThrow(/--nodes/);
  });
});

describe('answer comparison helpers', () => {
  it('orders a list the same way whatever the key order of its items', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(sortedList([{ type: 'B', s: 1 }, { s: 0, type: 'A' }])).toEqual(sortedList([{ s: 0, type: 'A' }, { type: 'B', s: 1 }]));
  });
});

describe('synthetic graph', () => {
  const anchors: Anchors = {
    provinces: ['province:110000', 'province:420000', 'province:510000'],
    programmes: ['programme:a', 'programme:b'],
    agencies: ['agency:cnipa'],
    gazetteer: 'ref:gazetteer',
  };

  it('is a function of the seed and the group number', () => {
    const a = Array.from({ length: 50 }, (_, g) => syntheticGroup(g, 42, anchors));
    const b = Array.from({ length: 50 }, (_, g) => syntheticGroup(g, 42, anchors));
    expect(b).toEqual(a);
    // Made in another order, group 17 is the same group.
    expect(syntheticGroup(17, 42, anchors)).toEqual(a[17]);
    // Another seed draws another graph.
    const c = Array.from({ length: 50 }, (_, g) => syntheticGroup(g, 7, anchors));
    expect(c).not.toEqual(a);
  });

  it('ties every group to the anchors and keeps draws in range', () => {
    for (let g = 0; g < 300; g++) {
      const row = syntheticGroup(g, 42, anchors);
      expect(anchors.provinces).toContain(row.province);
      expect(row.des.length).toBeGreaterThanOrEqual(1);
      for (const d of row.des) {
        expect(anchors.programmes).toContain(d.programme);
        expect(d.c).toBeGreaterThanOrEqual(0);
        expect(d.c).toBeLessThan(CITIES_PER_GROUP);
        expect(d.year).toBeLessThanOrEqual(Number(row.published.slice(0, 4)));
      }
      expect(new Set(row.obs.map((o) => `${o.c}:${o.m}:${o.year}:${o.half}`)).size).toBe(row.obs.length);
      for (const o of row.obs) expect(o.m).toBeLessThan(METRICS.length);
      expect(row.published).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(relationshipsOf(row)).toBe(CITIES_PER_GROUP * 2 + row.des.length + 2 * row.obs.length + 4);
    }
  });

  it('gives cities adcodes no real division has, and never the same one twice', () => {
    expect(syntheticAdcode(0)).toBe('90000000');
    expect(syntheticAdcode(4_999_999)).toBe('94999999');
    // Real GB/T 2260 codes have six digits and start with 1..8.
    expect(syntheticAdcode(123)).toMatch(/^9\d{7}$/);
    expect(groupsFor(1_000_000)).toBe(100_000);
    expect(groupsFor(5)).toBe(1);
  });
});

describe('FLOOR_PORT', () => {
  it('is the floor server\u2019s port when set, any free port when not, and a bad value names the variable', async () => {
    const { floorPort } = await import('../../../bench/lib/args.js');
    expect(floorPort({}, 'usage')).toBe(0);
    expect(floorPort({ FLOOR_PORT: '19250' }, 'usage')).toBe(19250);
    expect(() => floorPort({ FLOOR_PORT: 'x19' }, 'usage')).toThrow(/FLOOR_PORT must be a port number .* found "x19"/);
    expect(() => floorPort({ FLOOR_PORT: '70000' }, 'usage')).toThrow(/FLOOR_PORT/);
  });
});
