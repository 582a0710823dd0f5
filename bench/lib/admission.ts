/**
 * `npm run bench` measures the data path, not admission control: every bench client comes from one
 * address, so the server's per-client share (HTTP_MAX_IN_FLIGHT_PER_CLIENT, default 8) would refuse most
 * of 16 clients and the figures would be of refusals. The server the bench starts gets the limits below
 * (the production defaults stay as they are); a server given with --url that still sheds bench requests
 * stops the run with what to change, instead of printing latencies of the answered few.
 */
import { UserError } from '../../src/cli/run-cli.js';

/** Admission limits of the server the bench starts: far above any --clients (at most 256). */
export const BENCH_SERVER_ADMISSION = { HTTP_MAX_IN_FLIGHT: '1000', HTTP_MAX_IN_FLIGHT_PER_CLIENT: '1000' } as const;

interface GqlBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** A bench request the server shed by admission (HTTP 429, or 503 at HTTP_MAX_IN_FLIGHT): what to do about it. */
export function admissionRefusal(status: number, body: GqlBody, base: string): UserError | null {
  const e = body.errors?.[0];
  if (e?.extensions?.code !== 'SERVICE_UNAVAILABLE' || (status !== 429 && status !== 503)) return null;
  const limit = status === 429 ? 'HTTP_MAX_IN_FLIGHT_PER_CLIENT' : 'HTTP_MAX_IN_FLIGHT';
  if (!e.message?.includes(limit)) return null;
  return new UserError(
    `The server at ${base} refused a bench request by admission control (HTTP ${status}, ${limit}): all bench clients come from one address, so the figures would be of refusals, not of the data path.`,
    `Start that server with ${Object.entries(BENCH_SERVER_ADMISSION).map(([k, v]) => `${k}=${v}`).join(' ')}, or leave out --url and let the bench start its own (it does so).`,
  );
}
