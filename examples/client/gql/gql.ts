/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CityDesignations($id: ID!) {\n  city(id: $id) {\n    id\n    name\n    nameEn\n    province {\n      name\n    }\n    designations {\n      year\n      batch\n      term\n      programme {\n        name\n        nameEn\n      }\n      sources {\n        evidence\n        confidence\n        source {\n          __typename\n          title\n          url\n          ... on Article {\n            publishedAt\n            language\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CityDesignationsDocument,
    "query PathBetween($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  paths(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      id\n      label\n      name\n    }\n    edges {\n      type\n      source\n      target\n      sources {\n        evidence\n        source {\n          title\n        }\n      }\n    }\n  }\n}": typeof types.PathBetweenDocument,
    "query ProvinceCitiesByProgramme($province: ID!, $programme: ID, $year: Int, $first: Int = 20, $after: String) {\n  node(id: $province) {\n    ... on Province {\n      name\n      cities(programme: $programme, year: $year, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            adcode\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ProvinceCitiesByProgrammeDocument,
    "query SearchEntities($text: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    node {\n      id\n      label\n      name\n      nameEn\n    }\n  }\n}": typeof types.SearchEntitiesDocument,
    "query Timeline($id: ID!) {\n  timeline(id: $id) {\n    kind\n    year\n    date\n    title\n    sources {\n      evidence\n      source {\n        title\n      }\n    }\n  }\n}": typeof types.TimelineDocument,
};
const documents: Documents = {
    "query CityDesignations($id: ID!) {\n  city(id: $id) {\n    id\n    name\n    nameEn\n    province {\n      name\n    }\n    designations {\n      year\n      batch\n      term\n      programme {\n        name\n        nameEn\n      }\n      sources {\n        evidence\n        confidence\n        source {\n          __typename\n          title\n          url\n          ... on Article {\n            publishedAt\n            language\n          }\n        }\n      }\n    }\n  }\n}": types.CityDesignationsDocument,
    "query PathBetween($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  paths(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      id\n      label\n      name\n    }\n    edges {\n      type\n      source\n      target\n      sources {\n        evidence\n        source {\n          title\n        }\n      }\n    }\n  }\n}": types.PathBetweenDocument,
    "query ProvinceCitiesByProgramme($province: ID!, $programme: ID, $year: Int, $first: Int = 20, $after: String) {\n  node(id: $province) {\n    ... on Province {\n      name\n      cities(programme: $programme, year: $year, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            adcode\n          }\n        }\n      }\n    }\n  }\n}": types.ProvinceCitiesByProgrammeDocument,
    "query SearchEntities($text: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    node {\n      id\n      label\n      name\n      nameEn\n    }\n  }\n}": types.SearchEntitiesDocument,
    "query Timeline($id: ID!) {\n  timeline(id: $id) {\n    kind\n    year\n    date\n    title\n    sources {\n      evidence\n      source {\n        title\n      }\n    }\n  }\n}": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CityDesignations($id: ID!) {\n  city(id: $id) {\n    id\n    name\n    nameEn\n    province {\n      name\n    }\n    designations {\n      year\n      batch\n      term\n      programme {\n        name\n        nameEn\n      }\n      sources {\n        evidence\n        confidence\n        source {\n          __typename\n          title\n          url\n          ... on Article {\n            publishedAt\n            language\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CityDesignations($id: ID!) {\n  city(id: $id) {\n    id\n    name\n    nameEn\n    province {\n      name\n    }\n    designations {\n      year\n      batch\n      term\n      programme {\n        name\n        nameEn\n      }\n      sources {\n        evidence\n        confidence\n        source {\n          __typename\n          title\n          url\n          ... on Article {\n            publishedAt\n            language\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathBetween($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  paths(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      id\n      label\n      name\n    }\n    edges {\n      type\n      source\n      target\n      sources {\n        evidence\n        source {\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PathBetween($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  paths(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      id\n      label\n      name\n    }\n    edges {\n      type\n      source\n      target\n      sources {\n        evidence\n        source {\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvinceCitiesByProgramme($province: ID!, $programme: ID, $year: Int, $first: Int = 20, $after: String) {\n  node(id: $province) {\n    ... on Province {\n      name\n      cities(programme: $programme, year: $year, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            adcode\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ProvinceCitiesByProgramme($province: ID!, $programme: ID, $year: Int, $first: Int = 20, $after: String) {\n  node(id: $province) {\n    ... on Province {\n      name\n      cities(programme: $programme, year: $year, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            adcode\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEntities($text: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    node {\n      id\n      label\n      name\n      nameEn\n    }\n  }\n}"): (typeof documents)["query SearchEntities($text: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    score\n    node {\n      id\n      label\n      name\n      nameEn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Timeline($id: ID!) {\n  timeline(id: $id) {\n    kind\n    year\n    date\n    title\n    sources {\n      evidence\n      source {\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query Timeline($id: ID!) {\n  timeline(id: $id) {\n    kind\n    year\n    date\n    title\n    sources {\n      evidence\n      source {\n        title\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;