/** Assessment events: pages (City/Agency/Programme.assessments and Query.assessments share one batched query) and what an assessment links. */
import type { Agency } from '../agency/agency.type.js';
import type { City } from '../city/city.type.js';
import type { Context } from '../context.js';
import { materialize } from '../graph/materialize.js';
import { loadNodePage } from '../graph/node-page.js';
import type { Entity } from '../graph/node.interfaces.js';
import type { Page, PageRequest } from '../graph/pagination.js';
import { edgesOf, related } from '../graph/related.js';
import { str } from '../graph/values.js';
import type { Programme } from '../programme/programme.type.js';
import { AgencyRole, type AssessmentEvent } from './assessment.type.js';

export interface AssessmentFilter {
  city?: string | null;
  agency?: string | null;
  role?: string | null;
  programme?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

const QUERIES = { page: 'api/assessment/assessments-page', count: 'api/assessment/assessments-count', countAll: 'api/assessment/assessments-count-all' };

export function assessmentPage(ctx: Context, filter: AssessmentFilter, page: PageRequest): Promise<Page<AssessmentEvent>> {
  return loadNodePage<AssessmentEvent>(ctx, QUERIES, { city: null, agency: null, role: null, programme: null, kind: null, from: null, to: null, ...filter }, page);
}

export function citiesAssessed(ctx: Context, a: AssessmentEvent): Promise<City[]> {
  return related<City>(ctx, a.graphId, 'ASSESSES', 'OUT', ['City']);
}

export function subjectsAssessed(ctx: Context, a: AssessmentEvent): Promise<Entity[]> {
  return related<Entity>(ctx, a.graphId, 'ASSESSES', 'OUT', ['City', 'Province']);
}

export async function assessors(ctx: Context, a: AssessmentEvent): Promise<AgencyRole[]> {
  const edges = await edgesOf(ctx, a.graphId, 'ASSESSED_BY', 'OUT');
  return edges.map((e) => Object.assign(new AgencyRole(), { agency: materialize(e.other) as Agency, role: str(e.rel.role), rel: e.rel }));
}

export async function programmeOf(ctx: Context, a: AssessmentEvent): Promise<Programme | null> {
  return (await related<Programme>(ctx, a.graphId, 'FOR_PROGRAMME', 'OUT', ['Programme']))[0] ?? null;
}
