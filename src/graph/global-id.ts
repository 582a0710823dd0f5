/**
 * Relay global ids: opaque base64url of `<Label>:<graph id>`. The graph id (`City.id` in Neo4j, e.g.
 * `city:420200`) is exposed as `graphId` for people who also write Cypher.
 */
import { BadUserInputError } from '../errors/errors.js';
import { isNodeLabel, type NodeLabel } from './labels.js';

export function toGlobalId(label: NodeLabel, graphId: string): string {
  return Buffer.from(`${label}:${graphId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  label: NodeLabel;
  graphId: string;
}

/** Decodes a global id; a malformed one is a BAD_USER_INPUT naming the argument. */
export function fromGlobalId(id: string, argument = 'id'): DecodedId {
  const text = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const i = text.indexOf(':');
  const label = text.slice(0, i);
  if (i <= 0 || !isNodeLabel(label) || text.length === i + 1) {
    throw new BadUserInputError(`Argument "${argument}" is not a valid node id: use the \`id\` field of a node returned by this API.`, { argument });
  }
  return { label, graphId: text.slice(i + 1) };
}

/** Decodes without throwing (nullable lookups answer null for ids that are not ours). */
export function tryFromGlobalId(id: string): DecodedId | undefined {
  try {
    return fromGlobalId(id);
  } catch {
    return undefined;
  }
}
