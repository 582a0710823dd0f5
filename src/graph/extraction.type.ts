/** How a source entry came to be: curated by hand, or proposed by the extractor and reviewed. */
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { num, str, strList, type Plain } from './values.js';

export enum ExtractionMethod {
  CURATED = 'curated',
  EXTRACTED = 'extracted',
}
registerEnumType(ExtractionMethod, {
  name: 'ExtractionMethod',
  description: 'curated: a person wrote the fact down; extracted: npm run extract proposed it and a person accepted it.',
});

@ObjectType({ simpleResolvers: true, description: 'How a fact got into the graph from this source.' })
export class Extraction {
  @Field(() => ExtractionMethod)
  method!: ExtractionMethod;

  @Field(() => Float, { description: "The extractor's confidence (0–1); 1 for a curated fact." })
  confidence!: number;

  @Field(() => Boolean, { description: 'True when a person reviewed it (every loaded fact is: drafts are not loaded).' })
  reviewed!: boolean;
}

/** The extraction of source entry `i` of a relationship (arrays aligned with sourceIds); curated when absent. */
export function extractionAt(rel: Record<string, Plain>, i: number): Extraction {
  const methods = strList(rel.extractionMethods);
  const conf = Array.isArray(rel.extractionConfidence) ? rel.extractionConfidence : [];
  const reviewed = Array.isArray(rel.extractionReviewed) ? rel.extractionReviewed : [];
  return {
    method: methods[i] === 'extracted' ? ExtractionMethod.EXTRACTED : ExtractionMethod.CURATED,
    confidence: typeof conf[i] === 'number' ? (conf[i] as number) : 1,
    reviewed: typeof reviewed[i] === 'boolean' ? (reviewed[i] as boolean) : true,
  };
}

/** The extraction recorded on a REPORTS relationship. */
export function extractionOfReport(rel: Record<string, Plain>): Extraction {
  return {
    method: str(rel.extractionMethod) === 'extracted' ? ExtractionMethod.EXTRACTED : ExtractionMethod.CURATED,
    confidence: num(rel.extractionConfidence) ?? 1,
    reviewed: typeof rel.extractionReviewed === 'boolean' ? rel.extractionReviewed : true,
  };
}
