/**
 * Cypher literals as written after `:param name =>` in a library file's header, or after `=` in the
 * CLI's `--param key=value`: strings ('…' or "…"), numbers, true/false/null, lists and maps of them.
 * Pure; no database.
 */

export class CypherLiteralError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherLiteralError';
  }
}

export type Literal = null | boolean | number | string | Literal[] | { [key: string]: Literal };

/** Parses one literal; throws CypherLiteralError saying where it stopped making sense. */
export function parseCypherLiteral(text: string): Literal {
  const p = new Parser(text);
  const value = p.value();
  p.skipSpace();
  if (!p.done()) throw p.error('unexpected text after the value');
  return value;
}

/** `--param` values: a literal when the text is one, otherwise the text itself as a string. */
export function parseParamValue(text: string): Literal {
  try {
    return parseCypherLiteral(text);
  } catch {
    return text;
  }
}

/** The `:param name => value` lines of a file's header comments, in order. */
export function headerParams(fileText: string): Array<{ name: string; value: Literal; source: string }> {
  const out: Array<{ name: string; value: Literal; source: string }> = [];
  for (const line of fileText.split('\n')) {
    const m = /^\s*\/\/\s*(:param\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*=>\s*(.+?))\s*$/u.exec(line);
    if (m) out.push({ name: m[2]!, value: parseCypherLiteral(m[3]!), source: m[1]! });
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  error(what: string): CypherLiteralError {
    return new CypherLiteralError(`${what} at character ${this.i + 1} of ${JSON.stringify(this.s)}`);
  }

  skipSpace(): void {
    while (!this.done() && /\s/u.test(this.s[this.i]!)) this.i++;
  }

  value(): Literal {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === undefined) throw this.error('a value is missing');
    if (c === "'" || c === '"') return this.string(c);
    if (c === '[') return this.list();
    if (c === '{') return this.map();
    const m = /^(?:-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?|true|false|null)/iu.exec(this.s.slice(this.i));
    if (!m) throw this.error('expected a string, number, boolean, null, list or map');
    this.i += m[0].length;
    const word = m[0].toLowerCase();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return Number(m[0]);
  }

  private string(quote: string): string {
    let out = '';
    this.i++;
    while (!this.done()) {
      const c = this.s[this.i++]!;
      if (c === quote) return out;
      if (c === '\\') {
        const e = this.s[this.i++];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"' };
        if (e === 'u' && /^[0-9a-fA-F]{4}/u.test(this.s.slice(this.i))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
          this.i += 4;
        } else if (e !== undefined && e in map) out += map[e];
        else throw this.error('unknown escape');
      } else out += c;
    }
    throw this.error('unterminated string');
  }

  private list(): Literal[] {
    const out: Literal[] = [];
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipSpace();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') throw this.error("expected ',' or ']'");
    }
  }

  private map(): { [key: string]: Literal } {
    const out: { [key: string]: Literal } = {};
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const m = /^(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*)|'([^']*)'|"([^"]*)")/u.exec(this.s.slice(this.i));
      if (!m) throw this.error('expected a map key');
      this.i += m[0].length;
      this.skipSpace();
      if (this.s[this.i++] !== ':') throw this.error("expected ':' after a map key");
      out[m[1] ?? m[2] ?? m[3] ?? m[4]!] = this.value();
      this.skipSpace();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') throw this.error("expected ',' or '}'");
    }
  }
}
