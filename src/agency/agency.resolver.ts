import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { Entity } from '../graph/node.interfaces.js';
import { Province } from '../province/province.type.js';
import { agenciesOver, allAgencies, jurisdictionOf } from './agency.repository.js';
import { Agency } from './agency.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'Every agency: national, then provincial, then municipal.' })
  agencies(@Ctx() ctx: Context): Promise<Agency[]> {
    return allAgencies(ctx);
  }

  @FieldResolver(() => [Entity], { description: 'Provinces or cities under its jurisdiction.' })
  jurisdiction(@Root() a: Agency, @Ctx() ctx: Context): Promise<Entity[]> {
    return jurisdictionOf(ctx, a);
  }
}

@Resolver(() => Province)
export class ProvinceAgenciesResolver {
  @FieldResolver(() => [Agency], { description: 'Provincial agencies with jurisdiction over it.' })
  agencies(@Root() p: Province, @Ctx() ctx: Context): Promise<Agency[]> {
    return agenciesOver(ctx, p);
  }
}

@Resolver(() => City)
export class CityAgenciesResolver {
  @FieldResolver(() => [Agency], { description: 'Municipal agencies with jurisdiction over the city.' })
  agencies(@Root() c: City, @Ctx() ctx: Context): Promise<Agency[]> {
    return agenciesOver(ctx, c);
  }
}
