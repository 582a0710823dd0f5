import { Field, Int, ObjectType } from 'type-graphql';
import { City } from '../city/city.type.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';

@ObjectType({ simpleResolvers: true, description: 'How many cities of a province a programme designated in one year.' })
export class ProvinceMemberCount {
  @Field(() => Province)
  province!: Province;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [City])
  cities!: City[];
}

@ObjectType({ simpleResolvers: true, description: 'A city designated in several programmes.' })
export class MultiProgrammeCity {
  @Field(() => City)
  city!: City;

  @Field(() => Int, { description: 'Distinct programmes the city is designated in.' })
  programmeCount!: number;

  @Field(() => Int, { nullable: true, description: 'The year it first held `min` of them (designations count from their year on).' })
  since!: number | null;

  @Field(() => [Programme])
  programmes!: Programme[];
}
