/**
 * Turns a node row from Neo4j into the GraphQL object of its label (so interfaces resolve their
 * concrete type by instanceof). Each domain registers the maker of its types next to the type
 * (`registerNodeType` in `<entity>.type.ts`), so this shared layer knows no domain.
 */
import type { NodeRow } from './graph.loaders.js';
import { toGlobalId } from './global-id.js';
import { NODE_LABELS, type NodeLabel } from './labels.js';
import type { Node } from './node.interfaces.js';
import { str, strList, type Plain } from './values.js';

/** What every node object has, and what every named entity has. */
export interface NodeBase {
  id: string;
  graphId: string;
  label: NodeLabel;
}
export interface EntityBase extends NodeBase {
  name: string;
  nameEn: string | null;
  aliases: string[];
}

type Maker = (props: Record<string, Plain>, row: NodeRow) => Node;
const makers = new Map<NodeLabel, Maker>();

/** Called by each `<entity>.type.ts` for the labels its classes stand for. */
export function registerNodeType(label: NodeLabel, make: Maker): void {
  makers.set(label, make);
}

export function nodeBase(row: NodeRow): NodeBase {
  return { id: toGlobalId(row.label, row.graphId), graphId: row.graphId, label: row.label };
}

export function entityBase(row: NodeRow): EntityBase {
  const p = row.props;
  // One literal, not a spread of nodeBase: every entity of every answer is made here.
  return { id: toGlobalId(row.label, row.graphId), graphId: row.graphId, label: row.label, name: str(p.name) ?? str(p.nameEn) ?? row.graphId, nameEn: str(p.nameEn), aliases: strList(p.aliases) };
}

export function materialize(row: NodeRow): Node {
  const make = makers.get(row.label);
  // Every type module registers itself when the schema is built; a missing one is a programming error.
  if (!make) throw new Error(`No GraphQL type is registered for label ${row.label}.`);
  return make(row.props, row);
}

/** Throws, naming them, unless every API label has a registered type. Called when the schema is built. */
export function assertEveryNodeTypeRegistered(): void {
  const missing = NODE_LABELS.filter((l) => !makers.has(l));
  if (missing.length) throw new Error(`No GraphQL type is registered for ${missing.join(', ')} (registerNodeType in its <entity>.type.ts).`);
}

/** Display name of any node, for graph views. */
export function displayName(row: NodeRow): string {
  const p = row.props;
  return str(p.name) ?? str(p.title) ?? str(p.nameEn) ?? str(p.label) ?? (p.metric ? `${str(p.metric)} ${str(p.value) ?? ''}`.trim() : row.graphId);
}
