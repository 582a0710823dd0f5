/** Builds the type-graphql schema from every resolver. `schema/schema.graphql` is printed from this. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { assertEveryNodeTypeRegistered } from '../graph/materialize.js';
import { resolvers } from './resolvers.js';

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  assertSimpleResolvers();
  // Every label must have its GraphQL type registered (by its <entity>.type.ts) before a request needs it.
  assertEveryNodeTypeRegistered();
  return schema;
}

/** The SDL as committed in `schema/schema.graphql`: sorted so diffs are stable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * Every object type is declared `@ObjectType({ simpleResolvers: true, … })`: a field without a
 * `@FieldResolver` then has no resolver of its own and graphql-js reads the property directly (its
 * default resolver). Without it type-graphql wraps each such field in a resolver that builds a
 * `{ root, args, context, info }` object and runs the (empty) middleware chain — once per field per
 * object, ~15 per city row of a nested answer: the garbage the profile showed. We use no middleware,
 * no `@Authorized` and no field `name:` renames, so the two read the same value. Throws, naming
 * them, when a type forgets it.
 */
export function assertSimpleResolvers(): void {
  const missing = getMetadataStorage()
    .objectTypes.filter((t) => t.simpleResolvers !== true)
    .map((t) => t.name);
  if (missing.length) throw new Error(`Object types without simpleResolvers: true (see src/schema/build-schema.ts): ${missing.join(', ')}.`);
}
