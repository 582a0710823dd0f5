/** Which query counts a connection: the count store's only when the filter names nothing. */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { countQuery } from '../../../src/graph/node-page.js';
import { QueryRegistry } from '../../../src/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../../src/db/queries.js';

const queries = { page: 'api/city/cities-page', count: 'api/city/cities-count', countAll: 'api/city/cities-count-all' };

describe('countQuery', () => {
  it('uses the count store when every value of the filter is null', () => {
    expect(countQuery(queries, { province: null, programme: null, year: null, level: null })).toBe('api/city/cities-count-all');
    expect(countQuery(queries, {})).toBe('api/city/cities-count-all');
  });

  it('uses the filtered count as soon as one value is set, even a falsy one', () => {
    expect(countQuery(queries, { province: null, programme: null, year: 0, level: null })).toBe('api/city/cities-count');
    expect(countQuery(queries, { province: null, level: '' })).toBe('api/city/cities-count');
    expect(countQuery(queries, { kind: 'Article' })).toBe('api/city/cities-count');
  });

  it('uses the filtered count when the connection has no count-store query', () => {
    expect(countQuery({ page: queries.page, count: queries.count }, { province: null })).toBe('api/city/cities-count');
  });

  it('every count-store query is a named, required file', () => {
    const registry = QueryRegistry.load();
    for (const name of ['api/city/cities-count-all', 'api/designation/designations-count-all', 'api/assessment/assessments-count-all', 'api/source/sources-count-all']) {
      expect(REQUIRED_QUERIES).toContain(name);
      expect(registry.get(name).text).toMatch(/RETURN count\(\w+\) AS total/u);
    }
  });
});
