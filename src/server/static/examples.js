// The playground's example operations (one tab each). A variable written `{ $search: 'text', kind }`
// is replaced, before the playground opens, by the id of the first search hit for that text (of that
// EntityKind), so every tab runs as it is. test/integration/server-pages.test.ts validates each query
// against the schema and runs it on the seeded graph.

export const EXAMPLES = [
  {
    title: 'Search in Chinese',
    query: `# Search finds an entity by any name form: Simplified or Traditional Chinese, pinyin, English.
# Try 黃石, Huangshi or "Huangshi City" too.
query SearchChinese($text: String!) {
  search(text: $text, first: 5) {
    score
    node { __typename id graphId label name nameEn aliases }
  }
}`,
    variables: { text: '黄石' },
  },
  {
    title: 'Search in English',
    query: `# Only programmes and agencies: \`kinds\` narrows the search.
query SearchEnglish($text: String!) {
  search(text: $text, kinds: [PROGRAMME, AGENCY], first: 5) {
    score
    node { __typename id label name nameEn }
  }
}`,
    variables: { text: 'intellectual property demonstration city' },
  },
  {
    title: "A city's designations with sources",
    query: `# A place by name (湖州, 湖州市, Huzhou, "Huzhou, Zhejiang" all work): every designation, its round
# and how much of that round's list the graph knows, and who says so, to the sentence.
query CityDesignations($name: String!) {
  place(name: $name) {
    ... on City {
      name
      nameEn
      province { name }
      designations {
        programme { name nameEn }
        year
        batch
        confidence
        round { round announcedYear notice coverage { known official complete } }
        sources {
          evidence
          confidence
          source { __typename title url }
        }
      }
    }
  }
}`,
    variables: { name: '湖州' },
  },
  {
    title: "A province's cities by programme",
    query: `# Cities of a province designated in one programme (keyset-paginated: pass pageInfo.endCursor as \`after\`).
query ProvinceCitiesByProgramme($province: ID!, $programme: ID!) {
  province(id: $province) {
    name
    nameEn
    cities(programme: $programme, first: 50) {
      totalCount
      edges {
        node {
          name
          nameEn
          level
          designations(programme: $programme) { year batch role }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: { province: { $search: '湖北', kind: 'PROVINCE' }, programme: { $search: '国家知识产权强市建设试点城市', kind: 'PROGRAMME' } },
  },
  {
    title: 'A path between two entities',
    query: `# How is a city connected to the national office? Shortest paths, every edge typed and sourced.
query PathBetween($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    nodes { id label name }
    edges {
      type
      source
      target
      sources { evidence source { title } }
    }
  }
}`,
    variables: { from: { $search: '遂宁', kind: 'CITY' }, to: { $search: '国家知识产权局', kind: 'AGENCY' } },
  },
  {
    title: 'A timeline',
    query: `# Dated designations, assessments and events of an entity, oldest first.
query Timeline($id: ID!) {
  timeline(id: $id) {
    date
    year
    kind
    title
    subject { ... on Entity { name } }
    object { ... on Entity { name } }
    sources { evidence source { title url } }
  }
}`,
    variables: { id: { $search: '湖州', kind: 'CITY' } },
  },
  {
    title: 'A neighbourhood, filtered by relationship type',
    query: `# What an entity is directly connected to, only by the relationship types asked for.
# (The graph view at /explore draws this.)
query NeighbourhoodByType($id: ID!, $types: [RelationshipType!]) {
  neighbourhood(id: $id, depth: 1, limit: 50, relationshipTypes: $types) {
    truncated
    nodes { id label name }
    edges { type source target sources { evidence source { title } } }
  }
}`,
    variables: { id: { $search: '国家知识产权局', kind: 'AGENCY' }, types: ['ASSESSED_BY', 'ADMINISTERED_BY'] },
  },
];
