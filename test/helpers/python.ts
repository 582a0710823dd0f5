/** The project's own Python (`.venv`, made by `npm run setup`), never a global one. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config.js';

export const VENV_PYTHON = path.join(PROJECT_ROOT, '.venv', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

/** Path of `.venv`'s python; throws with the fix when the set-up has not been run. */
export function venvPython(): string {
  if (!fs.existsSync(VENV_PYTHON)) {
    throw new Error(`${path.relative(PROJECT_ROOT, VENV_PYTHON)} is missing: run README's set-up command, \`npm run setup\` (it creates .venv with requirements.txt).`);
  }
  return VENV_PYTHON;
}

/** A clean environment for Python children: nothing from the user's site-packages. */
export function pythonEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PYTHONNOUSERSITE: '1', DOTENV_CONFIG_PATH: '/nonexistent', ...extra };
}
