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
