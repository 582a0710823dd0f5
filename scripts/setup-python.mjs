#!/usr/bin/env node
/**
 * The Python half of `npm run setup`: a project-local virtual environment in `.venv/` (gitignored) with
 * the packages in requirements.txt (the Neo4j driver for examples/python, networkx for the GraphML
 * round-trip test). Nothing is installed globally; the tests and examples use `.venv/bin/python`.
 * Re-running is quick: the packages are reinstalled only when requirements.txt changes.
 * Then it checks the optional system parts and says how to add any that are missing.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const venv = path.join(root, '.venv');
const isWin = process.platform === 'win32';
const venvPython = path.join(venv, isWin ? 'Scripts' : 'bin', isWin ? 'python.exe' : 'python');
const stamp = path.join(venv, '.requirements.sha256');
const say = (line) => process.stdout.write(`[setup] ${line}\n`);

function fail(message, hint) {
  process.stderr.write(`\n✖ ${message}\n  ${hint}\n`);
  process.exit(1);
}

function run(cmd, args) {
  // PYTHONNOUSERSITE: nothing from the user's ~/.local leaks into the environment we build.
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, PYTHONNOUSERSITE: '1' } });
  return r.status === 0;
}

const python = process.env.PYTHON ?? (isWin ? 'python' : 'python3');
const probe = spawnSync(python, ['-c', 'import sys, venv, ensurepip; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
if (probe.status !== 0) {
  fail(
    `Python 3.9+ with the venv module is needed for the Python example and its tests (tried ${python}): ${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1)}`,
    'Install it (Debian/Ubuntu: apt-get install python3 python3-venv; macOS: brew install python), or point PYTHON at one, then run `npm run setup` again.',
  );
}
const [major, minor] = probe.stdout.trim().split('.').map(Number);
if (major < 3 || (major === 3 && minor < 9)) fail(`Python ${probe.stdout.trim()} is too old (tried ${python}).`, 'Install Python 3.9 or newer, or point PYTHON at one.');

if (!fs.existsSync(venvPython)) {
  say(`creating the project's Python environment in .venv (Python ${probe.stdout.trim()})…`);
  if (!run(python, ['-m', 'venv', venv])) fail('Could not create .venv.', 'Debian/Ubuntu need the python3-venv package: apt-get install python3-venv.');
}
const requirements = fs.readFileSync(path.join(root, 'requirements.txt'));
const sha = crypto.createHash('sha256').update(requirements).digest('hex');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sha) {
  say('.venv is up to date with requirements.txt');
} else {
  say('installing requirements.txt into .venv…');
  if (!run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'requirements.txt'])) {
    fail('pip could not install requirements.txt into .venv.', 'Check that PyPI (or your pip index) is reachable, then run `npm run setup` again.');
  }
  fs.writeFileSync(stamp, sha);
}
say(`Python: ${path.relative(root, venvPython)} (use it for examples/python)`);

// Optional system parts: say what is missing and how to add it, without failing the set-up.
const has = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const notes = [];
if (!has('java', ['-version'])) notes.push('Java 17 or 21 (the local Neo4j): apt-get install openjdk-17-jre-headless');
if (!has('mvn', ['-v'])) notes.push('Maven (downloads Neo4j once): apt-get install maven');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) notes.push(`Chromium at ${chromium} (the browser tests): apt-get install --no-install-recommends chromium, or set CHROMIUM_PATH`);
const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
if (fonts.status === 0 && !fonts.stdout.trim()) notes.push('a CJK font (Chinese text in screenshots): apt-get install fonts-noto-cjk');
if (notes.length) say(`not found (install before \`npm test\`):\n${notes.map((n) => `  - ${n}`).join('\n')}`);
else say('Java, Maven, Chromium and a CJK font are present: `npm test` has everything it needs.');
