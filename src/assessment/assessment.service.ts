/** Assessment pages: City/Agency/Programme.assessments and Query.assessments share one batched query. */
import type { Context } from '../context.js';
import { Connection, pageParams, toPage, type Page, type PageRequest } from '../graph/pagination.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { materialize } from '../graph/materialize.js';
import { AssessmentEvent } from './assessment.type.js';

export const AssessmentEventConnection = Connection('AssessmentEvent', () => AssessmentEvent);

export interface AssessmentFilter {
  city?: string | null;
  agency?: string | null;
  role?: string | null;
  programme?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function assessmentPage(filter: AssessmentFilter, page: PageRequest, ctx: Context): Promise<Page<AssessmentEvent>> {
  const key = { city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null, ...filter, ...pageParams(page) };
  const w = await ctx.loaders.assessmentsPage.load(key);
  return toPage(page, w.total, w.page, (x) => ({ s: x.s ?? null, id: String(x.id) }), (x) => {
    const row = nodeRow(x.id, x.labels, x.props)!;
    ctx.loaders.node.prime(row.graphId, row);
    return materialize(row) as AssessmentEvent;
  });
}
