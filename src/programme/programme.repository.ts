/** Programmes: the full list, who runs them, and what an agency runs. */
import type { Context } from '../context.js';
import type { Agency } from '../agency/agency.type.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
import { related } from '../graph/related.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import type { Programme } from './programme.type.js';

/** A row of cypher/api/programme/all.cypher. */
interface ProgrammeRow {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}

export async function allProgrammes(ctx: Context): Promise<Programme[]> {
  const rows = await readRows<ProgrammeRow>(ctx.executor, 'api/programme/all', {}, { stats: ctx.stats });
  return rows.map((r) => materialize(nodeRow(r.id, r.labels, r.props)!) as Programme);
}

export function administratorsOf(ctx: Context, programme: Programme): Promise<Agency[]> {
  return related<Agency>(ctx, programme.graphId, 'ADMINISTERED_BY', 'OUT', ['Agency']);
}

export function programmesRunBy(ctx: Context, agency: Agency): Promise<Programme[]> {
  return related<Programme>(ctx, agency.graphId, 'ADMINISTERED_BY', 'IN', ['Programme']);
}
