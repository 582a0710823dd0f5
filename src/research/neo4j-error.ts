/**
 * Neo4j's errors for people: the message's first line, and for errors that carry a position
 * (syntax and semantic errors: "… (line 3, column 10 (offset: 33))") the offending line with a caret.
 */
import { Neo4jError } from 'neo4j-driver';

export interface CypherPosition {
  line: number;
  column: number;
  offset: number;
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/u;

export function cypherErrorPosition(err: unknown): CypherPosition | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const m = POSITION.exec(err.message);
  if (!m) return undefined;
  const pos = { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) };
  return pos.line >= 1 && pos.column >= 1 ? pos : undefined;
}

/** The message without Neo4j's own excerpt (it quotes only the line, not the file's line number). */
export function cypherErrorMessage(err: Neo4jError): string {
  const first = err.message.split('\n')[0] ?? err.message;
  return first.replace(POSITION, '').trim();
}

/**
 * A multi-line description: code, message, and where (`file:line:column` plus the line and a caret).
 * `text` is the Cypher that was sent, so line numbers match the file when it was sent as it is.
 */
export function describeCypherError(err: Neo4jError, text: string, where = 'query'): string {
  const out = [`${err.code}: ${cypherErrorMessage(err)}`];
  const pos = cypherErrorPosition(err);
  if (pos) {
    const line = text.split('\n')[pos.line - 1];
    out.push(`  at ${where}:${pos.line}:${pos.column}`);
    if (line !== undefined) {
      const n = String(pos.line);
      out.push(`  ${n} | ${line}`, `  ${' '.repeat(n.length)} | ${' '.repeat(Math.max(0, pos.column - 1))}^`);
    }
  }
  return out.join('\n');
}
