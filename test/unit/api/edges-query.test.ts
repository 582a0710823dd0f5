/**
 * The edge loader's query has one typed branch per relationship type and direction (a type cannot be a
 * pattern parameter without expanding every relationship first). A type added to the enum without its
 * branches would make that relationship field answer nothing; this catches it without a database.
 */
import { describe, expect, it } from 'vitest';
import { QueryRegistry } from '../../../src/db/query-registry.js';
import { REL_TYPES } from '../../../src/ingest/bundle.js';

const text = QueryRegistry.load().get('api/edges/by-node').text;

describe('api/edges/by-node', () => {
  it.each(REL_TYPES)('has an outgoing and an incoming branch for %s, each guarded by its own type and direction', (type) => {
    expect(text).toContain(`WHERE key.type = '${type}' AND key.dir = 'OUT' MATCH (a)-[r:${type}]->(b) RETURN r, b`);
    expect(text).toContain(`WHERE key.type = '${type}' AND key.dir = 'IN' MATCH (a)<-[r:${type}]-(b) RETURN r, b`);
  });

  it('has no branch for a type the enum does not have', () => {
    const branchTypes = [...text.matchAll(/key\.type = '([A-Z_]+)'/g)].map((m) => m[1]);
    expect(new Set(branchTypes)).toEqual(new Set(REL_TYPES));
    expect(branchTypes).toHaveLength(REL_TYPES.length * 2);
  });
});
