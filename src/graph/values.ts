/** Converts what the driver returns (Dates, Integers, nodes) into plain JSON-friendly values. */
import neo4j from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (neo4j.isInt(v as never)) return (v as { toNumber(): number }).toNumber();
  if (neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) || neo4j.isTime(v as never) || neo4j.isDuration(v as never)) {
    return String(v);
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('labels' in o && 'properties' in o && 'elementId' in o) {
      return { labels: toPlain(o.labels), ...(toPlain(o.properties) as Record<string, Plain>) };
    }
    if ('type' in o && 'properties' in o && 'startNodeElementId' in o) {
      return { type: String(o.type), ...(toPlain(o.properties) as Record<string, Plain>) };
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
  }
  return String(v);
}

export function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function num(v: unknown): number | null {
  const p = toPlain(v);
  return typeof p === 'number' ? p : p === null ? null : Number(p);
}

export function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
