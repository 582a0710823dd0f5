/**
 * What the research door lets through. Two gates, both must pass before a query runs:
 *
 * 1. `checkQueryText`: the text, with string literals, comments and quoted names blanked out so they
 *    can neither hide nor fake a keyword: one statement; no EXPLAIN/PROFILE/CYPHER prefix; no
 *    `LOAD CSV`; no `... IN TRANSACTIONS` or other transaction commands; no `USE` (another database,
 *    such as `system`); no administration commands; no plugin namespaces (APOC, GDS...); no `reduce`
 *    whose step uses its accumulator twice (`s + s`: it doubles at each element, see `checkReduce`).
 * 2. `checkPlan`: Neo4j's own reading of the query (`EXPLAIN`, which plans and does not run): the
 *    query type must be read-only (`r`), no operator may write, load, administer or run in
 *    transactions of its own, and procedures are limited to a small allowlist.
 *
 * Pure: no database. See docs/research.md for why READ mode alone is not access control.
 */
import type { ResultSummary } from 'neo4j-driver';

export class RefusedQuery extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedQuery';
  }
}

/** Procedures the door may call: catalogue look-ups and the full-text index. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.schema.visualization',
];

/** Plan operators that change data or schema, load files, administer or run their own transactions. */
const REFUSED_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|Transaction|Administration|Show|Terminate|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Dealloca|Realloca|SystemProcedure|Lock)/u;

const ADMIN_START =
  /^\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP|DROP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b|^\s*CREATE\s+(OR\s+REPLACE\s+)?(COMPOSITE\s+)?(DATABASE|ALIAS|USER|ROLE|INDEX|CONSTRAINT|RANGE|TEXT|POINT|VECTOR|FULLTEXT|LOOKUP|BTREE)\b/iu;
const ADMIN_ANYWHERE =
  /(?<![\w$.`])(SHOW|TERMINATE)\s+(ALL\s+|CURRENT\s+|DEFAULT\s+|HOME\s+|POPULATED\s+|USER\s+|BUILT\s+IN\s+|PRIVILEGE\s+)?(USERS?|ROLES?|DATABASES?|PRIVILEGES|SERVERS?|ALIASES|TRANSACTIONS?|PROCEDURES|FUNCTIONS|SETTINGS|INDEXES|CONSTRAINTS|SUPPORTED)\b/iu;
const PLUGIN_NAMESPACE = /(?<![\w$.`])(apoc|gds|n10s|genai|semantics|algo)\s*\./iu;

/**
 * Refuses what the text alone shows is not a single read query. Returns the statement to plan and
 * run (a trailing `;` removed).
 */
export function checkQueryText(query: string): string {
  const code = blankLiterals(query);
  if (code.trim() === '') throw new RefusedQuery('The query is empty.');
  const trailing = /;\s*$/u.exec(code);
  const body = trailing ? code.slice(0, trailing.index) : code;
  if (body.includes(';')) throw new RefusedQuery('Send one statement at a time: the query holds several (separated by ";").');
  if (/^\s*(EXPLAIN|PROFILE|CYPHER)\b/iu.test(body)) throw new RefusedQuery('EXPLAIN, PROFILE and CYPHER options are not accepted: send the query itself (the door plans it first anyway).');
  if (/(?<![\w$.`])LOAD\s+CSV\b/iu.test(body)) throw new RefusedQuery('LOAD CSV is not allowed: the door reads the graph only, never files or URLs.');
  if (/(?<![\w$.`])TRANSACTIONS?\b/iu.test(body)) throw new RefusedQuery('CALL { … } IN TRANSACTIONS and transaction commands are not allowed: each door query runs in one read transaction.');
  if (/(?<![\w$.`])USE\s+[\w`]/iu.test(body)) throw new RefusedQuery('USE is not allowed: the door reads the configured database only.');
  if (ADMIN_START.test(body) || ADMIN_ANYWHERE.test(body)) throw new RefusedQuery('Administration and schema commands (SHOW, CREATE/DROP/ALTER DATABASE, USER, ROLE, INDEX…, GRANT, TERMINATE) are not allowed through the door.');
  if (PLUGIN_NAMESPACE.test(body)) throw new RefusedQuery('Plugin procedures and functions (apoc.*, gds.*…) are not allowed through the door.');
  checkReduce(query, body);
  return trailing ? query.slice(0, trailing.index) : query;
}

/**
 * Refuses a `reduce` whose step expression names its accumulator more than once (`s + s`, `s + [x IN
 * [s] | x]`): its value can double at each element, so thirty elements make a string or list of a
 * billion entries. Neo4j neither counts such values against `db.memory.transaction.max` (only operators
 * such as collect and sort are tracked) nor interrupts a running expression at its timeout or on
 * TERMINATE, so four such queries at once ran the database out of heap. Growth by a constant per element
 * (`s + x`) stays linear and is left to the timeout and the door's one-at-a-time slot.
 * `code` is `query` with literals blanked (same indices).
 */
function checkReduce(query: string, code: string): void {
  const start = /(?<![\w$.`])reduce\s*\(/giu;
  for (let m = start.exec(code); m; m = start.exec(code)) {
    const open = m.index + m[0].length;
    const close = matchingParen(code, open);
    const eq = code.indexOf('=', open);
    if (eq < 0 || eq > close) continue;
    const name = query.slice(open, eq).trim();
    let depth = 0;
    let bar = -1;
    for (let i = eq; i < close; i++) {
      const c = code[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (c === '|' && depth === 0) {
        bar = i;
        break;
      }
    }
    if (bar < 0 || name === '') continue;
    const quoted = name.startsWith('`');
    const bare = quoted ? name.slice(1, -1).replaceAll('``', '`') : name;
    // A backquoted name is blanked in `code`, so it is counted in the query's text of the step.
    const step = quoted ? query.slice(bar + 1, close) : code.slice(bar + 1, close);
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const uses = quoted ? step.split(`\`${bare.replaceAll('`', '``')}\``).length - 1 : (step.match(new RegExp(`(?<![\\w$.\`])${escaped}(?![\\w$\`])`, 'gu')) ?? []).length;
    if (uses > 1) {
      throw new RefusedQuery(
        `reduce(${bare} = …) uses its accumulator ${uses} times in its step, so its value can double at each element (a string or list of billions of entries), which Neo4j can neither cap nor interrupt. Use the accumulator once per step (e.g. ${bare} + x).`,
      );
    }
  }
}

/** The index of the `)` closing the parenthesis opened just before `from` (the text's end if none). */
function matchingParen(code: string, from: number): number {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i;
  }
  return code.length;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Refuses a plan (from `EXPLAIN`) that is not read-only or calls a procedure outside the allowlist. */
export function checkPlan(summary: ResultSummary): void {
  if (summary.queryType !== 'r') {
    const kind = { rw: 'reads and writes', w: 'writes', s: 'changes the schema' }[summary.queryType as 'rw' | 'w' | 's'] ?? `is of type ${String(summary.queryType)}`;
    throw new RefusedQuery(`The door runs read-only queries; Neo4j says this one ${kind}.`);
  }
  const plan = summary.plan;
  if (!plan) throw new RefusedQuery('Neo4j returned no plan for the query, so it cannot be checked.');
  const stack: PlanNode[] = [plan as unknown as PlanNode];
  while (stack.length) {
    const node = stack.pop()!;
    const [op = '', runtime = ''] = node.operatorType.split('@');
    if (runtime === 'system') throw new RefusedQuery(`The door does not run system commands (${op}).`);
    if (REFUSED_OPERATOR.test(op)) throw new RefusedQuery(`The door runs read-only queries; the plan has a ${op} operator.`);
    if (op === 'ProcedureCall' || op.endsWith('ProcedureCall')) {
      const details = String(node.arguments.Details ?? node.arguments.Signature ?? '');
      const name = /^\s*([\w.]+)\s*\(/u.exec(details)?.[1];
      if (!name || !ALLOWED_PROCEDURES.includes(name)) {
        throw new RefusedQuery(`Procedure ${name ?? details} is not allowed through the door; allowed: ${ALLOWED_PROCEDURES.join(', ')}.`);
      }
    }
    stack.push(...(node.children ?? []));
  }
}

/**
 * The query with the contents of string literals, comments and backquoted names replaced by spaces
 * (newlines kept), so keyword checks see only code. Blanked by code point, each into as many spaces as
 * it has UTF-16 units, so the result is exactly as long as the query and every index in it (where a
 * trailing `;` is cut, say) is the same index in the query, whatever astral characters (emoji,
 * CJK extension B), combining marks or escapes the literals hold.
 */
export function blankLiterals(query: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/gu, (ch) => ' '.repeat(ch.length));
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? query.length : end;
      out += blank(query.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += blank(query.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += c !== '`' && query[j] === '\\' ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c + blank(query.slice(i + 1, stop - 1)) + (j < query.length ? c : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
