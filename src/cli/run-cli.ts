/**
 * Shared shell for the command-line entry points: turns the errors a user can act on into a short
 * message and a non-zero exit, never a stack dump. Unexpected errors still show their stack, since
 * those are bugs to report.
 */
import dotenv from 'dotenv';
import { ConfigError } from '../config/config.js';
import { LocalNeo4jError } from '../db/local/local-neo4j.js';

// .env is optional; values already in the environment win over it.
dotenv.config({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? '.env' });

export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Prints a user-facing failure and returns the exit code to use. */
export function reportFailure(err: unknown): number {
  if (err instanceof ConfigError) {
    process.stderr.write(`\n✖ ${err.message}\n  Fix it in the environment or .env (see .env.example).\n`);
    return 2;
  }
  if (err instanceof LocalNeo4jError || err instanceof UserError) {
    process.stderr.write(`\n✖ ${err.message}\n${err.hint ? `  ${err.hint}\n` : ''}`);
    return 1;
  }
  if (err && typeof err === 'object' && 'userMessage' in err && typeof (err as { userMessage: unknown }).userMessage === 'string') {
    process.stderr.write(`\n✖ ${(err as { userMessage: string }).userMessage}\n`);
    return 1;
  }
  process.stderr.write(`\n✖ Unexpected error (a bug; please report it):\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 70;
}

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (err: unknown) => {
      process.exitCode = reportFailure(err);
    },
  );
}
