/**
 * Turns a node row from Neo4j into the GraphQL object of its label. The one place that knows which
 * class stands for which label (so interfaces resolve their concrete type by instanceof).
 */
import { Agency } from '../agency/agency.type.js';
import { AssessmentEvent } from '../assessment/assessment.type.js';
import { City } from '../city/city.type.js';
import { Event, Organisation, Person } from '../actor/actor.type.js';
import { Observation } from '../observation/observation.type.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';
import { Article, ReferenceList } from '../source/source.type.js';
import { roundFrom } from '../round/round.materialize.js';
import type { NodeRow } from './graph.loaders.js';
import { toGlobalId } from './global-id.js';
import type { Node } from './node.interfaces.js';
import { num, str, strList } from './values.js';

export function materialize(row: NodeRow): Node {
  const p = row.props;
  const base = { id: toGlobalId(row.label, row.graphId), graphId: row.graphId, label: row.label };
  const named = { ...base, name: str(p.name) ?? str(p.nameEn) ?? row.graphId, nameEn: str(p.nameEn), aliases: strList(p.aliases) };
  switch (row.label) {
    case 'Province':
      return Object.assign(new Province(), named, { adcode: str(p.adcode) ?? '' });
    case 'City':
      return Object.assign(new City(), named, { adcode: str(p.adcode), level: str(p.level) ?? 'prefecture' });
    case 'Agency':
      return Object.assign(new Agency(), named, { level: str(p.level), formerNames: strList(p.formerNames) });
    case 'Programme':
      return Object.assign(new Programme(), named, { level: str(p.level), kind: str(p.kind) });
    case 'Organisation':
      return Object.assign(new Organisation(), named, { kind: str(p.kind) });
    case 'Person':
      return Object.assign(new Person(), named);
    case 'Event':
      return Object.assign(new Event(), named, { date: str(p.date), kind: str(p.kind) });
    case 'AssessmentEvent':
      return Object.assign(new AssessmentEvent(), base, {
        name: str(p.name) ?? str(p.nameEn),
        date: str(p.date),
        year: num(p.year),
        kind: str(p.kind),
        outcome: str(p.outcome),
        rank: num(p.rank),
        outOf: num(p.outOf),
      });
    case 'Observation':
      return Object.assign(new Observation(), base, {
        metric: str(p.metric) ?? '',
        name: str(p.name) ?? str(p.label),
        value: num(p.value),
        unit: str(p.unit),
        period: str(p.period),
        periodStart: str(p.periodStart),
        periodEnd: str(p.periodEnd),
      });
    case 'Article':
      return Object.assign(new Article(), base, {
        title: str(p.title) ?? row.graphId,
        url: str(p.url),
        publisher: str(p.publisher),
        publishedAt: str(p.publishedAt),
        language: str(p.language) ?? 'und',
        text: str(p.text) ?? '',
        rawText: str(p.rawText) ?? '',
      });
    case 'ReferenceList':
      return Object.assign(new ReferenceList(), base, { title: str(p.title) ?? row.graphId, url: str(p.url) });
    case 'Round':
      return roundFrom(base, p);
  }
}

/** Display name of any node, for graph views. */
export function displayName(row: NodeRow): string {
  const p = row.props;
  return str(p.name) ?? str(p.title) ?? str(p.nameEn) ?? str(p.label) ?? (p.metric ? `${str(p.metric)} ${str(p.value) ?? ''}`.trim() : row.graphId);
}
