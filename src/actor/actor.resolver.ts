import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { City } from '../city/city.type.js';
import { SourceRef } from '../graph/common.types.js';
import { Entity } from '../graph/node.interfaces.js';
import { sourcesOfFactNode, sourcesOfRelationship } from '../graph/provenance.js';
import { eventsIn, participantsOf, participationsOf, placesOf, positionsAt, positionsOfPerson } from './actor.repository.js';
import { Event, Organisation, Participation, Person, Position } from './actor.type.js';

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
  positions(@Root() p: Person, @Ctx() ctx: Context): Promise<Position[]> {
    return positionsOfPerson(ctx, p);
  }

  @FieldResolver(() => [Participation], { description: 'Events the person took part in.' })
  participations(@Root() p: Person, @Ctx() ctx: Context): Promise<Participation[]> {
    return participationsOf(ctx, p);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Participation], { description: 'Events the organisation took part in.' })
  participations(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Participation[]> {
    return participationsOf(ctx, o);
  }

  @FieldResolver(() => [Position], { description: 'People the sources name in a position here.' })
  people(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Position[]> {
    return positionsAt(ctx, o);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Entity], { description: 'Where it was held.' })
  places(@Root() e: Event, @Ctx() ctx: Context): Promise<Entity[]> {
    return placesOf(ctx, e);
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, and in what role.' })
  participants(@Root() e: Event, @Ctx() ctx: Context): Promise<Participation[]> {
    return participantsOf(ctx, e);
  }

  @FieldResolver(() => [SourceRef], { description: 'Sources that report the event.' })
  sources(@Root() e: Event, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfFactNode(e.graphId, ctx);
  }
}

@Resolver(() => Agency)
export class AgencyPeopleResolver {
  @FieldResolver(() => [Position], { description: 'People the sources name in a position at this agency.' })
  people(@Root() a: Agency, @Ctx() ctx: Context): Promise<Position[]> {
    return positionsAt(ctx, a);
  }
}

@Resolver(() => City)
export class CityEventsResolver {
  @FieldResolver(() => [Event], { description: 'Events held in the city.' })
  events(@Root() c: City, @Ctx() ctx: Context): Promise<Event[]> {
    return eventsIn(ctx, c);
  }
}
