import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
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

  // subject, object and fact are resolved from these ids by TimelineEntryResolver, only when asked for.
  rel!: Record<string, Plain> | null;
  subjectGraphId!: string | null;
  objectGraphId!: string | null;
  factGraphId!: string | null;
}
