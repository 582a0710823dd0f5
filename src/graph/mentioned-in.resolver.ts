/**
 * Fields every entity type has (sources that mention it). type-graphql's resolver inheritance: one
 * base class, a concrete resolver per object type.
 */
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { City } from '../city/city.type.js';
import { Event, Organisation, Person } from '../actor/actor.type.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';
import { Source, type Entity } from './node.interfaces.js';
import { related } from './related.js';

function mentionedInResolver(of: ClassType<Entity>) {
  @Resolver(() => of)
  class MentionedInResolver {
    @FieldResolver(() => [Source], { description: 'Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)).' })
    mentionedIn(@Root() e: Entity, @Ctx() ctx: Context): Promise<Source[]> {
      return related<Source>(ctx, e.graphId, 'MENTIONS', 'IN', ['Article', 'ReferenceList']);
    }
  }
  Object.defineProperty(MentionedInResolver, 'name', { value: `${of.name}MentionedInResolver` });
  return MentionedInResolver;
}

export const mentionedInResolvers = [Province, City, Agency, Programme, Organisation, Person, Event].map(mentionedInResolver);
