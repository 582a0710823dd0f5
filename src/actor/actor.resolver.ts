import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { SourceRef } from '../graph/common.types.js';
import { materialize } from '../graph/materialize.js';
import { Entity } from '../graph/node.interfaces.js';
import { edgesOf, related } from '../graph/related.js';
import { str, type Plain } from '../graph/values.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../source/provenance.js';
import { Event, Organisation, Person } from './actor.type.js';

@ObjectType({ description: 'A position a person holds: (Person)-[:HOLDS_POSITION {title}]->(Agency or Organisation).' })
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

@ObjectType({ description: 'Who took part in an event, and how: (Entity)-[:PARTICIPATED_IN {role}]->(Event).' })
export class Participation {
  @Field(() => Entity)
  participant!: Entity;

  @Field(() => Event)
  event!: Event;

  @Field(() => String, { nullable: true })
  role!: string | null;

  rel!: Record<string, Plain>;
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() p: Position, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(p.rel, ctx);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() p: Participation, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(p.rel, ctx);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: 'Positions the sources give for this person.' })
  async positions(@Root() p: Person, @Ctx() ctx: Context): Promise<Position[]> {
    const edges = await edgesOf(ctx, p.graphId, 'HOLDS_POSITION', 'OUT');
    return edges.map((e) => Object.assign(new Position(), { person: p, at: materialize(e.other) as Entity, title: str(e.rel.title), titleEn: str(e.rel.titleEn), rel: e.rel }));
  }

  @FieldResolver(() => [Participation], { description: 'Events the person took part in.' })
  async participations(@Root() p: Person, @Ctx() ctx: Context): Promise<Participation[]> {
    const edges = await edgesOf(ctx, p.graphId, 'PARTICIPATED_IN', 'OUT');
    return edges.map((e) => Object.assign(new Participation(), { participant: p, event: materialize(e.other) as Event, role: str(e.rel.role), rel: e.rel }));
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Participation], { description: 'Events the organisation took part in.' })
  async participations(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Participation[]> {
    const edges = await edgesOf(ctx, o.graphId, 'PARTICIPATED_IN', 'OUT');
    return edges.map((e) => Object.assign(new Participation(), { participant: o, event: materialize(e.other) as Event, role: str(e.rel.role), rel: e.rel }));
  }

  @FieldResolver(() => [Position], { description: 'People the sources name in a position here.' })
  async people(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Position[]> {
    const edges = await edgesOf(ctx, o.graphId, 'HOLDS_POSITION', 'IN');
    return edges.map((e) => Object.assign(new Position(), { person: materialize(e.other) as Person, at: o, title: str(e.rel.title), titleEn: str(e.rel.titleEn), rel: e.rel }));
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Entity], { description: 'Where it was held.' })
  places(@Root() e: Event, @Ctx() ctx: Context): Promise<Entity[]> {
    return related<Entity>(ctx, e.graphId, 'HELD_IN', 'OUT');
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, and in what role.' })
  async participants(@Root() e: Event, @Ctx() ctx: Context): Promise<Participation[]> {
    const edges = await edgesOf(ctx, e.graphId, 'PARTICIPATED_IN', 'IN');
    return edges.map((x) => Object.assign(new Participation(), { participant: materialize(x.other) as Entity, event: e, role: str(x.rel.role), rel: x.rel }));
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report the event.' })
  sources(@Root() e: Event, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(e.graphId, ctx);
  }
}
