/**
 * The node labels and relationship types the API exposes, as GraphQL enums. Cypher that varies by label
 * or type takes its value from these fixed lists, never from free text.
 */
import { registerEnumType } from 'type-graphql';
import { NODE_LABELS, REL_TYPES, SOURCE_LABELS, type NodeLabel, type RelType } from '../ingest/bundle.js';

export { NODE_LABELS, REL_TYPES, SOURCE_LABELS, type NodeLabel, type RelType };

/** Labels of named entities (search, `Entity` interface). */
export const ENTITY_LABELS = ['Province', 'City', 'Agency', 'Programme', 'Organisation', 'Person', 'Event'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export enum EntityKind {
  PROVINCE = 'Province',
  CITY = 'City',
  AGENCY = 'Agency',
  PROGRAMME = 'Programme',
  ORGANISATION = 'Organisation',
  PERSON = 'Person',
  EVENT = 'Event',
}
registerEnumType(EntityKind, { name: 'EntityKind', description: 'Kinds of named entity, for `search(kinds:)`.' });

// A string enum whose values are the graph's relationship types, so GraphQL clients write the same
// names researchers use in Cypher.
export const RelationshipType = Object.fromEntries(REL_TYPES.map((t) => [t, t])) as { [K in RelType]: K };
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Relationship types of the graph (see docs/graph-model.md).' });

export function isNodeLabel(s: string): s is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(s);
}

/** The most specific label of a node (a Source node is reported as Article or ReferenceList). */
export function primaryLabel(labels: readonly string[]): NodeLabel | undefined {
  return labels.find((l) => l !== 'Source' && isNodeLabel(l)) as NodeLabel | undefined;
}
