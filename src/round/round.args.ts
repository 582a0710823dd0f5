import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class RoundsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this programme.' })
  programme?: string | null;

  @Field(() => String, { nullable: true, description: 'The round as the notice counts it, e.g. "2023".' })
  round?: string | null;

  @Field(() => Int, { nullable: true, description: 'Announced in this year (the 2023 strong-city round: 2024).' })
  announcedYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Designations in force from this year.' })
  yearInForce?: number | null;
}
