/** Agencies: the full list, jurisdiction, and the agencies over a place. */
import type { Context } from '../context.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
import type { Entity } from '../graph/node.interfaces.js';
import { related } from '../graph/related.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import type { Agency } from './agency.type.js';

/** A row of cypher/api/agency/all.cypher. */
interface AgencyRow {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}

export async function allAgencies(ctx: Context): Promise<Agency[]> {
  const rows = await readRows<AgencyRow>(ctx.executor, 'api/agency/all', {}, { stats: ctx.stats });
  return rows.map((r) => materialize(nodeRow(r.id, r.labels, r.props)!) as Agency);
}

export function jurisdictionOf(ctx: Context, agency: Agency): Promise<Entity[]> {
  return related<Entity>(ctx, agency.graphId, 'JURISDICTION_OVER', 'OUT', ['Province', 'City']);
}

/** Agencies with jurisdiction over a province or city. */
export function agenciesOver(ctx: Context, place: Entity): Promise<Agency[]> {
  return related<Agency>(ctx, place.graphId, 'JURISDICTION_OVER', 'IN', ['Agency']);
}
