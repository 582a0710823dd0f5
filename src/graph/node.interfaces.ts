/** The interfaces every node type implements: `Node` (Relay), `Entity` (named things), `Source`. */
import { Field, ID, InterfaceType } from 'type-graphql';
import { declareFieldProperties } from './projection.js';

@InterfaceType({ description: 'An object with a globally unique id (Relay). Fetch any node again with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  @Field(() => String, { description: 'The id property in Neo4j (e.g. `city:420200`), for use in Cypher.' })
  graphId!: string;

  @Field(() => String, { description: 'The node label in the graph (City, Province, Article, ...).' })
  label!: string;
}

@InterfaceType({ implements: [Node], description: 'A named entity: found by `search` under any of its names.' })
export abstract class Entity extends Node {
  @Field(() => String, { description: 'Canonical name in Simplified Chinese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Other names: Traditional forms, pinyin, English variants, short and former names.' })
  aliases!: string[];
}

@InterfaceType({ implements: [Node], description: 'A document facts come from: a news article or a published list.' })
export abstract class Source extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

// The stored properties each interface field reads (src/graph/projection.ts): `id`, `graphId` and `label`
// come from the row's id and labels; an entity's `name` falls back to `nameEn` (entityBase).
declareFieldProperties('Node', { id: [], graphId: [], label: [] });
declareFieldProperties('Entity', { id: [], graphId: [], label: [], name: ['name', 'nameEn'], nameEn: ['nameEn'], aliases: ['aliases'] });
// A source's `title` falls back to its id (the makers in src/source/source.type.ts).
declareFieldProperties('Source', { id: [], graphId: [], label: [], title: ['title'], url: ['url'] });
