/** Sources: pages, what a source mentions and states, and the sources that mention an entity. */
import { factProperties } from '../graph/provenance.js';
import type { Context } from '../context.js';
import { designationFrom } from '../designation/designation.repository.js';
import { AssessmentEvent } from '../assessment/assessment.type.js';
import { Event } from '../actor/actor.type.js';
import { nodeRow } from '../graph/graph.loaders.js';
import type { RelType } from '../graph/labels.js';
import { materialize } from '../graph/materialize.js';
import { loadNodePage } from '../graph/node-page.js';
import type { Entity, Source } from '../graph/node.interfaces.js';
import type { Page, PageRequest } from '../graph/pagination.js';
import { related } from '../graph/related.js';
import { str, type Plain } from '../graph/values.js';
import { Observation } from '../observation/observation.type.js';
import { Relationship, type Fact } from './fact.type.js';
import type { SourceTextField } from './source.type.js';

export function sourcePage(ctx: Context, kind: string | null, page: PageRequest): Promise<Page<Source>> {
  return loadNodePage<Source>(ctx, { page: 'api/source/sources-page', count: 'api/source/sources-count', countAll: 'api/source/sources-count-all' }, { kind }, page);
}

export function mentionsOf(ctx: Context, source: Source): Promise<Entity[]> {
  return related<Entity>(ctx, source.graphId, 'MENTIONS', 'OUT');
}

/**
 * One of a source's text properties (SOURCE_TEXT_FIELDS), which no node row carries: all that one level of
 * a request asks for come in one round trip. '' when the source has none (a reference list, a node gone).
 */
export async function sourceText(ctx: Context, source: Source, field: SourceTextField): Promise<string> {
  const [row] = await ctx.loaders.sourceTexts.load({ id: source.graphId, field });
  return str(row?.value) ?? '';
}

/** Sources whose body names the entity. */
export function sourcesMentioning(ctx: Context, entity: Entity): Promise<Source[]> {
  return related<Source>(ctx, entity.graphId, 'MENTIONS', 'IN', ['Article', 'ReferenceList']);
}

/** A row of cypher/api/source/facts.cypher. */
interface FactRow {
  k: number;
  kind: 'rel' | 'node';
  type: RelType;
  rel: Record<string, Plain>;
  from: { id: string; labels: string[]; props: Record<string, Plain> };
  to: { id: string; labels: string[]; props: Record<string, Plain> };
}

function factFromRow(x: FactRow, ctx: Context): typeof Fact | null {
  const fromRow = nodeRow(x.from.id, x.from.labels, x.from.props);
  const toRow = nodeRow(x.to.id, x.to.labels, x.to.props);
  if (!fromRow || !toRow) return null;
  for (const r of [fromRow, toRow]) ctx.loaders.node.prime(r.graphId, r);
  if (x.kind === 'node') {
    const node = materialize(toRow);
    return node instanceof AssessmentEvent || node instanceof Observation || node instanceof Event ? node : null;
  }
  if (x.type === 'DESIGNATED_IN') return designationFrom(x.rel, fromRow, toRow);
  return Object.assign(new Relationship(), { type: x.type, from: materialize(fromRow), to: materialize(toRow), properties: factProperties(x.rel), rel: x.rel });
}

/** Every fact the source states: relationships that cite it and fact nodes it reports. */
export async function factsOf(ctx: Context, source: Source): Promise<(typeof Fact)[]> {
  const rows = (await ctx.loaders.sourceFacts.load({ id: source.graphId })) as unknown as FactRow[];
  return rows.map((x) => factFromRow(x, ctx)).filter((f): f is typeof Fact => f !== null);
}
