/**
 * The research query library: the `.cypher` files under `cypher/research/`, each headed by comments
 * whose first line says what it answers and whose `// :param name => value` lines are the defaults
 * (paste them into Neo4j Browser or cypher-shell; the CLI and the tests apply them when a parameter
 * is not given).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { QueryRegistry } from '../db/query-registry.js';
import { fromPlain } from './plain-json.js';
import { headerParams, type Literal } from './cypher-literal.js';

export const LIBRARY_PREFIX = 'research/';
/** The exports' own queries live beside the library but are not research questions. */
const EXPORT_PREFIX = 'research/export/';

export interface LibraryQuery {
  /** Name without the `research/` prefix, e.g. `multi-programme-cities`. */
  name: string;
  /** The registry name, e.g. `research/multi-programme-cities`, or the file path for an ad-hoc file. */
  label: string;
  file: string;
  text: string;
  /** The first comment line. */
  title: string;
  defaults: Record<string, Literal>;
}

export class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
  get userMessage(): string {
    return this.message;
  }
}

/** Every query in the library, by name. */
export function listLibrary(registry: QueryRegistry): LibraryQuery[] {
  return registry
    .names(LIBRARY_PREFIX)
    .filter((label) => !label.startsWith(EXPORT_PREFIX))
    .map((label) => {
    const q = registry.get(label);
    return describe(label.slice(LIBRARY_PREFIX.length), label, q.file, q.text);
  });
}

/**
 * A library name (`multi-programme-cities`, `research/multi-programme-cities`), any registry name, or
 * a path to a `.cypher` file.
 */
export function resolveQuery(registry: QueryRegistry, nameOrFile: string): LibraryQuery {
  for (const label of [LIBRARY_PREFIX + nameOrFile, nameOrFile]) {
    if (registry.has(label)) {
      const q = registry.get(label);
      return describe(label.startsWith(LIBRARY_PREFIX) ? label.slice(LIBRARY_PREFIX.length) : label, label, q.file, q.text);
    }
  }
  if (fs.existsSync(nameOrFile) && fs.statSync(nameOrFile).isFile()) {
    const file = path.resolve(nameOrFile);
    return describe(path.basename(file).replace(/\.cypher$/u, ''), nameOrFile, file, fs.readFileSync(file, 'utf8'));
  }
  const names = registry.names(LIBRARY_PREFIX).map((n) => n.slice(LIBRARY_PREFIX.length));
  throw new LibraryError(`No library query or file named ${JSON.stringify(nameOrFile)}. The library has: ${names.join(', ') || '(nothing)'}.`);
}

/** Header defaults overlaid with the given parameters, ready for the driver. */
export function effectiveParams(q: LibraryQuery, given: Record<string, unknown>): Record<string, unknown> {
  return fromPlain({ ...q.defaults, ...given }) as Record<string, unknown>;
}

function describe(name: string, label: string, file: string, text: string): LibraryQuery {
  const first = text.split('\n').find((l) => l.trim().startsWith('//'));
  const defaults: Record<string, Literal> = {};
  try {
    for (const p of headerParams(text)) defaults[p.name] = p.value;
  } catch (err) {
    throw new LibraryError(`${file}: a :param line is not a Cypher literal: ${(err as Error).message}`);
  }
  return { name, label, file, text, title: first ? first.replace(/^\s*\/\/\s?/u, '').trim() : '', defaults };
}
