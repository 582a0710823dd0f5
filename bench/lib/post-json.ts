/**
 * POST a JSON body and read the JSON answer over node:http with keep-alive. The benchmarks use this rather
 * than fetch: Node 20's fetch (undici) costs about 1.5 ms of client CPU per request on this machine, which on
 * a 2-core machine is taken from the servers being measured and blurs the ratio of the cheap operations.
 */
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * A kept-alive socket the server closed just as it was reused fails with ECONNRESET before any answer:
 * that request is sent again once, on a new socket (what Node's documentation recommends for
 * `request.reusedSocket`). Any other failure is the caller's.
 */
export async function postJson<T = unknown>(url: string | URL, body: unknown): Promise<{ status: number; body: T }> {
  try {
    return await postOnce<T>(url, body);
  } catch (err) {
    if ((err as { reusedSocket?: boolean }).reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET') return postOnce<T>(url, body);
    throw err;
  }
}

function postOnce<T>(url: string | URL, body: unknown): Promise<{ status: number; body: T }> {
  const target = typeof url === 'string' ? new URL(url) : url;
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as T });
        } catch {
          reject(new Error(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
    req.end(JSON.stringify(body));
  });
}
