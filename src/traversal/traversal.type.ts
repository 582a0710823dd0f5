import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graph/node.interfaces.js';
import type { Plain } from '../graph/values.js';

export enum TimelineKind {
  DESIGNATION = 'DESIGNATION',
  ASSESSMENT = 'ASSESSMENT',
  EVENT = 'EVENT',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

@ObjectType({ simpleResolvers: true, description: 'One dated entry of a timeline.' })
export class TimelineEntry {
  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date where the day is known.' })
  date!: string | null;

  @Field(() => String, { description: 'A one-line description.' })
  title!: string;

  @Field(() => Node, { nullable: true, description: 'The city (or place) concerned.' })
  subject!: Node | null;

  @Field(() => Node, { nullable: true, description: 'The programme of a designation.' })
  object!: Node | null;

  @Field(() => Node, { nullable: true, description: 'The assessment or event node itself.' })
  fact!: Node | null;

  rel!: Record<string, Plain> | null;
  factGraphId!: string | null;
}
