/**
 * Which parts of the graph's schema (`cypher/schema/*.cypher`) `npm run bench:data` takes down while it
 * writes, and how it puts them back.
 *
 * Measured (docs/performance.md, "branch s4-9-write"): keeping every constraint and index up to date
 * row by row is most of the write's cost — each synthetic city is five range-index entries and a
 * full-text (Lucene) document updated inside its commit. Building the same indexes once over the
 * finished data is a bulk population, several times cheaper. So the writer drops the constraints and
 * indexes on the labels and relationship types it writes, writes, then creates them again from the
 * schema files (the same statements `npm start` applies) and waits until every index is ONLINE.
 *
 * Only the schema of what is written is dropped: the anchors' constraints (Province, Programme, Agency,
 * ReferenceList) stay, because the write looks the anchors up by id. Ids stay unique without the
 * constraints while they are down: synthetic ids are a function of the group number, each group is
 * written once, and the writer refuses to start when synthetic data is already there; re-creating the
 * constraints checks it again.
 */
import type { schemaStatements } from '../../src/db/schema.js';

/** The labels and relationship types cypher/bench/synthetic-write.cypher creates. */
export const WRITTEN_LABELS = ['City', 'Node', 'Article', 'Source', 'Observation', 'AssessmentEvent'] as const;
export const WRITTEN_TYPES = ['LOCATED_IN', 'MENTIONS', 'DESIGNATED_IN', 'OBSERVED_IN', 'REPORTS', 'ASSESSES', 'ASSESSED_BY', 'FOR_PROGRAMME'] as const;

export interface SchemaItem {
  kind: 'CONSTRAINT' | 'INDEX';
  name: string;
  /** The CREATE … IF NOT EXISTS statement of the schema file, run again to restore it. */
  statement: string;
}

/**
 * The constraints and indexes of `statements` that cover a written label or relationship type
 * (`FOR (n:A|B)`, `FOR ()-[r:T]-()`). A statement whose target cannot be read is an error, so a new
 * kind of schema statement is not silently left in place (or silently dropped).
 */
export function schemaOnWrittenData(statements: ReturnType<typeof schemaStatements>): SchemaItem[] {
  const labels = new Set<string>(WRITTEN_LABELS);
  const types = new Set<string>(WRITTEN_TYPES);
  const items: SchemaItem[] = [];
  for (const { file, statement } of statements) {
    const head = /^\s*CREATE\s+(CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\s+FOR\s+(?:\(\s*\w*\s*:\s*([\w|]+)\s*\)|\(\s*\)\s*-\s*\[\s*\w*\s*:\s*([\w|]+)\s*\]\s*-\s*\(\s*\))/i.exec(statement);
    if (!head) throw new Error(`cypher/schema/${file}: cannot tell which label or type this statement covers: ${JSON.stringify(statement.slice(0, 100))}.`);
    const kind = head[1]!.toUpperCase() === 'CONSTRAINT' ? 'CONSTRAINT' : 'INDEX';
    const covered = head[3] !== undefined ? head[3].split('|').some((l) => labels.has(l)) : head[4]!.split('|').some((t) => types.has(t));
    if (covered) items.push({ kind, name: head[2]!, statement });
  }
  return items;
}

/** The statement that drops one item (names come from the schema files, never from input). */
export function dropStatement(item: SchemaItem): string {
  if (!/^\w+$/.test(item.name)) throw new Error(`Not a schema name: ${JSON.stringify(item.name)}.`);
  return `DROP ${item.kind} ${item.name} IF EXISTS`;
}
