/**
 * The JSON body of a GraphQL POST (internal). Nearly every request is plain `application/json` UTF-8 with
 * a Content-Length: that body is read and parsed here directly. Anything else — a compressed body, another
 * charset or media type, no length (chunked), an empty or oversized body — goes to `express.json` as
 * before, so its answers (415, 413 with the limit, gzip/deflate/br bodies) are unchanged.
 *
 * Why: `express.json` decodes through iconv, parses the content type with three packages and builds its
 * options per request; profiled at 16 clients it was about 3 % of a simple request's CPU (body-parser,
 * raw-body, type-is, iconv-lite, content-type parsing: docs/performance.md, branch s10-9-fixed), the
 * read and `JSON.parse` being a small part of it.
 *
 * Errors are raised as body-parser raises them (`type` and `status`), so `httpErrorHandler` in app.ts
 * answers them the same way: malformed JSON or a top-level value that is not an object or array → 400
 * `entity.parse.failed`; fewer or more bytes than the Content-Length said → 400 `request.size.invalid`.
 */
import express from 'express';

/** Content types read here; any other goes to express.json. */
const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

export function jsonBody(limitBytes: number): express.RequestHandler {
  const general = express.json({ limit: limitBytes });
  return (req, res, next) => {
    const type = req.headers['content-type'];
    const encoding = req.headers['content-encoding'];
    const length = Number(req.headers['content-length']);
    if (type === undefined || !PLAIN_JSON.has(type.toLowerCase()) || (encoding !== undefined && encoding !== 'identity') || !(length > 0) || length > limitBytes) {
      return general(req, res, next);
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (err: unknown, body?: unknown) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) return next(err);
      req.body = body;
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > length) return finish(bodyError('request size did not match content length', 400, 'request.size.invalid'));
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (received !== length) return finish(bodyError('request size did not match content length', 400, 'request.size.invalid'));
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8');
      // body-parser's UTF-8 decoder drops a byte order mark; so does this.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
      if (first !== '{' && first !== '[') return finish(bodyError('the body is not a JSON object or array', 400, 'entity.parse.failed'));
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (e) {
        return finish(bodyError((e as Error).message, 400, 'entity.parse.failed'));
      }
      finish(undefined, body);
    };
    const onError = (e: Error) => finish(Object.assign(bodyError(e.message, 400, 'request.aborted'), { cause: e }));
    const onAborted = () => finish(bodyError('request aborted', 400, 'request.aborted'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  };
}

/** An error shaped as body-parser's (http-errors): what `httpErrorHandler` reads is `type` and `status`. */
function bodyError(message: string, status: number, type: string): Error & { status: number; statusCode: number; expose: boolean; type: string } {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}
