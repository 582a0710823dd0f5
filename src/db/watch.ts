/**
 * Watches the server's Neo4j while it runs and says so loudly when it disappears (and when it is back):
 * a stopped local Neo4j, a closed port, a database that no longer answers. Requests meanwhile fail with
 * SERVICE_UNAVAILABLE and /ready answers 503 on their own; this makes the cause visible in the log.
 */
import type { Database } from './database.js';

export interface WatchLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface DatabaseWatch {
  stop(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Checks every `intervalMs` (default 5 s); logs once on each change between up and down. */
export function watchDatabase(db: Database, database: string, logger: WatchLogger, intervalMs = 5000): DatabaseWatch {
  let up = true;
  let busy = false;
  const check = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      const localPid = db.local?.pid;
      let reason: string | undefined;
      try {
        await Promise.race([
          db.driver.getServerInfo({ database }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000).unref()),
        ]);
      } catch (err) {
        reason = err instanceof Error ? err.message.replace(/ Please ensure .*?Caused by:/s, ' Caused by:') : String(err);
      }
      if (reason && localPid !== undefined) {
        reason = alive(localPid)
          ? `the local Neo4j (pid ${localPid}) does not answer (shutting down?): ${reason}`
          : `the local Neo4j process (pid ${localPid}) has exited — something outside this server stopped it (npm run db:stop, another tool, or a crash): ${reason}`;
      }
      if (reason && up) {
        up = false;
        logger.error(
          { uri: db.uri, reason },
          `THE GRAPH DATABASE HAS GONE AWAY (${db.uri}): ${reason}. GraphQL requests fail with SERVICE_UNAVAILABLE and /ready answers 503 until it is back.${db.local ? ' Start it again with `npm run db:start` (this server reconnects by itself) or restart `npm start`.' : ''}`,
        );
      } else if (!reason && !up) {
        up = true;
        logger.info({ uri: db.uri }, `the graph database answers again (${db.uri})`);
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
