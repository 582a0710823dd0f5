import { Field, ObjectType } from 'type-graphql';
import { Node, Source } from '../graph/node.interfaces.js';

@ObjectType({ implements: [Node, Source], description: 'A news article (a seed document).' })
export class Article extends Source {
  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  publishedAt!: string | null;

  @Field(() => String, { description: 'en, zh-Hans or zh-Hant.' })
  language!: string;

  @Field(() => String, { description: 'Cleaned body text.' })
  text!: string;

  @Field(() => String, { description: 'The text as received, damage and boilerplate included.' })
  rawText!: string;
}

@ObjectType({ implements: [Node, Source], description: 'A published list (an official notice, a roster).' })
export class ReferenceList extends Source {}
