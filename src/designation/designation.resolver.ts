import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { City } from '../city/city.type.js';
import { Programme } from '../programme/programme.type.js';
import { SourceRef } from '../graph/common.types.js';
import { Connection, PageArgs, pageRequest } from '../graph/pagination.js';
import { sourcesOfRelationship } from '../source/provenance.js';
import { Designation } from './designation.type.js';
import { designationPage } from './designation.service.js';
import { optionalGraphId, validYearRange } from '../graph/args.js';

export const DesignationConnection = Connection('Designation', () => Designation);

@ArgsType()
export class DesignationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this programme.' })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cities in this province.' })
  province?: string | null;

  @Field(() => Int, { nullable: true, description: 'Designated in or after this year.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Designated in or before this year.' })
  yearTo?: number | null;
}

@Resolver(() => Designation)
export class DesignationResolver {
  @FieldResolver(() => City)
  city(@Root() d: Designation): City {
    return d.city;
  }

  @FieldResolver(() => Programme)
  programme(@Root() d: Designation): Programme {
    return d.programme;
  }

  @FieldResolver(() => [SourceRef], { description: 'Every source that states this designation, with its sentence.' })
  sources(@Root() d: Designation, @Ctx() ctx: Context): Promise<SourceRef[]> {
    return sourcesOfRelationship(d.rel, ctx);
  }

  @Query(() => DesignationConnection, { description: 'Designations across the graph, by programme, province and year range.' })
  designations(@Args(() => DesignationsArgs) args: DesignationsArgs, @Ctx() ctx: Context) {
    validYearRange(args.yearFrom, args.yearTo);
    return designationPage(
      { programme: optionalGraphId(args.programme, 'Programme', 'programme'), province: optionalGraphId(args.province, 'Province', 'province'), yearFrom: args.yearFrom, yearTo: args.yearTo },
      pageRequest(args),
      ctx,
    );
  }
}
