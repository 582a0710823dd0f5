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
const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

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
