import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { Event, Organisation, Person } from '../actor/actor.type.js';
import { Agency } from '../agency/agency.type.js';
import { City } from '../city/city.type.js';
import { SourceRef } from '../graph/common.types.js';
import { Entity, Source } from '../graph/node.interfaces.js';
import { pageRequest } from '../graph/pagination.js';
import { sourcesOfRelationship } from '../graph/provenance.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';
import { Fact, Relationship } from './fact.type.js';
import { SourcesArgs } from './source.args.js';
import { SourceConnection } from './source.connection.js';
import { factsOf, mentionsOf, sourcePage, sourcesMentioning, sourceText } from './source.repository.js';
import { Article, ReferenceList } from './source.type.js';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => [SourceRef])
  sources(@Root() r: Relationship, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(r.rel, ctx);
  }
}

function sourceFieldsResolver(of: ClassType<Source>) {
  @Resolver(() => of)
  class SourceFieldsResolver {
    @FieldResolver(() => [Entity], { description: 'Entities the body names (not the page boilerplate).' })
    mentions(@Root() s: Source, @Ctx() ctx: Context): Promise<Entity[]> {
      return mentionsOf(ctx, s);
    }

    @FieldResolver(() => [Fact], { description: 'Every fact this source states, each with its evidence.' })
    facts(@Root() s: Source, @Ctx() ctx: Context): Promise<(typeof Fact)[]> {
      return factsOf(ctx, s);
    }
  }
  Object.defineProperty(SourceFieldsResolver, 'name', { value: `${of.name}FieldsResolver` });
  return SourceFieldsResolver;
}

export const sourceFieldResolvers = [Article, ReferenceList].map(sourceFieldsResolver);

/**
 * An article's texts (declared on Article), read by id only when selected: a query that shows them pays one
 * more round trip for all the articles of its level; every other query carries none of their bytes.
 */
@Resolver(() => Article)
export class ArticleTextResolver {
  @FieldResolver(() => String)
  text(@Root() a: Article, @Ctx() ctx: Context): Promise<string> {
    return sourceText(ctx, a, 'text');
  }

  @FieldResolver(() => String)
  rawText(@Root() a: Article, @Ctx() ctx: Context): Promise<string> {
    return sourceText(ctx, a, 'rawText');
  }
}

/** `mentionedIn` on every entity type (type-graphql resolver inheritance: one class per object type). */
function mentionedInResolver(of: ClassType<Entity>) {
  @Resolver(() => of)
  class MentionedInResolver {
    @FieldResolver(() => [Source], { description: 'Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)).' })
    mentionedIn(@Root() e: Entity, @Ctx() ctx: Context): Promise<Source[]> {
      return sourcesMentioning(ctx, e);
    }
  }
  Object.defineProperty(MentionedInResolver, 'name', { value: `${of.name}MentionedInResolver` });
  return MentionedInResolver;
}

export const mentionedInResolvers = [Province, City, Agency, Programme, Organisation, Person, Event].map(mentionedInResolver);

@Resolver()
export class SourceQueryResolver {
  @Query(() => SourceConnection, { description: 'The sources: articles (by date), then reference lists.' })
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context) {
    return sourcePage(ctx, args.kind ?? null, pageRequest(args));
  }
}
