/**
 * Public API: the in-memory graph that `buildGraph()` produces and the Neo4j loader writes with
 * UNWIND + MERGE. Labels and relationship types are the contract of /shared/graph-model.md plus the
 * additions listed (and marked) in docs/graph-model.md.
 */

export const NODE_LABELS = [
  'Province',
  'City',
  'Agency',
  'Programme',
  'AssessmentEvent',
  'Observation',
  'Organisation',
  'Person',
  'Event',
  'Article',
  'ReferenceList',
  // additions (docs/graph-model.md)
  'Round',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes are documents; the loader adds the `:Source` label to them. */
export const SOURCE_LABELS = ['Article', 'ReferenceList'] as const satisfies readonly NodeLabel[];

export const REL_TYPES = [
  // contract
  'LOCATED_IN',
  'DESIGNATED_IN',
  'ASSESSES',
  'ASSESSED_BY',
  'FOR_PROGRAMME',
  'ADMINISTERED_BY',
  'JURISDICTION_OVER',
  'REPORTS',
  'MENTIONS',
  // additions (docs/graph-model.md)
  'OBSERVED_IN',
  'HELD_IN',
  'PARTICIPATED_IN',
  'HOLDS_POSITION',
  'HAS_ROUND',
  'STATES_COUNT',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/**
 * The relationship types that are facts: each carries `sourceIds`/`evidence` (and, written by the loader,
 * `sourceKey`, indexed per type for Source.facts). REPORTS and MENTIONS say what a source states or names
 * and carry no sourceIds.
 */
export const FACT_REL_TYPES = REL_TYPES.filter((t): t is Exclude<RelType, 'REPORTS' | 'MENTIONS'> => t !== 'REPORTS' && t !== 'MENTIONS');

export type Scalar = string | number | boolean | null;
export type PropValue = Scalar | string[] | number[] | boolean[];

/** Property names whose values are 'YYYY-MM-DD' strings that the loader converts to Neo4j Date. */
export const DATE_PROPS = ['publishedAt', 'date', 'periodStart', 'periodEnd', 'asOf', 'announcedOn'] as const;

export interface GraphNode {
  label: NodeLabel;
  id: string;
  props: Record<string, PropValue>;
}

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

/** (from, type, to, key) identifies a relationship; key tells apart e.g. two designations in different years. */
export interface GraphRel {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  key?: string;
  props: Record<string, PropValue>;
}

/** A roster row that could not be tied to a gazetteer entity: reported, never dropped silently. */
export interface UnresolvedRow {
  file: string;
  record: number;
  member: string;
  reason: string;
}

/** An article loaded as a source with its mentions only: it has no reviewed facts file yet. */
export interface PendingArticle {
  file: string;
  /** Its draft facts file (npm run extract), if there is one. */
  draft: string | null;
}

export interface GraphBundle {
  nodes: GraphNode[];
  rels: GraphRel[];
  unresolved: UnresolvedRow[];
  /** Articles without a reviewed facts file. */
  pending: PendingArticle[];
}

/** A curated data file that is wrong: the whole file is rejected, and the message says where. */
export class DataFileError extends Error {
  readonly file: string;
  readonly record: string | number;
  readonly field: string;

  constructor(file: string, record: string | number, field: string, problem: string) {
    super(`${file}: record ${String(record)}, field ${field}: ${problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.record = record;
    this.field = field;
  }
}
