/** Converts what the driver returns (Dates, Integers, nodes) into plain JSON-friendly values. */
import neo4j from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

// Every row of every API query passes through here, so it allocates nothing it does not have to: lists
// and maps are converted where they are, not copied (what the driver hands over belongs to the caller and
// is read once; a copy of every row's maps was most of the garbage a large answer made), and primitives
// are returned first. Only a Neo4j node or relationship, or a temporal value, becomes a new value.
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
    for (let i = 0; i < v.length; i++) if (!isPlainScalar(v[i])) v[i] = toPlain(v[i]);
    return v as Plain[];
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
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && !isPlainScalar(o[k])) o[k] = toPlain(o[k]);
  return o as Record<string, Plain>;
}

/** A value toPlain would return as it is (so a list or map holding it needs no write). */
function isPlainScalar(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || v === null;
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
