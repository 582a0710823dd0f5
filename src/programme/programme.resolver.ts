import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../agency/agency.type.js';
import { administratorsOf, allProgrammes, programmesRunBy } from './programme.repository.js';
import { Programme } from './programme.type.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Every national programme.' })
  programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    return allProgrammes(ctx);
  }

  @FieldResolver(() => [Agency], { description: 'The agencies that run the programme (CNIPA).' })
  administeredBy(@Root() p: Programme, @Ctx() ctx: Context): Promise<Agency[]> {
    return administratorsOf(ctx, p);
  }
}

@Resolver(() => Agency)
export class AgencyProgrammesResolver {
  @FieldResolver(() => [Programme], { description: 'Programmes the agency runs.' })
  programmes(@Root() a: Agency, @Ctx() ctx: Context): Promise<Programme[]> {
    return programmesRunBy(ctx, a);
  }
}
