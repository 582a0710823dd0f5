/** Provenance and graph-shaped results shared by every domain. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Source } from './node.interfaces.js';
import { Extraction } from './extraction.type.js';
import { RelationshipType, type RelType } from './labels.js';

@ObjectType({ simpleResolvers: true, description: 'Who says so: a source and the exact sentence in it that states the fact.' })
export class SourceRef {
  @Field(() => Source)
  source!: Source;

  @Field(() => String, { description: 'The quote, in the language of the source (for a roster: the row as published).' })
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'For facts from a reference list: high, medium or low.' })
  confidence!: string | null;

  @Field(() => Extraction, { description: 'Curated by hand, or extracted and reviewed.' })
  extraction!: Extraction;
}

@ObjectType({ simpleResolvers: true, description: 'Relay page info.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A node as a graph view draws it.' })
export class GraphNode {
  @Field(() => ID, { description: 'Global id: pass it to node(), neighbourhood(), paths().' })
  id!: string;

  @Field(() => String)
  graphId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [String])
  labels!: string[];

  @Field(() => String, { description: 'Display name: name, title or id.' })
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A typed, sourced relationship between two GraphNodes.' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipType)
  type!: RelType;

  @Field(() => ID, { description: 'Id of the GraphNode it starts from.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the GraphNode it points to.' })
  target!: string;

  @Field(() => String, { nullable: true, description: 'The relationship properties as JSON text (year, batch, role, ...).' })
  properties!: string | null;

  /** Resolved by a field resolver from sourceIds/evidence (or REPORTS for fact nodes). */
  sourceIds!: string[];
  evidence!: string[];
  confidence!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and edges around an entity, as a graph view draws them.' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when `limit` cut the result short.' })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A path between two entities, every edge typed and sourced.' })
export class GraphPath {
  @Field(() => Int)
  length!: number;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
