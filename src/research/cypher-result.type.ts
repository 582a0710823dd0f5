import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The answer of the research Cypher door: column names and rows of plain JSON values.' })
export class CypherResult {
  @Field(() => [String], { description: 'Column names, in the order of each row.' })
  columns!: string[];

  @Field(() => [GraphQLJSON], {
    description:
      'One JSON array per row, aligned with `columns`. Integers are numbers (strings beyond 2^53), temporal values ISO strings, nodes {elementId, labels, properties}, relationships {elementId, type, startElementId, endElementId, properties}, paths {nodes, relationships}.',
  })
  rows!: unknown[][];

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Boolean, { description: 'True when a row or byte cap cut the result off; the query matched more.' })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: 'Which cap cut it off: maxRows or maxBytes.' })
  truncatedBy!: string | null;

  @Field(() => Int, { description: 'Milliseconds spent, planning included.' })
  elapsedMs!: number;
}
