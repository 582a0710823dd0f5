/**
 * The two pages people use: the GraphiQL playground at `/` and the graph view at `/explore`, and the
 * browser libraries they need, served from the installed npm packages under `/vendor/` so that nothing
 * is fetched from a CDN (a Content-Security-Policy of 'self' makes the browser refuse anything else).
 *
 * Why UMD files straight from node_modules rather than a bundle: graphiql 3 still ships a prebuilt
 * `graphiql.min.js` for React 18's UMD builds, and cytoscape ships `cytoscape.min.js`; serving those
 * files needs no build step at install or start, nothing generated to keep in sync, and an upgrade is a
 * version bump in package.json.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const require = createRequire(import.meta.url);
// From the sources whether this runs from src/ or from the compiled dist/ (same depth; tsc copies no assets).
const STATIC_DIR = fileURLToPath(new URL('../../src/server/static/', import.meta.url));

/** The folder of an installed package (found the way Node finds it, so hoisting does not matter). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Cannot find the folder of the npm package ${name}`);
    dir = up;
  }
  return dir;
}

/** URL path under /vendor/ → file in an installed package. A missing file stops the boot. */
export function vendorFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
    'cytoscape.min.js': path.join(packageDir('cytoscape'), 'dist', 'cytoscape.min.js'),
  };
  for (const [name, file] of Object.entries(files)) {
    if (!fs.existsSync(file)) throw new Error(`The browser library file for /vendor/${name} is missing: ${file}. Run npm install.`);
  }
  return files;
}

/**
 * The pages' policy: scripts, styles, fonts and connections from this server only. GraphiQL sets
 * inline styles (hence 'unsafe-inline' for styles) and embeds its icons as data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function staticRoutes(): express.Router {
  const router = express.Router();
  const vendor = vendorFiles();
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(path.join(STATIC_DIR, file));
  };
  router.get('/', page('playground.html'));
  router.get('/explore', page('explore.html'));
  router.get('/vendor/:file', (req, res, next) => {
    const file = vendor[req.params.file];
    if (!file) return next();
    res.setHeader('cache-control', 'public, max-age=86400');
    res.sendFile(file);
  });
  // The pages' own scripts and styles (no directory listing, no dotfiles).
  router.use('/static', express.static(STATIC_DIR, { index: false, dotfiles: 'ignore', setHeaders: (res) => res.setHeader('cache-control', 'no-cache') }));
  return router;
}

const escapeHtml = (t: string): string => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A GraphQL GET URL opened in a browser's address bar: CSRF prevention would refuse it with a bare 400,
 * so a person gets a page that says why and opens the same query in the playground instead. Programs (no
 * text/html in Accept, or a preflight header) go on to Apollo. The first step of the /graphql chain
 * (src/server/app.ts), before admission, so the page is never shed.
 */
export function addressBarHintRoute(): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET') return next();
    const fromAddressBar = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !req.header('apollo-require-preflight') && !req.header('x-apollo-operation-name');
    if (!fromAddressBar) return next();
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.status(400).type('html').send(addressBarHint(req.query));
  };
}

/** The page for a GET /graphql typed into the address bar: why it is refused, and where it works. */
export function addressBarHint(query: Record<string, unknown>): string {
  const pick = (k: string) => (typeof query[k] === 'string' ? (query[k] as string) : undefined);
  const q = pick('query');
  const params = new URLSearchParams();
  for (const k of ['query', 'variables', 'operationName']) if (pick(k) !== undefined) params.set(k, pick(k)!);
  const playground = `/${params.size ? `?${params}` : ''}`;
  const curl = q
    ? `curl -s 'http://HOST/graphql?${new URLSearchParams({ query: q }).toString().replace(/'/g, '%27')}' -H 'apollo-require-preflight: true'`
    : `curl -s http://HOST/graphql -H 'content-type: application/json' -d '{"query":"{ __typename }"}'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphQL endpoint · ip-city-graph</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/explore.css"></head>
<body class="hint-page"><main style="display:block;padding:16px 24px;max-width:60em">
<h1>This is the GraphQL endpoint</h1>
<p>A query typed into the address bar is refused here (HTTP 400): the server blocks GET requests that any web page could make on your behalf (cross-site request forgery protection).</p>
<p><a id="open-in-playground" href="${escapeHtml(playground)}">${q ? 'Open this query in the playground' : 'Open the playground'}</a> — it runs queries with POST.</p>
${q ? `<pre id="query">${escapeHtml(q)}</pre>` : ''}
<p>From a program, send POST with <code>content-type: application/json</code>, or GET with the header <code>apollo-require-preflight: true</code>:</p>
<pre>${escapeHtml(curl.replace('HOST', 'host:port'))}</pre>
<p>这是 GraphQL 接口：浏览器地址栏中的 GET 查询会被跨站请求伪造（CSRF）防护拒绝。请<a href="${escapeHtml(playground)}">在查询面板中打开</a>。</p>
</main></body></html>
`;
}
