/** One pino logger per process: JSON lines in production, pretty lines in a terminal (LOG_PRETTY). */
import { pino, type Logger } from 'pino';
import type { Config } from '../config/config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'ip-city-graph' },
    redact: { paths: ['password', '*.password', 'config.neo4jPassword'], censor: '***' },
    ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'service,pid,hostname' } } } : {}),
  });
}
