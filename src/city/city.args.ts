import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../graph/pagination.js';

@ArgsType()
export class CitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cities in this province.' })
  province?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cities designated in this programme.' })
  programme?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cities designated in this year.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'prefecture, municipality, district, county, county-level-city, autonomous-prefecture.' })
  level?: string | null;
}

@ArgsType()
export class ProvinceCitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cities designated in this programme.' })
  programme?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cities designated in this year (with `programme`: in that programme that year).' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this level: prefecture, district, county-level-city, ...' })
  level?: string | null;
}
