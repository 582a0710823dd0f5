/**
 * Lookahead (src/graph/lookahead.ts): a resolver sees which children its selection reaches, through
 * aliases, fragments, inline fragments and @skip/@include, as graphql-js executes the same document.
 */
import { buildSchema, graphql, parse, printSchema, type GraphQLResolveInfo } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { selects } from '../../../src/graph/lookahead.js';

const schema = buildSchema(`
  type Agency { name: String }
  type Programme { name: String administeredBy: [Agency] }
  type Source { title: String }
  type SourceRef { evidence: String source: Source }
  type Designation { year: Int programme: Programme sources: [SourceRef] }
  type Query { designations: [Designation] }
`);

async function seen(query: string): Promise<{ agencies: boolean; sources: boolean }> {
  let out = { agencies: false, sources: false };
  const rootValue = {
    designations: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      out = { agencies: selects(info, ['programme', 'administeredBy']), sources: selects(info, ['sources']) };
      return [];
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return out;
}

describe('selects', () => {
  it('sees a child two levels down, and not a sibling that is not asked for', async () => {
    expect(await seen('{ designations { year programme { administeredBy { name } } } }')).toEqual({ agencies: true, sources: false });
    expect(await seen('{ designations { year programme { name } sources { evidence } } }')).toEqual({ agencies: false, sources: true });
  });

  it('follows aliases (by field name), named and inline fragments', async () => {
    expect(await seen('{ designations { p: programme { a: administeredBy { name } } } }')).toEqual({ agencies: true, sources: false });
    expect(await seen('{ designations { ...D } } fragment D on Designation { programme { ... on Programme { administeredBy { name } } } sources { evidence } }')).toEqual({ agencies: true, sources: true });
  });

  it('leaves out what @skip / @include take away', async () => {
    expect(await seen('{ designations { programme { administeredBy @skip(if: true) { name } name } sources @include(if: false) { evidence } year } }')).toEqual({ agencies: false, sources: false });
  });

  it('answers each request of one compiled document by its own variables where @skip / @include use them', async () => {
    // graphql-jit hands every run of a compiled document the same field nodes, so answers kept per
    // document must still follow the variables that a condition reads, in the operation or a fragment.
    const answers: Array<{ agencies: boolean; sources: boolean }> = [];
    const jitSchema = buildSchema(printSchema(schema));
    jitSchema.getQueryType()!.getFields().designations!.resolve = (_root, _args, _ctx, info) => {
      answers.push({ agencies: selects(info, ['programme', 'administeredBy']), sources: selects(info, ['sources']) });
      return [];
    };
    const documents = [
      'query($x: Boolean!) { designations { programme { administeredBy @include(if: $x) { name } } sources { evidence } } }',
      'query($x: Boolean!) { designations { ...D } } fragment D on Designation { programme { administeredBy { name } } sources @skip(if: $x) { evidence } }',
    ];
    const expected = [
      [{ agencies: true, sources: true }, { agencies: false, sources: true }, { agencies: true, sources: true }],
      [{ agencies: true, sources: false }, { agencies: true, sources: true }, { agencies: true, sources: false }],
    ];
    for (const [i, text] of documents.entries()) {
      const compiled = compileQuery(jitSchema, parse(text));
      if (!isCompiledQuery(compiled)) throw new Error('not compiled');
      answers.length = 0;
      for (const x of [true, false, true]) {
        const result = await compiled.query(undefined, {}, { x });
        expect(result.errors).toBeUndefined();
      }
      expect(answers).toEqual(expected[i]);
    }
  });
});
