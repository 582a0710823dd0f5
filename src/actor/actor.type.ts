import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';
import { entityBase, registerNodeType } from '../graph/materialize.js';
import { str, type Plain } from '../graph/values.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'An organisation a source names: a university, a bank, a media group, a company.' })
export class Organisation extends Entity {
  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A person a source names, with their positions.' })
export class Person extends Entity {}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'An event such as a launch ceremony or a conference.' })
export class Event extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO date.' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A position a person holds: (Person)-[:HOLDS_POSITION {title}]->(Agency or Organisation).' })
export class Position {
  @Field(() => Person)
  person!: Person;

  @Field(() => Entity, { description: 'The agency or organisation.' })
  at!: Entity;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  rel!: Record<string, Plain>;
}

@ObjectType({ simpleResolvers: true, description: 'Who took part in an event, and how: (Entity)-[:PARTICIPATED_IN {role}]->(Event).' })
export class Participation {
  @Field(() => Entity)
  participant!: Entity;

  @Field(() => Event)
  event!: Event;

  @Field(() => String, { nullable: true })
  role!: string | null;

  rel!: Record<string, Plain>;
}

registerNodeType('Organisation', (p, row) => Object.assign(new Organisation(), entityBase(row), { kind: str(p.kind) }));
registerNodeType('Person', (_p, row) => Object.assign(new Person(), entityBase(row)));
registerNodeType('Event', (p, row) => Object.assign(new Event(), entityBase(row), { date: str(p.date), kind: str(p.kind) }));

// What each field reads of the stored node (src/graph/projection.ts), besides Entity's.
declareFieldProperties('Organisation', { kind: ['kind'], ...resolvedById(['participations', 'people', 'mentionedIn']) });
declareFieldProperties('Person', resolvedById(['positions', 'participations', 'mentionedIn']));
declareFieldProperties('Event', { date: ['date'], kind: ['kind'], ...resolvedById(['places', 'participants', 'mentionedIn', 'sources']) });
