#!/usr/bin/env node
/**
 * `npm start`: runs the server from its compiled JavaScript (dist/), not through tsx — tsx's loader
 * thread costs about 37 MB of RSS, its source maps make every neo4j-driver Result capture a mapped
 * stack, and compiling at start costs most of a second.
 *
 * 1. Freshness: when any file under src/ (or a tsconfig) is newer than the last build, or there is no
 *    build, it runs `tsc -p tsconfig.build.json` first (`npm run setup` builds once; a developer who
 *    edits a source gets that edit on the next start, a few seconds later).
 * 2. Heap: V8's old generation is sized for the server's live set (SERVER_MAX_OLD_SPACE_MB, default
 *    256). Without a cap V8 lets garbage pile up to hundreds of MB under load. The young generation's
 *    semi-space (SERVER_SEMI_SPACE_MB) defaults to 32 MiB, twice V8's 16: every request's garbage dies
 *    young, and a scavenge copies what is still live (the requests in flight) however large the space
 *    is, so half as many scavenges cost about half the young-generation GC: a tenth to a fifth less
 *    server CPU per page, city or paths request at 16 clients, for about 30 MiB more peak RSS
 *    (docs/performance.md, branch s11-9-shell). Given as node flags on the server's command line,
 *    not NODE_OPTIONS, so they reach no other process. A bad value stops here, naming the variable.
 * 3. Runs `node <heap flags> dist/main.js` with this terminal, passes SIGINT/SIGTERM on, exits with its code.
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(DIST, 'main.js');
const STAMP = path.join(DIST, '.build-stamp');

/** Sizes in MiB: [variable, default, min, max]. */
export const HEAP_VARIABLES = [
  ['SERVER_MAX_OLD_SPACE_MB', 256, 64, 65536, '--max-old-space-size'],
  ['SERVER_SEMI_SPACE_MB', 32, 1, 256, '--max-semi-space-size'],
];

/** The node flags for the heap, or a message naming the variable, what was expected and what was found. */
export function heapFlags(env) {
  const flags = [];
  for (const [name, fallback, min, max, flag] of HEAP_VARIABLES) {
    const raw = env[name];
    let n = fallback;
    if (raw !== undefined && raw.trim() !== '') {
      n = Number(raw.trim());
      if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
        return { error: `Invalid configuration: ${name} must be a size in MiB, a whole number between ${min} and ${max}; found ${JSON.stringify(raw)}.` };
      }
    }
    if (n !== undefined) flags.push(`${flag}=${n}`);
  }
  return { flags };
}

/** The newest modification time (ms) of the files the build reads. */
function newestSource(root) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  visit(path.join(root, 'src'));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) newest = Math.max(newest, fs.statSync(path.join(root, f)).mtimeMs);
  return newest;
}

/** Why the build must be made again, or undefined when dist/ is up to date. */
export function staleReason(root = ROOT) {
  const stamp = path.join(root, 'dist', '.build-stamp');
  if (!fs.existsSync(path.join(root, 'dist', 'main.js')) || !fs.existsSync(stamp)) return 'no build in dist/ yet';
  if (newestSource(root) > fs.statSync(stamp).mtimeMs) return 'sources changed since the last build';
  return undefined;
}

/** Compiles src/ into dist/ (tsc, incremental) and stamps the build. Returns the exit status. */
export function build(log = (line) => console.error(line)) {
  const t0 = Date.now();
  const startedAt = new Date();
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) return r.status ?? 1;
  // Stamped with the time the build began: a source saved during the build is newer, so it is rebuilt next time.
  fs.mkdirSync(DIST, { recursive: true });
  fs.writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  fs.utimesSync(STAMP, startedAt, startedAt);
  log(`built dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

function main() {
  if (process.argv.includes('--build-only')) process.exit(build());
  dotenv.config({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? path.join(ROOT, '.env') });
  const heap = heapFlags(process.env);
  if (heap.error) {
    console.error(`${heap.error}\n  → See .env.example (server heap) and README's "Running the server".`);
    process.exit(1);
  }
  const reason = staleReason();
  if (reason) {
    console.error(`compiling the server (${reason})…`);
    const status = build();
    if (status !== 0) {
      console.error('The server did not compile (errors above). Fix them, or run `npm run typecheck` to see them again.');
      process.exit(status);
    }
  }
  // NODE_OPTIONS from the shell still reaches the server, as with any node program; the heap flags do
  // not go through it, so they reach no process the server starts (the local Neo4j is Java anyway).
  const child = spawn(process.execPath, [...heap.flags, ENTRY, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  // Ctrl-C reaches both processes (one terminal process group); the server ignores a repeat within 2 s.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
