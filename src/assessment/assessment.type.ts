import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graph/node.interfaces.js';

@ObjectType({ implements: [Node], description: 'An assessment of one or more cities: acceptance, annual evaluation, performance assessment, ...' })
export class AssessmentEvent extends Node {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) where the day is known.' })
  date!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int, { nullable: true })
  outOf!: number | null;
}
