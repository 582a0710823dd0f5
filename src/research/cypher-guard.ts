/**
 * What the research door lets through. Two gates, both must pass before a query runs:
 *
 * 1. `checkQueryText`: the text, with string literals, comments and quoted names blanked out so they
 *    can neither hide nor fake a keyword: one statement; no EXPLAIN/PROFILE/CYPHER prefix; no
 *    `LOAD CSV`; no `... IN TRANSACTIONS` or other transaction commands; no `USE` (another database,
 *    such as `system`); no administration commands; no plugin namespaces (APOC, GDS...).
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
  return trailing ? query.slice(0, trailing.index) : query;
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
