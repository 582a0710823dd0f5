import { Field, Int, ObjectType } from 'type-graphql';
import type { City } from '../city/city.type.js';
import type { Programme } from '../programme/programme.type.js';
import type { Plain } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, description: 'A city designated in a programme: (City)-[:DESIGNATED_IN]->(Programme), with its sources.' })
export class Designation {
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Round as the notice counts it.' })
  batch!: string | null;

  @Field(() => String, { nullable: true, description: 'pilot or demonstration, where a round has several.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Validity, YYYY-MM/YYYY-MM, where known.' })
  term!: string | null;

  @Field(() => String, { nullable: true, description: 'For roster facts: high, medium or low.' })
  confidence!: string | null;

  /** Filled by the designation resolver. */
  city!: City;
  programme!: Programme;
  rel!: Record<string, Plain>;
}
