/**
 * Load shedding in front of /graphql: at most `maxInFlight` GraphQL requests run at once in the process
 * and at most `maxPerClient` for one client (its socket address). A request over either answers at once,
 * before any work, with SERVICE_UNAVAILABLE and `Retry-After: 1`: HTTP 503 when the server is full,
 * 429 when the client already has its share. With each request limited to a few concurrent Cypher calls
 * (src/db/executor.ts), maxInFlight × that stays below the driver's connection pool, so the pool never
 * runs dry and a cheap request from another client still gets a connection.
 */
import type express from 'express';
import type { Logger } from 'pino';

export interface AdmissionLimits {
  maxInFlight: number;
  maxPerClient: number;
}

export function admissionControl(limits: AdmissionLimits, logger: Logger): express.RequestHandler {
  let inFlight = 0;
  const perClient = new Map<string, number>();
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const client = req.socket.remoteAddress ?? 'unknown';
    const mine = perClient.get(client) ?? 0;
    const full = inFlight >= limits.maxInFlight;
    if (full || mine >= limits.maxPerClient) {
      const status = full ? 503 : 429;
      const message = full
        ? `The server is at its limit of ${limits.maxInFlight} GraphQL requests at once (HTTP_MAX_IN_FLIGHT). Retry after a second.`
        : `This client already has ${mine} GraphQL requests running, its share (HTTP_MAX_IN_FLIGHT_PER_CLIENT). Retry after a second.`;
      const requestId = String(res.locals.requestId);
      logger.info({ requestId, status, code: 'SERVICE_UNAVAILABLE', inFlight, clientInFlight: mine }, 'request shed');
      res.setHeader('retry-after', '1');
      res.status(status).json({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } }] });
      return;
    }
    inFlight++;
    perClient.set(client, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    };
    res.on('finish', release);
    res.on('close', release);
    next();
  };
}
