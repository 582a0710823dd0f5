/** What a source states: the `Fact` union and the generic `Relationship` fact. */
import { Field, ObjectType, createUnionType } from 'type-graphql';
import { Event } from '../actor/actor.type.js';
import { AssessmentEvent } from '../assessment/assessment.type.js';
import { Designation } from '../designation/designation.type.js';
import { RelationshipType, type RelType } from '../graph/labels.js';
import { Node } from '../graph/node.interfaces.js';
import type { Plain } from '../graph/values.js';
import { Observation } from '../observation/observation.type.js';

@ObjectType({ simpleResolvers: true, description: 'A fact stored on a relationship (other than a designation): who is located in, assessed by, has jurisdiction over, ...' })
export class Relationship {
  @Field(() => RelationshipType)
  type!: RelType;

  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => String, { nullable: true, description: 'Its other properties (role, title, ...) as JSON text.' })
  properties!: string | null;

  rel!: Record<string, Plain>;
}

export const Fact = createUnionType({
  name: 'Fact',
  description: 'Anything a source states: a designation, an assessment, an observation, an event, or another relationship.',
  types: () => [Designation, AssessmentEvent, Observation, Event, Relationship] as const,
});
