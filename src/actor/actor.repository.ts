/** People, organisations and events: positions, participations, places, and their sources. */
import type { Context } from '../context.js';
import { materialize } from '../graph/materialize.js';
import type { Entity } from '../graph/node.interfaces.js';
import { edgesOf, related } from '../graph/related.js';
import { str } from '../graph/values.js';
import { Event, Participation, Position, type Person } from './actor.type.js';

/** Positions a person holds. */
export async function positionsOfPerson(ctx: Context, person: Person): Promise<Position[]> {
  const edges = await edgesOf(ctx, person.graphId, 'HOLDS_POSITION', 'OUT');
  return edges.map((e) => Object.assign(new Position(), { person, at: materialize(e.other) as Entity, title: str(e.rel.title), titleEn: str(e.rel.titleEn), rel: e.rel }));
}

export async function positionsAt(ctx: Context, at: Entity): Promise<Position[]> {
  const edges = await edgesOf(ctx, at.graphId, 'HOLDS_POSITION', 'IN');
  return edges.map((e) => Object.assign(new Position(), { person: materialize(e.other) as Person, at, title: str(e.rel.title), titleEn: str(e.rel.titleEn), rel: e.rel }));
}

export async function participationsOf(ctx: Context, participant: Entity): Promise<Participation[]> {
  const edges = await edgesOf(ctx, participant.graphId, 'PARTICIPATED_IN', 'OUT');
  return edges.map((e) => Object.assign(new Participation(), { participant, event: materialize(e.other) as Event, role: str(e.rel.role), rel: e.rel }));
}

export async function participantsOf(ctx: Context, event: Event): Promise<Participation[]> {
  const edges = await edgesOf(ctx, event.graphId, 'PARTICIPATED_IN', 'IN');
  return edges.map((x) => Object.assign(new Participation(), { participant: materialize(x.other) as Entity, event, role: str(x.rel.role), rel: x.rel }));
}

export function placesOf(ctx: Context, event: Event): Promise<Entity[]> {
  return related<Entity>(ctx, event.graphId, 'HELD_IN', 'OUT');
}

export function eventsIn(ctx: Context, place: Entity): Promise<Event[]> {
  return related<Event>(ctx, place.graphId, 'HELD_IN', 'IN', ['Event']);
}
