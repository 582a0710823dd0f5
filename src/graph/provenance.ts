/**
 * Provenance for the API: a fact on a relationship carries `sourceIds` and `evidence` (aligned, one
 * entry per source); a fact node is reported by `(:Source)-[:REPORTS {evidence}]->(fact)`.
 */
import type { Context } from '../context.js';
import type { SourceRef } from './common.types.js';
import { materialize } from './materialize.js';
import type { Source } from './node.interfaces.js';
import { edgeKey } from './graph.loaders.js';
import { str, strList, type Plain } from './values.js';
import { extractionAt, extractionOfReport } from './extraction.type.js';

/**
 * Relationship properties that say who says so (`sourceKey` is the loader's indexed copy of sourceIds);
 * anything else on a relationship is the fact itself.
 */
export const PROVENANCE_KEYS: ReadonlySet<string> = new Set(['sourceIds', 'sourceKey', 'evidence', 'confidence', 'key', 'extractionMethods', 'extractionConfidence', 'extractionReviewed']);

/**
 * The loader's stored sort keys on relationships (docs/graph-model.md): bookkeeping for keyset pages, not
 * facts, so an edge's or a fact's `properties` leaves them out as it leaves out the provenance keys.
 */
export const STORED_SORT_KEYS: ReadonlySet<string> = new Set(['agencyOrder', 'programmeOrder', 'designationOrder', 'programmeDesignationOrder', 'programmeCityOrder', 'roundOrder']);

/** A relationship's own properties (the fact: year, batch, role, ...) as JSON text, or null when it has none. */
export function factProperties(rel: Record<string, Plain>): string | null {
  const visible = Object.fromEntries(Object.entries(rel).filter(([k]) => !PROVENANCE_KEYS.has(k) && !STORED_SORT_KEYS.has(k)));
  return Object.keys(visible).length ? JSON.stringify(visible) : null;
}

export async function sourcesOfRelationship(rel: Record<string, Plain>, ctx: Context): Promise<SourceRef[]> {
  const ids = strList(rel.sourceIds);
  const evidence = strList(rel.evidence);
  const rows = await ctx.loaders.node.loadMany(ids);
  const out: SourceRef[] = [];
  ids.forEach((id, i) => {
    const row = rows[i];
    if (!row || row instanceof Error) return;
    out.push({
      source: materialize(row) as Source,
      evidence: evidence[i] ?? evidence[0] ?? '',
      confidence: row.label === 'ReferenceList' ? str(rel.confidence) : null,
      extraction: extractionAt(rel, i),
    });
  });
  return out;
}

/**
 * The properties of a REPORTS relationship the API reads (`sourcesOfFactNode`: the sentence, a roster's
 * grade, how the fact was extracted): a query that returns these alone (cypher/api/city/city-with-lists.cypher,
 * `$args.props.reports`) returns their values in this order. test/unit/api/projection.test.ts checks that
 * `sourcesOfFactNode` reads no other.
 */
export const REPORTS_PROPERTIES: readonly string[] = ['evidence', 'confidence', 'extractionMethod', 'extractionConfidence', 'extractionReviewed'];

export async function sourcesOfFactNode(graphId: string, ctx: Context): Promise<SourceRef[]> {
  const edges = await ctx.loaders.edges.load(edgeKey(graphId, 'REPORTS', 'IN'));
  return edges.map((e) => {
    const ev = e.rel.evidence;
    return {
      source: materialize(e.other) as Source,
      evidence: Array.isArray(ev) ? ev.map(String).join(' … ') : (str(ev) ?? ''),
      confidence: e.other.label === 'ReferenceList' ? str(e.rel.confidence) : null,
      extraction: extractionOfReport(e.rel),
    };
  });
}
