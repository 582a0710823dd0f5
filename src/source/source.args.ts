import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from '../graph/pagination.js';

export enum SourceKind {
  ARTICLE = 'Article',
  REFERENCE_LIST = 'ReferenceList',
}
registerEnumType(SourceKind, { name: 'SourceKind' });

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => SourceKind, { nullable: true })
  kind?: SourceKind | null;
}
