/** `npm run bench:data` drops only the schema of what it writes, and refuses a statement it cannot read. */
import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../../src/db/schema.js';
import { dropStatement, schemaOnWrittenData } from '../../../bench/lib/write-schema.js';

describe('the schema bench:data takes down while it writes', () => {
  it('covers the written labels and types, and keeps the anchors\u2019 constraints', () => {
    const names = schemaOnWrittenData(schemaStatements()).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['node_id', 'city_id', 'article_id', 'source_id', 'observation_id', 'assessment_event_id', 'entity_names', 'city_adcode', 'city_province_order', 'source_order', 'designation_year']));
    expect(names).not.toEqual(expect.arrayContaining(['province_id']));
    for (const kept of ['province_id', 'programme_id', 'agency_id', 'reference_list_id', 'seed_state_id', 'round_id', 'province_adcode']) expect(names).not.toContain(kept);
  });

  it('reads a relationship index and a multi-label full-text index; rejects what it cannot read', () => {
    const items = schemaOnWrittenData([
      { file: 'x.cypher', statement: 'CREATE INDEX r_year IF NOT EXISTS FOR ()-[d:DESIGNATED_IN]-() ON (d.year)' },
      { file: 'x.cypher', statement: 'CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Province|City) ON EACH [n.name]' },
      { file: 'x.cypher', statement: 'CREATE INDEX other IF NOT EXISTS FOR ()-[d:HOLDS]-() ON (d.year)' },
    ]);
    expect(items.map((i) => [i.kind, i.name])).toEqual([['INDEX', 'r_year'], ['INDEX', 'names']]);
    expect(dropStatement(items[0]!)).toBe('DROP INDEX r_year IF EXISTS');
    expect(() => schemaOnWrittenData([{ file: 'y.cypher', statement: 'CREATE LOOKUP INDEX l IF NOT EXISTS FOR (n) ON EACH labels(n)' }])).toThrow(/y\.cypher: cannot tell which label/);
  });
});
