// The playground's example operations (one tab each). A variable written `{ $search: 'text' }` is
// replaced, before the playground opens, by the id of the first search hit for that text.
// test/integration/server-pages.test.ts validates every query against the schema.

export const EXAMPLES = [
  {
    title: 'Search in Chinese',
    query: `# Search finds entities by Chinese name, English name, pinyin or alias.
query SearchChinese($text: String!) {
  search(text: $text, first: 5) {
    score
    node { __typename id graphId label name nameEn aliases }
  }
}`,
    variables: { text: '武汉' },
  },
  {
    title: 'Search in English',
    query: `query SearchEnglish($text: String!) {
  search(text: $text, first: 5) {
    score
    node { __typename id label name nameEn }
  }
}`,
    variables: { text: 'intellectual property demonstration city' },
  },
];
