/** Every resolver class of the API, in one list (the composition root for the schema). */
import type { NonEmptyArray } from 'type-graphql';
import { AgencyPeopleResolver, CityEventsResolver, EventResolver, OrganisationResolver, ParticipationResolver, PersonResolver, PositionResolver } from '../actor/actor.resolver.js';
import { AgencyResolver, CityAgenciesResolver, ProvinceAgenciesResolver } from '../agency/agency.resolver.js';
import { AggregateResolver } from '../aggregate/aggregate.resolver.js';
import { AgencyAssessmentsResolver, AgencyRoleResolver, AssessmentResolver, CityAssessmentsResolver, ProgrammeAssessmentsResolver } from '../assessment/assessment.resolver.js';
import { CityResolver, ProvinceCitiesResolver } from '../city/city.resolver.js';
import { CityDesignationsResolver, DesignationResolver, ProgrammeMembersResolver } from '../designation/designation.resolver.js';
import { CityObservationsResolver, ObservationResolver } from '../observation/observation.resolver.js';
import { AgencyProgrammesResolver, ProgrammeResolver } from '../programme/programme.resolver.js';
import { ProvinceResolver } from '../province/province.resolver.js';
import { NameLookupResolver } from '../search/name-lookup.resolver.js';
import { DesignationRoundResolver, ProgrammeRoundsResolver, RoundResolver } from '../round/round.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { ArticleTextResolver, RelationshipResolver, SourceQueryResolver, mentionedInResolvers, sourceFieldResolvers } from '../source/source.resolver.js';
import { CypherDoorResolver } from '../research/cypher-door.resolver.js';
import { SystemResolver } from '../system/system.resolver.js';
import { GraphEdgeResolver, TimelineEntryResolver, TraversalResolver } from '../traversal/traversal.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  SystemResolver,
  SearchResolver,
  NameLookupResolver,
  TraversalResolver,
  GraphEdgeResolver,
  TimelineEntryResolver,
  ProvinceResolver,
  ProvinceAgenciesResolver,
  CityResolver,
  ProvinceCitiesResolver,
  CityAgenciesResolver,
  CityEventsResolver,
  CityDesignationsResolver,
  CityAssessmentsResolver,
  CityObservationsResolver,
  DesignationResolver,
  ProgrammeResolver,
  ProgrammeMembersResolver,
  ProgrammeAssessmentsResolver,
  AgencyResolver,
  AgencyProgrammesResolver,
  AgencyAssessmentsResolver,
  AgencyPeopleResolver,
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
  ArticleTextResolver,
  ...mentionedInResolvers,
  AggregateResolver,
  CypherDoorResolver,
  RoundResolver,
  ProgrammeRoundsResolver,
  DesignationRoundResolver,
];
