/**
 * `npm start` (scripts/start.mjs): what decides whether the compiled server is rebuilt first, and the
 * heap flags it gives node. The end-to-end start is in test/e2e/server-lifecycle.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { heapFlags, staleReason } from '../../../scripts/start.mjs';
import { PROJECT_ROOT } from '../../../src/config/config.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A project tree with one source file, and optionally a build made after them. */
function project(withBuild: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'start-fresh-'));
  dirs.push(root);
  fs.mkdirSync(path.join(root, 'src', 'server'), { recursive: true });
  for (const f of ['src/main.ts', 'src/server/app.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) fs.writeFileSync(path.join(root, f), '{}');
  const past = new Date(Date.now() - 60_000);
  for (const f of ['src/main.ts', 'src/server/app.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) fs.utimesSync(path.join(root, f), past, past);
  if (withBuild) {
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', 'main.js'), '');
    fs.writeFileSync(path.join(root, 'dist', '.build-stamp'), '');
  }
  return root;
}

describe('npm start rebuilds the compiled server when it is missing or older than a source', () => {
  it('builds when there is no build (a fresh clone before setup)', () => {
    expect(staleReason(project(false))).toBe('no build in dist/ yet');
  });
  it('runs the build as it is when no source is newer', () => {
    expect(staleReason(project(true))).toBeUndefined();
  });
  it('rebuilds when a source in a sub-folder was saved after the build', () => {
    const root = project(true);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(root, 'src', 'server', 'app.ts'), later, later);
    expect(staleReason(root)).toBe('sources changed since the last build');
  });
  it('rebuilds when the compiler settings changed', () => {
    const root = project(true);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(root, 'tsconfig.json'), later, later);
    expect(staleReason(root)).toBe('sources changed since the last build');
  });
});

describe('the server heap flags', () => {
  it('caps the old generation at 256 MiB and sets a 32 MiB semi-space by default', () => {
    expect(heapFlags({})).toEqual({ flags: ['--max-old-space-size=256', '--max-semi-space-size=32'] });
  });
  it('an empty SERVER_SEMI_SPACE_MB keeps the default', () => {
    expect(heapFlags({ SERVER_SEMI_SPACE_MB: ' ' })).toEqual({ flags: ['--max-old-space-size=256', '--max-semi-space-size=32'] });
  });
  it('takes both sizes from the environment', () => {
    expect(heapFlags({ SERVER_MAX_OLD_SPACE_MB: '256', SERVER_SEMI_SPACE_MB: '4' })).toEqual({ flags: ['--max-old-space-size=256', '--max-semi-space-size=4'] });
  });
  it.each([
    ['SERVER_MAX_OLD_SPACE_MB', '160m'],
    ['SERVER_MAX_OLD_SPACE_MB', '10'],
    ['SERVER_SEMI_SPACE_MB', '-1'],
  ])('refuses %s=%s naming the variable, what it expects and what it found', (name, value) => {
    const { error } = heapFlags({ [name]: value });
    expect(error).toContain(`${name} must be a size in MiB, a whole number between`);
    expect(error).toContain(`found "${value}"`);
  });
  it('a bad value stops `npm start` before anything starts, with that message', () => {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent', SERVER_MAX_OLD_SPACE_MB: 'lots' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Invalid configuration: SERVER_MAX_OLD_SPACE_MB must be a size in MiB');
    expect(r.stderr).toContain('found "lots"');
    expect(r.stderr).not.toContain('compiling');
  });
});
