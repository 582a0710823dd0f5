/**
 * Plan-cache keys (src/db/plan-key.ts) and the rule that keeps the API's plans few: no API query takes a
 * top-level list or string, so one plan per query serves every request (and the warm-up's is that plan).
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { planKey, sizeClass } from '../../../src/db/plan-key.js';
import { QueryRegistry } from '../../../src/db/query-registry.js';

describe('planKey', () => {
  it('puts lists and strings in the size classes Neo4j plans them by: 0, 1, then powers of ten', () => {
    expect([0, 1, 2, 10, 11, 100, 101, 1000, 1700].map(sizeClass)).toEqual([0, 1, 10, 10, 100, 100, 1000, 1000, 10000]);
    expect(planKey('q', { ids: ['a', 'b'] })).not.toBe(planKey('q', { ids: Array.from({ length: 39 }, String) }));
    expect(planKey('q', { id: 'city:420100' })).not.toBe(planKey('q', { id: 'city:1' }));
  });

  it('does not look inside maps, and tells null from a value and integers from floats', () => {
    expect(planKey('q', { batch: { keys: [1] } })).toBe(planKey('q', { batch: { keys: Array.from({ length: 500 }, Number) } }));
    expect(planKey('q', { year: null })).not.toBe(planKey('q', { year: neo4j.int(2022) }));
    expect(planKey('q', { n: neo4j.int(3) })).toBe(planKey('q', { n: 3 }));
    expect(planKey('q', { n: 3 })).not.toBe(planKey('q', { n: 3.5 }));
  });
});

describe('the API queries (cypher/api)', () => {
  // Values that are integers or booleans and never null: their type never changes, so they may stay top-level.
  const SCALARS = new Set(['limit', 'cityLimit', 'designationLimit', 'depth', 'maxHops', 'first', 'min', 'withSources', 'withProperties', 'withEdges', 'observations']);
  const registry = QueryRegistry.load();
  const names = [...(registry as unknown as { queries: Map<string, unknown> }).queries.keys()].filter((n) => n.startsWith('api/'));

  it.each(names)('%s takes lists, strings and nullable values only inside $batch or $args', (name) => {
    const code = registry.get(name).text.replace(/\/\/.*$/gm, '');
    const topLevel = [...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!).filter((p) => p !== 'batch' && p !== 'args');
    expect(topLevel.filter((p) => !SCALARS.has(p))).toEqual([]);
  });
});
