/**
 * The part of a Cypher call that decides which cached plan Neo4j uses: the query text and, for each
 * top-level parameter, its type — and for a list or a string, its size class. Measured on Neo4j 5.26
 * (docs/performance.md, "The first requests after a start"): the same text sent with a top-level list
 * of 0, 1, 2–10, 11–100, 101–1,000, ... items (or a string of that many characters) is planned once per
 * class, while a list or string *inside* a map parameter never enters the key. Two calls with the same
 * key share a plan; a call whose key the warm-up never sent is planned when a client first sends it.
 *
 * So the API's queries (cypher/api) take every list, string and nullable value inside a map parameter:
 * `$batch` for a loader's key lists (src/graph/rows.ts `batch`), `$args` for one call's arguments; only
 * integers and booleans that are never null stay top-level (`$limit`, `$depth`). Their plans then depend
 * on the query alone, and the warm-up's are the ones every request uses.
 */

/** `name(param:type, ...)`, parameters in name order; what a plan-cache entry is keyed on, short of the text. */
export function planKey(name: string, params: Record<string, unknown>): string {
  return `${name}(${Object.keys(params)
    .sort()
    .map((k) => `${k}:${typeOf(params[k])}`)
    .join(',')})`;
}

/** The size class Neo4j keys a top-level list or string on: 0, 1, then the next power of ten. */
export function sizeClass(n: number): number {
  if (n <= 1) return n;
  return 10 ** Math.ceil(Math.log10(n));
}

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return `string<=${sizeClass([...v].length)}`;
  if (Array.isArray(v)) return `list<=${sizeClass(v.length)}`;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'integer' : 'float';
  if (typeof v === 'object') {
    const ctor = (v as object).constructor?.name;
    // The driver's Integer (what toCypherParams makes of whole numbers) and its temporal types.
    if (ctor === 'Integer') return 'integer';
    return ctor && ctor !== 'Object' ? ctor : 'map';
  }
  return typeof v;
}
