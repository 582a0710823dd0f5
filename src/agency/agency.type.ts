import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';

@ObjectType({ implements: [Node, Entity], description: 'A government agency (CNIPA, a provincial or municipal IP office, ...).' })
export class Agency extends Entity {
  @Field(() => String, { nullable: true, description: 'national, provincial or municipal.' })
  level!: string | null;

  @Field(() => [String], { description: 'Earlier names (CNIPA was the State Intellectual Property Office until 2018).' })
  formerNames!: string[];
}
