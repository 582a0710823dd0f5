/**
 * The named queries the server needs at boot. Loading checks every one has its file under `cypher/`, so
 * a missing or unreadable file stops the boot instead of failing a request later.
 */
import { QueryRegistry } from './query-registry.js';

export const REQUIRED_QUERIES = [
  'system/components',
  'system/await-indexes',
  'system/prepare-for-replanning',
  'seed/merge-nodes',
  'seed/adopt-nodes',
  'seed/merge-rels',
  'seed/city-province-order',
  'seed/source-order',
  'seed/assessment-order',
  'seed/assessment-anchor-order',
  'seed/designation-order',
  'seed/source-key',
  'seed/prune-nodes',
  'seed/prune-rels',
  'seed/state-get',
  'seed/state-set',
  'seed/counts',
  'seed/checksum-nodes',
  'seed/checksum-rels',
  'seed/wipe',
  'api/node/by-ids',
  'api/edges/by-node',
  'api/province/provinces-page',
  'api/province/provinces-count',
  'api/city/cities-page',
  'api/city/cities-in-province-page',
  'api/city/cities-in-programme-page',
  'api/city/cities-count',
  'api/city/city-with-lists',
  'api/designation/designations-page',
  'api/designation/designations-of-city-page',
  'api/designation/designations-in-programme-page',
  'api/designation/designations-count',
  'api/assessment/assessments-page',
  'api/assessment/assessments-count',
  'api/observation/by-subject',
  'api/programme/all',
  'api/agency/all',
  'api/source/sources-page',
  'api/source/sources-count',
  'api/source/facts',
  'api/search/entities',
  'api/traversal/neighbourhood',
  'api/traversal/neighbourhood-nodes',
  'api/traversal/neighbourhood-truncated',
  'api/traversal/paths',
  'api/traversal/timeline',
  'api/aggregate/members-by-province',
  'api/aggregate/multi-programme-cities',
  'api/round/rounds',
  'api/round/members-page',
  'api/round/members-count',
] as const;

export function loadQueries(extra: readonly string[] = []): QueryRegistry {
  return QueryRegistry.load().requireAll([...REQUIRED_QUERIES, ...extra]);
}
