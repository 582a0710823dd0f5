/**
 * The client contract: the committed SDL and codegen output match the code, the example consumer
 * type-checks against them, and a breaking schema change breaks that build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { buildAppSchema, printAppSchema } from '../../src/schema/build-schema.js';

const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

function codegenInto(outDir: string, schemaFile: string): { status: number | null; out: string } {
  const cfg = path.join(outDir, 'codegen.config.cjs');
  fs.writeFileSync(
    cfg,
    `module.exports = ${JSON.stringify({
      schema: schemaFile,
      documents: [path.join(PROJECT_ROOT, 'examples/operations/**/*.graphql')],
      emitLegacyCommonJSImports: false,
      generates: { [path.join(outDir, 'gql') + '/']: { preset: 'client', presetConfig: { fragmentMasking: false }, config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } } } },
    })};`,
  );
  const r = spawnSync(bin('graphql-codegen'), ['--config', cfg], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function typecheckConsumer(dir: string): { status: number | null; out: string } {
  fs.copyFileSync(path.join(PROJECT_ROOT, 'examples/client/consumer.ts'), path.join(dir, 'consumer.ts'));
  fs.copyFileSync(path.join(PROJECT_ROOT, 'examples/client/tsconfig.json'), path.join(dir, 'tsconfig.json'));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const r = spawnSync(bin('tsc'), ['-p', path.join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('client contract', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });

  it('examples/client/gql is what codegen generates from the committed schema (run `npm run codegen`)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    const r = codegenInto(dir, path.join(PROJECT_ROOT, 'schema/schema.graphql'));
    expect(r.status, r.out).toBe(0);
    const committed = path.join(PROJECT_ROOT, 'examples/client/gql');
    expect(listFiles(path.join(dir, 'gql'))).toEqual(listFiles(committed));
    for (const f of listFiles(committed)) {
      expect(fs.readFileSync(path.join(dir, 'gql', f), 'utf8'), f).toBe(fs.readFileSync(path.join(committed, f), 'utf8'));
    }
  });

  it('the example consumer type-checks against the generated documents', () => {
    const out = execFileSync(bin('tsc'), ['-p', 'examples/client/tsconfig.json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(out).toBe('');
  });

  it('a breaking change to the schema breaks the build: a removed field fails codegen, a changed type fails the consumer', () => {
    const sdl = fs.readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8');

    const removed = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-removed-'));
    const noTerm = sdl.replace(/^\s+term: String\n/m, '\n');
    expect(noTerm).not.toBe(sdl);
    fs.writeFileSync(path.join(removed, 'schema.graphql'), noTerm);
    const r1 = codegenInto(removed, path.join(removed, 'schema.graphql'));
    expect(r1.status).not.toBe(0);
    // ...and for the right reason: the example operations no longer validate against that schema.
    const docs = fs.readdirSync(path.join(PROJECT_ROOT, 'examples/operations')).map((f) => parse(fs.readFileSync(path.join(PROJECT_ROOT, 'examples/operations', f), 'utf8')));
    const messages = docs.flatMap((d) => validate(buildSchema(noTerm), d).map((e) => e.message));
    expect(messages).toEqual(['Cannot query field "term" on type "Designation".']);

    const retyped = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-retyped-'));
    const yearAsString = sdl.replace(/(type Designation \{[\s\S]*?)year: Int/, '$1year: String');
    expect(yearAsString).not.toBe(sdl);
    fs.writeFileSync(path.join(retyped, 'schema.graphql'), yearAsString);
    expect(codegenInto(retyped, path.join(retyped, 'schema.graphql')).status).toBe(0);
    const tc = typecheckConsumer(retyped);
    expect(tc.status).not.toBe(0);
    expect(tc.out).toMatch(/consumer\.ts.*Type 'string' is not assignable to type 'number'/s);
  });
});
