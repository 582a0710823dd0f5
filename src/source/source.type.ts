import { Field, ObjectType } from 'type-graphql';
import { Node, Source } from '../graph/node.interfaces.js';
import { nodeBase, registerNodeType } from '../graph/materialize.js';
import { str } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Source], description: 'A news article (a seed document).' })
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

@ObjectType({ simpleResolvers: true, implements: [Node, Source], description: 'A published list (an official notice, a roster).' })
export class ReferenceList extends Source {}

registerNodeType('Article', (p, row) =>
  Object.assign(new Article(), nodeBase(row), {
    title: str(p.title) ?? row.graphId,
    url: str(p.url),
    publisher: str(p.publisher),
    publishedAt: str(p.publishedAt),
    language: str(p.language) ?? 'und',
    text: str(p.text) ?? '',
    rawText: str(p.rawText) ?? '',
  }),
);
registerNodeType('ReferenceList', (p, row) => Object.assign(new ReferenceList(), nodeBase(row), { title: str(p.title) ?? row.graphId, url: str(p.url) }));
