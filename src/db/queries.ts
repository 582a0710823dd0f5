/**
 * The named queries the server needs at boot. Loading checks every one has its file under `cypher/`, so
 * a missing or unreadable file stops the boot instead of failing a request later.
 */
import { QueryRegistry } from './query-registry.js';

export const REQUIRED_QUERIES = [
  'system/components',
  'seed/merge-nodes',
  'seed/add-source-label',
  'seed/merge-rels',
  'seed/prune-nodes',
  'seed/prune-rels',
  'seed/state-get',
  'seed/state-set',
  'seed/counts',
  'seed/checksum-nodes',
  'seed/checksum-rels',
  'seed/wipe',
] as const;

export function loadQueries(extra: readonly string[] = []): QueryRegistry {
  return QueryRegistry.load().requireAll([...REQUIRED_QUERIES, ...extra]);
}
