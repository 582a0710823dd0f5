/** Command-line option checks shared by the benchmarks: a bad value is a UserError naming the option. */
import { UserError } from '../../src/cli/run-cli.js';

/** An integer option in [min, max]; `_` and `,` separators are allowed (1_000_000, 1,000,000). */
export function parseIntOption(name: string, raw: string, min: number, max: number, usage: string): number {
  const text = raw.replace(/[_,]/g, '');
  const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(`${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}; got ${JSON.stringify(raw)}.`, usage);
  }
  return n;
}

/**
 * The floor server's port: FLOOR_PORT from the environment (a port in your range when several people
 * share the machine), else 0 (any free port). A bad value stops the run naming the variable.
 */
export function floorPort(env: NodeJS.ProcessEnv, usage: string): number {
  const raw = env.FLOOR_PORT?.trim();
  if (raw === undefined || raw === '') return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new UserError(`FLOOR_PORT must be a port number from 0 to 65535 (0: any free port); found ${JSON.stringify(env.FLOOR_PORT)}.`, usage);
  return Number(raw);
}
