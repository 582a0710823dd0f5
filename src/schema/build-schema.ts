/** Builds the type-graphql schema from every resolver. `schema/schema.graphql` is printed from this. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryNodeTypeRegistered } from '../graph/materialize.js';
import { resolvers } from './resolvers.js';

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  // Every label must have its GraphQL type registered (by its <entity>.type.ts) before a request needs it.
  assertEveryNodeTypeRegistered();
  return schema;
}

/** The SDL as committed in `schema/schema.graphql`: sorted so diffs are stable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
