import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';

@ObjectType({ implements: [Node, Entity], description: 'A national IP programme cities are designated in.' })
export class Programme extends Entity {
  @Field(() => String, { nullable: true, description: '`national` for every CNIPA programme.' })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'pilot, demonstration, strong-city pilot, protection zone, ...' })
  kind!: string | null;
}
