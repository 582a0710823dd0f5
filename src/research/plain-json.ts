/**
 * Neo4j values ⇄ plain JSON, for the research door, the CLI and the exports. Out: integers become
 * numbers (strings beyond 2^53, so no digit is lost), temporal values ISO strings, nodes
 * `{elementId, labels, properties}`, relationships `{elementId, type, startElementId, endElementId,
 * properties}`, paths `{nodes, relationships}`. In: whole JSON numbers become Cypher INTEGERs.
 */
import neo4j, { isInt, isNode, isPath, isPathSegment, isPoint, isRelationship, type Integer } from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return intToPlain(value as Integer);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value as never)) {
    const n = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: n.elementId, labels: [...n.labels], properties: mapToPlain(n.properties) };
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { elementId: r.elementId, type: r.type, startElementId: r.startNodeElementId, endElementId: r.endNodeElementId, properties: mapToPlain(r.properties) };
  }
  if (isPath(value as never)) {
    const p = value as unknown as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return { nodes: [toPlain(p.start), ...p.segments.map((s) => toPlain(s.end))], relationships: p.segments.map((s) => toPlain(s.relationship)) };
  }
  if (isPathSegment(value as never)) {
    const s = value as unknown as { start: unknown; relationship: unknown; end: unknown };
    return { start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) };
  }
  if (isPoint(value as never)) {
    const p = value as unknown as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (isTemporal(value)) return String(value);
  if (value instanceof Int8Array || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return mapToPlain(value as Record<string, unknown>);
  return String(value);
}

function mapToPlain(map: Record<string, unknown>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(map)) out[k] = toPlain(v);
  return out;
}

function intToPlain(i: Integer): number | string {
  return i.inSafeRange() ? i.toNumber() : i.toString();
}

function isTemporal(v: unknown): boolean {
  const x = v as never;
  return neo4j.isDate(x) || neo4j.isDateTime(x) || neo4j.isLocalDateTime(x) || neo4j.isTime(x) || neo4j.isLocalTime(x) || neo4j.isDuration(x);
}

/**
 * JSON parameters → driver values: whole numbers become Cypher INTEGERs (the driver would send every
 * JS number as a FLOAT, which `LIMIT $n` and `n.year = $year` on lists refuse or miss).
 */
export function fromPlain(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(fromPlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromPlain(v);
    return out;
  }
  return value;
}
