/** Assessment pages: City/Agency/Programme.assessments and Query.assessments share one batched query. */
import { loadNodePage } from '../graph/node-page.js';
import type { Context } from '../context.js';
import { Connection, type Page, type PageRequest } from '../graph/pagination.js';
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

const QUERIES = { page: 'api/assessment/assessments-page', count: 'api/assessment/assessments-count' };

export function assessmentPage(filter: AssessmentFilter, page: PageRequest, ctx: Context): Promise<Page<AssessmentEvent>> {
  return loadNodePage<AssessmentEvent>(ctx, QUERIES, { city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null, ...filter }, page);
}
