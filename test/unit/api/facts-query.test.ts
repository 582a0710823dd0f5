/**
 * Source.facts finds relationship facts through one TEXT index per type on `sourceKey`, so its query has
 * one branch per type that carries sourceIds, and the schema an index for each. A type added to
 * FACT_REL_TYPES without its branch (or its index) would leave its facts out of every source's facts;
 * this catches it without a database.
 */
import { describe, expect, it } from 'vitest';
import { QueryRegistry } from '../../../src/db/query-registry.js';
import { FACT_REL_TYPES, REL_TYPES } from '../../../src/ingest/bundle.js';
import { checkSourceKeys } from '../../../src/seed/loader.js';
import { schemaStatements } from '../../../src/db/schema.js';

const text = QueryRegistry.load().get('api/source/facts').text;
const statements = schemaStatements().map((s) => s.statement);

describe('api/source/facts', () => {
  it.each(FACT_REL_TYPES)('has a branch for %s that seeks on its sourceKey, and the schema its TEXT index', (type) => {
    expect(text).toContain(`MATCH (a)-[r:${type}]->(b) WHERE r.sourceKey CONTAINS needle RETURN a, r, b`);
    expect(statements).toContain(`CREATE TEXT INDEX ${type.toLowerCase()}_source_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sourceKey)`);
  });

  it('has no branch for another type, and the fact types are every type but REPORTS and MENTIONS', () => {
    const branchTypes = [...text.matchAll(/MATCH \(a\)-\[r:([A-Z_]+)\]->\(b\) WHERE r\.sourceKey/g)].map((m) => m[1]);
    expect(branchTypes).toEqual([...FACT_REL_TYPES]);
    expect([...FACT_REL_TYPES, 'REPORTS', 'MENTIONS'].sort()).toEqual([...REL_TYPES].sort());
  });
});

describe('checkSourceKeys (the loader, before it writes)', () => {
  const rel = (type: (typeof REL_TYPES)[number], sourceIds: string[]) => ({ type, from: { label: 'City' as const, id: 'city:1' }, to: { label: 'Programme' as const, id: 'programme:p' }, props: { sourceIds } });

  it('accepts sourced facts of the fact types', () => {
    expect(() => checkSourceKeys({ rels: [rel('DESIGNATED_IN', ['ref:a', 'article:b'])] })).not.toThrow();
  });

  it('refuses sourceIds on a type Source.facts does not read, and a source id holding the separator', () => {
    expect(() => checkSourceKeys({ rels: [rel('MENTIONS', ['article:b'])] })).toThrow(/MENTIONS is not in FACT_REL_TYPES/);
    expect(() => checkSourceKeys({ rels: [rel('LOCATED_IN', ['ref:a|b'])] })).toThrow(/contains '\|'/);
  });
});
