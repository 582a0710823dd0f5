import { Field, ObjectType } from 'type-graphql';
import { Node, Source } from '../graph/node.interfaces.js';
import { nodeBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { str } from '../graph/values.js';

/**
 * An article's large properties: its whole text twice (`text`, `rawText`: kilobytes each) and what the
 * cleaning put aside (`boilerplate`, `pageMeta`). Every query under cypher/api leaves these out of the
 * node rows it returns, by name (`n {.*, searchText: null, text: null, rawText: null, boilerplate: null,
 * pageMeta: null}`; test/unit/api/source-text-keys.test.ts checks the queries that return source nodes), so a source reached for its id, title or
 * evidence costs no text on the wire. The fields that show one read it through the `sourceTexts` loader
 * (cypher/api/source/texts.cypher) only when selected.
 */
export const SOURCE_TEXT_KEYS = ['text', 'rawText', 'boilerplate', 'pageMeta'] as const;

/** The text properties a field shows (`Article.text`, `Article.rawText`): what the `sourceTexts` loader may read. */
export const SOURCE_TEXT_FIELDS = ['text', 'rawText'] as const satisfies readonly (typeof SOURCE_TEXT_KEYS)[number][];
export type SourceTextField = (typeof SOURCE_TEXT_FIELDS)[number];

@ObjectType({ simpleResolvers: true, implements: [Node, Source], description: 'A news article (a seed document).' })
export class Article extends Source {
  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  publishedAt!: string | null;

  @Field(() => String, { description: 'en, zh-Hans or zh-Hant.' })
  language!: string;

  // Declared here (their place and description in the schema) and resolved by ArticleTextResolver
  // (source.resolver.ts): no node row carries them (SOURCE_TEXT_KEYS), so an Article object never holds them.
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
  }),
);
registerNodeType('ReferenceList', (p, row) => Object.assign(new ReferenceList(), nodeBase(row), { title: str(p.title) ?? row.graphId, url: str(p.url) }));

// What each field reads of the stored node (src/graph/projection.ts), besides Source's. The texts are read
// by id when selected (SOURCE_TEXT_KEYS), never from a node row.
declareFieldProperties('Article', { publisher: ['publisher'], publishedAt: ['publishedAt'], language: ['language'], ...resolvedById(['facts', 'mentions', 'text', 'rawText']) });
declareFieldProperties('ReferenceList', resolvedById(['facts', 'mentions']));
