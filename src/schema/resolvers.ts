/** Every resolver class of the API, in one list (the composition root for the schema). */
import type { NonEmptyArray } from 'type-graphql';
import { EventResolver, OrganisationResolver, ParticipationResolver, PersonResolver, PositionResolver } from '../actor/actor.resolver.js';
import { AgencyResolver } from '../agency/agency.resolver.js';
import { AggregateResolver } from '../aggregate/aggregate.resolver.js';
import { AgencyRoleResolver, AssessmentResolver } from '../assessment/assessment.resolver.js';
import { CityResolver } from '../city/city.resolver.js';
import { DesignationResolver } from '../designation/designation.resolver.js';
import { mentionedInResolvers } from '../graph/mentioned-in.resolver.js';
import { ObservationResolver } from '../observation/observation.resolver.js';
import { ProgrammeResolver } from '../programme/programme.resolver.js';
import { ProvinceResolver } from '../province/province.resolver.js';
import { DesignationRoundResolver, ProgrammeRoundsResolver, RoundResolver } from '../round/round.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { RelationshipResolver, SourceQueryResolver, sourceFieldResolvers } from '../source/source.resolver.js';
import { CypherDoorResolver } from '../research/cypher-door.resolver.js';
import { SystemResolver } from '../system/system.resolver.js';
import { GraphEdgeResolver, TimelineEntryResolver, TraversalResolver } from '../traversal/traversal.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  SystemResolver,
  SearchResolver,
  TraversalResolver,
  GraphEdgeResolver,
  TimelineEntryResolver,
  ProvinceResolver,
  CityResolver,
  DesignationResolver,
  ProgrammeResolver,
  AgencyResolver,
  AssessmentResolver,
  AgencyRoleResolver,
  ObservationResolver,
  PersonResolver,
  OrganisationResolver,
  EventResolver,
  PositionResolver,
  ParticipationResolver,
  RelationshipResolver,
  SourceQueryResolver,
  ...sourceFieldResolvers,
  ...mentionedInResolvers,
  AggregateResolver,
  CypherDoorResolver,
  RoundResolver,
  ProgrammeRoundsResolver,
  DesignationRoundResolver,
];
