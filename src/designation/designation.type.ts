import { Field, Int, ObjectType } from 'type-graphql';
import type { City } from '../city/city.type.js';
import type { Programme } from '../programme/programme.type.js';
import { declareFieldProperties } from '../graph/projection.js';
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

// What each field reads of the stored DESIGNATED_IN relationship (src/graph/projection.ts: the same
// mechanism as for nodes, the rows carrying `d`'s projection). `city` and `programme` are the ends, read by
// id; `sources` reads the provenance lists (src/graph/provenance.ts, extractionAt) and `confidence` (a
// roster's grade on its SourceRef); the round's fields are resolved in src/round/round.resolver.ts.
declareFieldProperties('Designation', {
  year: ['year'],
  batch: ['batch'],
  role: ['role'],
  term: ['term'],
  confidence: ['confidence'],
  city: [],
  programme: [],
  sources: ['sourceIds', 'evidence', 'confidence', 'extractionMethods', 'extractionConfidence', 'extractionReviewed'],
  round: ['round'],
  statedConfidence: ['statedConfidence'],
  independentSources: ['independentSources'],
  confidenceBasis: ['confidenceBasis'],
});
