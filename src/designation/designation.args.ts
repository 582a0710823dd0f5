import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../graph/pagination.js';

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

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members in this province.' })
  province?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only members designated this year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;
}
