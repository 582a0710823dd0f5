/** Single-node lookups by id: an id of another kind of node is a mistake worth saying, not a null. */
import { BadUserInputError } from '../errors/errors.js';
import type { DecodedId } from './global-id.js';
import type { NodeLabel } from './labels.js';

/** Throws BAD_USER_INPUT when a well-formed id names a node of another label than `expected`. */
export function expectKind(d: DecodedId, expected: NodeLabel, id: string, argument = 'id'): void {
  if (d.label === expected) return;
  throw new BadUserInputError(`Argument "${argument}": id ${id} is a ${d.label}, not a ${expected} (${d.label.toLowerCase()} ${d.graphId}).`, {
    argument,
    allowed: [expected],
  });
}
