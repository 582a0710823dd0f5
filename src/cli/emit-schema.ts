/** `npm run schema:emit`: writes schema/schema.graphql from the code (the committed client contract). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config.js';
import { buildAppSchema, printAppSchema } from '../schema/build-schema.js';
import { runCli } from './run-cli.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

runCli(async () => {
  const sdl = printAppSchema(await buildAppSchema());
  fs.writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split('\n').length} lines).\n`);
});
