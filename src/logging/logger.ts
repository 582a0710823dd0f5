/**
 * One pino logger per process: JSON lines in production, pretty lines in a terminal (LOG_PRETTY).
 *
 * JSON lines go to stdout through an asynchronous destination (pino's sonic-boom with `sync: false`): a
 * line is handed to the operating system by a write that does not block the event loop, and lines
 * logged while a write is under way go out together in the next one. The synchronous write it replaces
 * was one `write(2)` per line on the request path, about 5 % of the server's CPU at 16 clients with
 * the access log on (docs/performance.md, branch s10-9-fixed). Nothing is held back waiting for more
 * lines (no `minLength`), so a quiet server's lines still appear at once.
 *
 * No line is lost on an orderly end: pino flushes this destination when the process exits (its `exit`
 * and `beforeExit` handlers), which covers SIGINT/SIGTERM (main.ts lets the event loop empty) and a boot
 * error (`process.exit`). What a hard kill (SIGKILL, a crash of Node itself)
 * can lose is the lines written in the last write's lifetime, a few milliseconds' worth.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'ip-city-graph' },
    redact: { paths: ['password', '*.password', 'config.neo4jPassword'], censor: '***' },
  };
  if (config.logPretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'service,pid,hostname' } } });
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}
