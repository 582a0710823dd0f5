/** A MENTIONS edge's provenance: the mentioning source itself, with the sentences that name the entity. */
import type { Context } from '../context.js';
import { SourceRef } from '../graph/common.types.js';
import { fromGlobalId } from '../graph/global-id.js';
import type { Source } from '../graph/node.interfaces.js';
import { nodeByGraphId } from '../graph/related.js';

export async function mentionSources(sourceGlobalId: string, evidence: string[], ctx: Context): Promise<SourceRef[]> {
  const source = await nodeByGraphId<Source>(ctx, fromGlobalId(sourceGlobalId).graphId);
  return source ? [Object.assign(new SourceRef(), { source, evidence: evidence.join(' … '), confidence: null })] : [];
}
