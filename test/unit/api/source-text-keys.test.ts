/**
 * An article's text properties (SOURCE_TEXT_KEYS) are left out of node rows by name, in each query that
 * returns a node's properties. A key added to the list but not to a query, or a projection that leaves out
 * some of them, would put kilobytes back into answers that never show them; this catches it without a
 * database (test/integration/source-text.test.ts checks what the server actually reads).
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { QueryRegistry } from '../../../src/db/query-registry.js';
import { SOURCE_TEXT_FIELDS, SOURCE_TEXT_KEYS } from '../../../src/source/source.type.js';

const registry = QueryRegistry.load();
const api = registry.names().filter((n) => n.startsWith('api/'));
/** Every `x {.*, …}` projection of a query: what it leaves out, by name. */
const projections = (name: string) => [...registry.get(name).text.matchAll(/\w+ \{\.\*([^}]*)\}/g)].map((m) => m[1]!);
const leavesOutAll = (p: string) => SOURCE_TEXT_KEYS.every((k) => p.includes(`${k}: null`));

/** The queries that can return a source node's properties (read with the node loader or primed into it). */
const SOURCE_NODE_QUERIES = ['api/node/by-ids', 'api/edges/by-node', 'api/city/city-with-lists', 'api/designation/designations-of-city-page', 'api/province/provinces-with-cities', 'api/source/sources-page', 'api/source/facts', 'api/observation/by-subject', 'api/traversal/neighbourhood', 'api/traversal/paths', 'api/traversal/timeline'];

describe('SOURCE_TEXT_KEYS in the queries', () => {
  it.each(api)('%s: a projection that leaves out one text key leaves out all of them', (name) => {
    for (const p of projections(name)) {
      if (SOURCE_TEXT_KEYS.some((k) => p.includes(`${k}: null`))) expect(leavesOutAll(p), `${name}: {.*${p}}`).toBe(true);
    }
  });

  it.each(SOURCE_NODE_QUERIES)('%s leaves the texts out of the source nodes it returns', (name) => {
    expect(projections(name).some(leavesOutAll)).toBe(true);
  });

  it('the fields that show a text read only keys of the list, through a query that reads a key by name', () => {
    for (const f of SOURCE_TEXT_FIELDS) expect(SOURCE_TEXT_KEYS).toContain(f);
    expect(registry.get('api/source/texts').text).toContain('n[key.field] AS value');
  });
});
