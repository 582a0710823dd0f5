import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../graph/pagination.js';

@ArgsType()
export class AssessmentFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'On or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'On or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'acceptance, annual evaluation, performance assessment, ...' })
  kind?: string | null;
}

@ArgsType()
export class AssessmentsArgs extends AssessmentFilterArgs {
  @Field(() => ID, { nullable: true })
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assessed by this agency.' })
  agency?: string | null;

  @Field(() => ID, { nullable: true })
  programme?: string | null;
}
