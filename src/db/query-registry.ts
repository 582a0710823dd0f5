/**
 * Named Cypher queries, loaded once at start from `cypher/**.cypher`. A query's name is its path under
 * `cypher/` without the extension (`city/by-ids`). Code asks for queries by name only; asking for a name
 * with no file is a boot-time error, never a request-time one (see `requireAll`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export class QueryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryFileError';
  }
  get userMessage(): string {
    return this.message;
  }
}

export interface NamedQuery {
  name: string;
  file: string;
  /** The file as written (shown by the research library, filled in by the seed loader's templates). */
  text: string;
  /** What the executor sends to Neo4j: `text` without its comment lines and indentation (`compactCypher`). */
  wire: string;
}

export class QueryRegistry {
  private constructor(private readonly queries: ReadonlyMap<string, NamedQuery>) {}

  /** Reads every `.cypher` file under `dir` (default `cypher/`). An unreadable file stops the load. */
  static load(dir = CYPHER_DIR): QueryRegistry {
    if (!fs.existsSync(dir)) throw new QueryFileError(`The Cypher folder ${dir} is missing.`);
    const map = new Map<string, NamedQuery>();
    for (const file of walk(dir)) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new QueryFileError(`Cannot read Cypher file ${path.relative(PROJECT_ROOT, file)}: ${(err as Error).message}`);
      }
      const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      if (stripComments(text).trim() === '') throw new QueryFileError(`Cypher file ${path.relative(PROJECT_ROOT, file)} holds no query.`);
      map.set(name, { name, file, text, wire: compactCypher(text) });
    }
    return new QueryRegistry(map);
  }

  /** Throws, naming every missing file, unless all `names` are present. Called at boot. */
  requireAll(names: readonly string[]): this {
    const missing = names.filter((n) => !this.queries.has(n));
    if (missing.length) {
      throw new QueryFileError(`Missing Cypher ${missing.length === 1 ? 'file' : 'files'}: ${missing.map((n) => `cypher/${n}.cypher`).join(', ')}.`);
    }
    return this;
  }

  get(name: string): NamedQuery {
    const q = this.queries.get(name);
    if (!q) throw new QueryFileError(`No Cypher query named ${JSON.stringify(name)} (expected cypher/${name}.cypher).`);
    return q;
  }

  has(name: string): boolean {
    return this.queries.has(name);
  }

  names(prefix = ''): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(prefix)).sort();
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.cypher')) yield full;
  }
}

/** Removes `//` line comments (outside strings is good enough for our own files). */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');
}

/**
 * The query without its whole-line `//` comments, indentation, trailing spaces and blank lines: the
 * same statement in fewer bytes. Every request sends its queries' text to Neo4j, and the driver writes
 * it in 1,400-byte chunks, one socket write each: a 2–4 kB file with its header comment cost two to
 * four writes per round trip, most of them comments (profiled, docs/performance.md). A line with an
 * odd number of quotes may continue a string literal onto the next line, whose spaces would then
 * matter: such a text is sent as written.
 */
export function compactCypher(text: string): string {
  const lines = text.split('\n');
  const code = lines.filter((l) => !l.trim().startsWith('//'));
  const unbalanced = code.some((l) => {
    const quotes = l.replace(/\\./g, '').match(/['"`]/g);
    return quotes !== null && (quotes.filter((q) => q === "'").length % 2 === 1 || quotes.filter((q) => q === '"').length % 2 === 1 || quotes.filter((q) => q === '`').length % 2 === 1);
  });
  if (unbalanced) return text;
  return code
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Splits a file of several statements (schema files) on `;` at line ends. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
