import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';

@ObjectType({ implements: [Node, Entity], description: 'An organisation a source names: a university, a bank, a media group, a company.' })
export class Organisation extends Entity {
  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A person a source names, with their positions.' })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'An event such as a launch ceremony or a conference.' })
export class Event extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO date.' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}
