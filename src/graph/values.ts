/** Converts what the driver returns (Dates, Integers, nodes) into plain JSON-friendly values. */
import neo4j from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

// Every row of every API query passes through here, so it avoids allocating more than the result
// (no Object.entries / fromEntries, primitives returned first).
export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'bigint':
      return Number(v);
    case 'object':
      break;
    default:
      return String(v);
  }
  if (Array.isArray(v)) {
    const out: Plain[] = new Array<Plain>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = toPlain(v[i]);
    return out;
  }
  if (neo4j.isInt(v as never)) return (v as { toNumber(): number }).toNumber();
  if (neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) || neo4j.isTime(v as never) || neo4j.isDuration(v as never)) {
    return String(v);
  }
  const o = v as Record<string, unknown>;
  if ('labels' in o && 'properties' in o && 'elementId' in o) {
    return { labels: toPlain(o.labels), ...(toPlain(o.properties) as Record<string, Plain>) };
  }
  if ('type' in o && 'properties' in o && 'startNodeElementId' in o) {
    return { type: String(o.type), ...(toPlain(o.properties) as Record<string, Plain>) };
  }
  const out: Record<string, Plain> = {};
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out[k] = toPlain(o[k]);
  return out;
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
