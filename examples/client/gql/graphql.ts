/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
};

/** A government agency (CNIPA, a provincial or municipal IP office, ...). */
export type Agency = Entity & Node & {
  __typename?: 'Agency';
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Assessments the agency took part in; `role` narrows to organised, entrusted, carried out, ... */
  assessments: AssessmentEventConnection;
  /** Earlier names (CNIPA was the State Intellectual Property Office until 2018). */
  formerNames: Array<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Provinces or cities under its jurisdiction. */
  jurisdiction: Array<Entity>;
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** national, provincial or municipal. */
  level?: Maybe<Scalars['String']['output']>;
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** People the sources name in a position at this agency. */
  people: Array<Position>;
  /** Programmes the agency runs. */
  programmes: Array<Programme>;
};


/** A government agency (CNIPA, a provincial or municipal IP office, ...). */
export type AgencyAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An agency and the part it played in an assessment: (AssessmentEvent)-[:ASSESSED_BY {role}]->(Agency). */
export type AgencyRole = {
  __typename?: 'AgencyRole';
  agency: Agency;
  /** organised, entrusted, carried out, ... */
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceRef>;
};

/** A news article (a seed document). */
export type Article = Node & Source & {
  __typename?: 'Article';
  /** Every fact this source states, each with its evidence. */
  facts: Array<Fact>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** en, zh-Hans or zh-Hant. */
  language: Scalars['String']['output'];
  /** Entities the body names (not the page boilerplate). */
  mentions: Array<Entity>;
  /** ISO date. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** The text as received, damage and boilerplate included. */
  rawText: Scalars['String']['output'];
  /** Cleaned body text. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** An assessment of one or more cities: acceptance, annual evaluation, performance assessment, ... */
export type AssessmentEvent = Node & {
  __typename?: 'AssessmentEvent';
  /** Who organised, entrusted or carried out the assessment. */
  assessedBy: Array<AgencyRole>;
  /** The cities assessed. */
  cities: Array<City>;
  /** ISO date (YYYY-MM-DD) where the day is known. */
  date?: Maybe<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  outOf?: Maybe<Scalars['Int']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  programme?: Maybe<Programme>;
  rank?: Maybe<Scalars['Int']['output']>;
  /** Sources that report this assessment, with their sentences. */
  sources: Array<SourceRef>;
  /** Everything assessed: cities, or provinces for province-level assessments. */
  subjects: Array<Entity>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of AssessmentEvent items (Relay). */
export type AssessmentEventConnection = {
  __typename?: 'AssessmentEventConnection';
  edges: Array<AssessmentEventEdge>;
  pageInfo: PageInfo;
  /** All items matching the filters, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type AssessmentEventEdge = {
  __typename?: 'AssessmentEventEdge';
  cursor: Scalars['String']['output'];
  node: AssessmentEvent;
};

/** A city, district or county-level unit. */
export type City = Entity & Node & {
  __typename?: 'City';
  /** GB/T 2260 code, e.g. 420200. */
  adcode?: Maybe<Scalars['String']['output']>;
  /** Municipal agencies with jurisdiction over the city. */
  agencies: Array<Agency>;
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Assessments of the city, by date range, agency and kind. */
  assessments: AssessmentEventConnection;
  /** Programmes the city is designated in, oldest first, each with its sources (at most 100). */
  designations: Array<Designation>;
  /** Events held in the city. */
  events: Array<Event>;
  /** Earlier names, e.g. 襄樊市 for 襄阳市 (renamed in 2010); place(name:) and search resolve them. */
  formerNames: Array<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** prefecture, municipality, district, county, county-level-city or autonomous-prefecture. */
  level: Scalars['String']['output'];
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Indicators reported for the city; `metric` matches a key or a key prefix (patents). */
  observations: Array<Observation>;
  /** For a district or county-level unit: its prefecture-level city. */
  parent?: Maybe<City>;
  /** The province, directly or through the prefecture. */
  province?: Maybe<Province>;
  /** Districts and county-level units the graph has under this city. */
  subdivisions: Array<City>;
};


/** A city, district or county-level unit. */
export type CityAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agency?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A city, district or county-level unit. */
export type CityDesignationsArgs = {
  programme?: InputMaybe<Scalars['ID']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, district or county-level unit. */
export type CityObservationsArgs = {
  metric?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};

/** A page of City items (Relay). */
export type CityConnection = {
  __typename?: 'CityConnection';
  edges: Array<CityEdge>;
  pageInfo: PageInfo;
  /** All items matching the filters, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type CityEdge = {
  __typename?: 'CityEdge';
  cursor: Scalars['String']['output'];
  node: City;
};

/** How much of a round the graph knows: members in the graph against the members the notice names. */
export type Coverage = {
  __typename?: 'Coverage';
  /** True only when the official size is known and every member is in the graph. */
  complete: Scalars['Boolean']['output'];
  /** Designations in this graph tied to the round. */
  known: Scalars['Int']['output'];
  /** Members the notice names; null where no source gives the size. */
  official?: Maybe<Scalars['Int']['output']>;
  /** known ÷ official (0–1); null where official is unknown. */
  ratio?: Maybe<Scalars['Float']['output']>;
};

/** The answer of the research Cypher door: column names and rows of plain JSON values. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** Column names, in the order of each row. */
  columns: Array<Scalars['String']['output']>;
  /** Milliseconds spent, planning included. */
  elapsedMs: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  /** One JSON array per row, aligned with `columns`. Integers are numbers (strings beyond 2^53), temporal values ISO strings, nodes {elementId, labels, properties}, relationships {elementId, type, startElementId, endElementId, properties}, paths {nodes, relationships}. */
  rows: Array<Scalars['JSON']['output']>;
  /** True when a row or byte cap cut the result off; the query matched more. */
  truncated: Scalars['Boolean']['output'];
  /** Which cap cut it off: maxRows or maxBytes. */
  truncatedBy?: Maybe<Scalars['String']['output']>;
};

/** A city designated in a programme: (City)-[:DESIGNATED_IN]->(Programme), with its sources. */
export type Designation = {
  __typename?: 'Designation';
  /** Round as the notice counts it. */
  batch?: Maybe<Scalars['String']['output']>;
  city: City;
  /** For roster facts: high, medium or low. */
  confidence?: Maybe<Scalars['String']['output']>;
  /** Why `confidence` is what it is, in words (see docs/graph-model.md, Confidence). */
  confidenceBasis?: Maybe<Scalars['String']['output']>;
  /** Sources that are not copies of one another (copies of one report count once). */
  independentSources?: Maybe<Scalars['Int']['output']>;
  programme: Programme;
  /** pilot or demonstration, where a round has several. */
  role?: Maybe<Scalars['String']['output']>;
  /** The round this designation belongs to. */
  round?: Maybe<Round>;
  /** Every source that states this designation, with its sentence. */
  sources: Array<SourceRef>;
  /** The roster’s own grade, before the confidence rule (which may lower it). */
  statedConfidence?: Maybe<Scalars['String']['output']>;
  /** Validity, YYYY-MM/YYYY-MM, where known. */
  term?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of Designation items (Relay). */
export type DesignationConnection = {
  __typename?: 'DesignationConnection';
  edges: Array<DesignationEdge>;
  pageInfo: PageInfo;
  /** All items matching the filters, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DesignationEdge = {
  __typename?: 'DesignationEdge';
  cursor: Scalars['String']['output'];
  node: Designation;
};

/** A named entity: found by `search` under any of its names. */
export type Entity = {
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
};

/** Kinds of named entity, for `search(kinds:)`. */
export type EntityKind =
  | 'AGENCY'
  | 'CITY'
  | 'EVENT'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PROGRAMME'
  | 'PROVINCE';

/** An event such as a launch ceremony or a conference. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** ISO date. */
  date?: Maybe<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Who took part, and in what role. */
  participants: Array<Participation>;
  /** Where it was held. */
  places: Array<Entity>;
  /** Sources that report the event. */
  sources: Array<SourceRef>;
};

/** How a fact got into the graph from this source. */
export type Extraction = {
  __typename?: 'Extraction';
  /** The extractor's confidence (0–1); 1 for a curated fact. */
  confidence: Scalars['Float']['output'];
  method: ExtractionMethod;
  /** True when a person reviewed it (every loaded fact is: drafts are not loaded). */
  reviewed: Scalars['Boolean']['output'];
};

/** curated: a person wrote the fact down; extracted: npm run extract proposed it and a person accepted it. */
export type ExtractionMethod =
  | 'CURATED'
  | 'EXTRACTED';

/** Anything a source states: a designation, an assessment, an observation, an event, or another relationship. */
export type Fact = AssessmentEvent | Designation | Event | Observation | Relationship;

/** A typed, sourced relationship between two GraphNodes. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /** The relationship properties as JSON text (year, batch, role, ...). */
  properties?: Maybe<Scalars['String']['output']>;
  /** Id of the GraphNode it starts from. */
  source: Scalars['ID']['output'];
  /** Who says so: sources and sentences (for a REPORTS edge, the report itself). */
  sources: Array<SourceRef>;
  /** Id of the GraphNode it points to. */
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/** A node as a graph view draws it. */
export type GraphNode = {
  __typename?: 'GraphNode';
  graphId: Scalars['String']['output'];
  /** Global id: pass it to node(), neighbourhood(), paths(). */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  /** Display name: name, title or id. */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
};

/** A path between two entities, every edge typed and sourced. */
export type GraphPath = {
  __typename?: 'GraphPath';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
};

/** A city designated in several programmes. */
export type MultiProgrammeCity = {
  __typename?: 'MultiProgrammeCity';
  city: City;
  /** Distinct programmes the city is designated in. */
  programmeCount: Scalars['Int']['output'];
  programmes: Array<Programme>;
  /** The year it first held `min` of them (designations count from their year on). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** An object with a globally unique id (Relay). Fetch any node again with `node(id:)`. */
export type Node = {
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
};

/** An indicator a source reports for a place: patent counts, trademarks, ratios, financing. */
export type Observation = Node & {
  __typename?: 'Observation';
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Metric key, e.g. patents.invention.valid. */
  metric: Scalars['String']['output'];
  /** Human name of the metric. */
  name?: Maybe<Scalars['String']['output']>;
  /** Period as stated, normalised (e.g. 2021, 2024-H1). */
  period?: Maybe<Scalars['String']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Sources that report the figure, with their sentences. */
  sources: Array<SourceRef>;
  /** The place the indicator is about. */
  subject?: Maybe<Entity>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** An organisation a source names: a university, a bank, a media group, a company. */
export type Organisation = Entity & Node & {
  __typename?: 'Organisation';
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Events the organisation took part in. */
  participations: Array<Participation>;
  /** People the sources name in a position here. */
  people: Array<Position>;
};

/** Relay page info. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Who took part in an event, and how: (Entity)-[:PARTICIPATED_IN {role}]->(Event). */
export type Participation = {
  __typename?: 'Participation';
  event: Event;
  participant: Entity;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceRef>;
};

/** A person a source names, with their positions. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Events the person took part in. */
  participations: Array<Participation>;
  /** Positions the sources give for this person. */
  positions: Array<Position>;
};

/** A City (prefecture, municipality, district, county-level unit) or a Province. */
export type Place = City | Province;

/** A position a person holds: (Person)-[:HOLDS_POSITION {title}]->(Agency or Organisation). */
export type Position = {
  __typename?: 'Position';
  /** The agency or organisation. */
  at: Entity;
  person: Person;
  sources: Array<SourceRef>;
  title?: Maybe<Scalars['String']['output']>;
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** A national IP programme cities are designated in. */
export type Programme = Entity & Node & {
  __typename?: 'Programme';
  /** The agencies that run the programme (CNIPA). */
  administeredBy: Array<Agency>;
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Assessments that belong to this programme. */
  assessments: AssessmentEventConnection;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** pilot, demonstration, strong-city pilot, protection zone, ... */
  kind?: Maybe<Scalars['String']['output']>;
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** `national` for every CNIPA programme. */
  level?: Maybe<Scalars['String']['output']>;
  /** Designations in this programme: which city, when, on whose word. Filter by province and year. */
  members: DesignationConnection;
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The rounds of this programme, oldest first, each with its coverage. */
  rounds: Array<Round>;
};


/** A national IP programme cities are designated in. */
export type ProgrammeAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A national IP programme cities are designated in. */
export type ProgrammeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A provincial-level division (province, autonomous region, municipality). */
export type Province = Entity & Node & {
  __typename?: 'Province';
  /** GB/T 2260 code, e.g. 420000. */
  adcode: Scalars['String']['output'];
  /** Provincial agencies with jurisdiction over it. */
  agencies: Array<Agency>;
  /** Other names: Traditional forms, pinyin, English variants, short and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Cities of the province (prefectures and their districts and county-level units). */
  cities: CityConnection;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Sources whose body names this entity ((:Source)-[:MENTIONS]->(entity)). */
  mentionedIn: Array<Source>;
  /** Canonical name in Simplified Chinese. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
};


/** A provincial-level division (province, autonomous region, municipality). */
export type ProvinceCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Province items (Relay). */
export type ProvinceConnection = {
  __typename?: 'ProvinceConnection';
  edges: Array<ProvinceEdge>;
  pageInfo: PageInfo;
  /** All items matching the filters, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProvinceEdge = {
  __typename?: 'ProvinceEdge';
  cursor: Scalars['String']['output'];
  node: Province;
};

/** How many cities of a province a programme designated in one year. */
export type ProvinceMemberCount = {
  __typename?: 'ProvinceMemberCount';
  cities: Array<City>;
  count: Scalars['Int']['output'];
  province: Province;
  year?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every agency: national, then provincial, then municipal. */
  agencies: Array<Agency>;
  /** Assessments by city, agency, programme, kind and date range. */
  assessments: AssessmentEventConnection;
  /** Cities by province, programme, designation year and level; ordered by adcode. */
  cities: CityConnection;
  /** Cities designated in at least `min` (2..7) distinct programmes, most first. */
  citiesWithSeveralProgrammes: Array<MultiProgrammeCity>;
  /** A city by id; null when there is none. */
  city?: Maybe<City>;
  /** Runs one read-only Cypher query for researchers (off by default; needs the x-api-key header). Writes, LOAD CSV, procedures outside a small allowlist, administration commands and CALL … IN TRANSACTIONS are refused; a timeout and row and byte caps apply. */
  cypher: CypherResult;
  /** Designations across the graph, by programme, province and year range. */
  designations: DesignationConnection;
  /** Nodes within `depth` (1..3) hops of an entity, nearest first (at most `limit`, 1..500), and the relationships among them. */
  neighbourhood: Subgraph;
  /** Any node by its global id; null when there is none. */
  node?: Maybe<Node>;
  /** Nodes by global ids, in the order asked (null for ids that name nothing). At most 100. */
  nodes: Array<Maybe<Node>>;
  /** Shortest paths between two nodes, at most `maxHops` (1..6) long; every edge typed and sourced. */
  paths: Array<GraphPath>;
  /** A place by name in any form: 黄石, 黃石, 湖北省黄石市, 湖北黄石, "Huangshi, Hubei", Xi’an, 北京市朝阳区, 昌吉州. `within` (a province or city name) settles a name several places share; without it such a name is a BAD_USER_INPUT listing the candidates. Null when no place in the graph has that name (the graph holds the districts and counties its facts name, not all of China’s). */
  place?: Maybe<Place>;
  /** A programme by its name or an alias, in any script or English, or by words only it contains ("强市建设试点"). Ambiguous words are a BAD_USER_INPUT listing the candidates; null when none matches. */
  programme?: Maybe<Programme>;
  /** Members of a programme per province and designation year (optionally one year). */
  programmeMembersByProvince: Array<ProvinceMemberCount>;
  /** Every national programme. */
  programmes: Array<Programme>;
  /** A province by id; null when there is none. */
  province?: Maybe<Province>;
  /** Provincial-level divisions, ordered by adcode. */
  provinces: ProvinceConnection;
  /** Rounds of the programmes, by programme, round label, announcement year or year in force. */
  rounds: Array<Round>;
  /** Finds entities by any name form: 黄石, 黃石, Huangshi and "Huangshi City" find the same city. Best first. */
  search: Array<SearchHit>;
  /** The server and the Neo4j it uses. */
  serverInfo: ServerInfo;
  /** The sources: articles (by date), then reference lists. */
  sources: SourceConnection;
  /** Dated designations, assessments and events of a city, province, agency or programme, oldest first. */
  timeline: Array<TimelineEntry>;
};


export type QueryAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agency?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCitiesWithSeveralProgrammesArgs = {
  first?: Scalars['Int']['input'];
  min?: Scalars['Int']['input'];
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCypherArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


export type QueryDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  depth?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  first?: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  name: Scalars['String']['input'];
  within?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgrammeArgs = {
  name: Scalars['String']['input'];
};


export type QueryProgrammeMembersByProvinceArgs = {
  programme: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProvinceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvincesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoundsArgs = {
  announcedYear?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Scalars['ID']['input']>;
  round?: InputMaybe<Scalars['String']['input']>;
  yearInForce?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SourceKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimelineArgs = {
  id: Scalars['ID']['input'];
};

/** A published list (an official notice, a roster). */
export type ReferenceList = Node & Source & {
  __typename?: 'ReferenceList';
  /** Every fact this source states, each with its evidence. */
  facts: Array<Fact>;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** Entities the body names (not the page boilerplate). */
  mentions: Array<Entity>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A fact stored on a relationship (other than a designation): who is located in, assessed by, has jurisdiction over, ... */
export type Relationship = {
  __typename?: 'Relationship';
  from: Node;
  /** Its other properties (role, title, ...) as JSON text. */
  properties?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceRef>;
  to: Node;
  type: RelationshipType;
};

/** Relationship types of the graph (see docs/graph-model.md). */
export type RelationshipType =
  | 'ADMINISTERED_BY'
  | 'ASSESSED_BY'
  | 'ASSESSES'
  | 'DESIGNATED_IN'
  | 'FOR_PROGRAMME'
  | 'HAS_ROUND'
  | 'HELD_IN'
  | 'HOLDS_POSITION'
  | 'JURISDICTION_OVER'
  | 'LOCATED_IN'
  | 'MENTIONS'
  | 'OBSERVED_IN'
  | 'PARTICIPATED_IN'
  | 'REPORTS'
  | 'STATES_COUNT';

/** One round of a programme: (Programme)-[:HAS_ROUND]->(Round). Announcement, round and term are different things: the 2023 strong-city round was announced in January 2024 and is in force from 2024. */
export type Round = Node & {
  __typename?: 'Round';
  /** Date of the notice (YYYY-MM-DD), where known. */
  announcedOn?: Maybe<Scalars['String']['output']>;
  /** Year of the notice. */
  announcedYear: Scalars['Int']['output'];
  /** Known members ÷ official members: a partial list says it is partial. */
  coverage: Coverage;
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Members in this graph. */
  knownCount: Scalars['Int']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  /** The designations of this round. */
  members: DesignationConnection;
  /** Document number of the notice, e.g. 国知发运字〔2024〕2号. */
  notice?: Maybe<Scalars['String']['output']>;
  /** Members the notice names. */
  officialCount?: Maybe<Scalars['Int']['output']>;
  programme: Programme;
  /** The round as the notice counts it (`2023`, `1`). */
  round: Scalars['String']['output'];
  /** The pages the round’s date, notice and size were read from, with what each says. */
  sources: Array<SourceRef>;
  /** End of the term, YYYY-MM. */
  termEnd?: Maybe<Scalars['String']['output']>;
  /** Start of the term, YYYY-MM. */
  termStart?: Maybe<Scalars['String']['output']>;
  /** The year its designations take effect (Designation.year). */
  yearInForce: Scalars['Int']['output'];
};


/** One round of a programme: (Programme)-[:HAS_ROUND]->(Round). Announcement, round and term are different things: the 2023 strong-city round was announced in January 2024 and is in force from 2024. */
export type RoundMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: Entity;
  /** Full-text relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** What this server is and what it runs on. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  name: Scalars['String']['output'];
  /** Neo4j version, when the database answers; always null in production (NODE_ENV=production), where the server does not reveal its versions. */
  neo4jVersion?: Maybe<Scalars['String']['output']>;
  /** Version of ip-city-graph. */
  version: Scalars['String']['output'];
};

/** A document facts come from: a news article or a published list. */
export type Source = {
  /** The id property in Neo4j (e.g. `city:420200`), for use in Cypher. */
  graphId: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The node label in the graph (City, Province, Article, ...). */
  label: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of Source items (Relay). */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  /** All items matching the filters, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceKind =
  | 'ARTICLE'
  | 'REFERENCE_LIST';

/** Who says so: a source and the exact sentence in it that states the fact. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** For facts from a reference list: high, medium or low. */
  confidence?: Maybe<Scalars['String']['output']>;
  /** The quote, in the language of the source (for a roster: the row as published). */
  evidence: Scalars['String']['output'];
  /** Curated by hand, or extracted and reviewed. */
  extraction: Extraction;
  source: Source;
};

/** Nodes and edges around an entity, as a graph view draws them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when `limit` cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

/** One dated entry of a timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** ISO date where the day is known. */
  date?: Maybe<Scalars['String']['output']>;
  /** The assessment or event node itself. */
  fact?: Maybe<Node>;
  kind: TimelineKind;
  /** The programme of a designation. */
  object?: Maybe<Node>;
  sources: Array<SourceRef>;
  /** The city (or place) concerned. */
  subject?: Maybe<Node>;
  /** A one-line description. */
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type TimelineKind =
  | 'ASSESSMENT'
  | 'DESIGNATION'
  | 'EVENT';

export type CityDesignationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CityDesignationsQuery = { __typename?: 'Query', city?: { __typename?: 'City', id: string, name: string, nameEn?: string | null, province?: { __typename?: 'Province', name: string } | null, designations: Array<{ __typename?: 'Designation', year?: number | null, batch?: string | null, term?: string | null, programme: { __typename?: 'Programme', name: string, nameEn?: string | null }, sources: Array<{ __typename?: 'SourceRef', evidence: string, confidence?: string | null, source:
          | { __typename: 'Article', publishedAt?: string | null, language: string, title: string, url?: string | null }
          | { __typename: 'ReferenceList', title: string, url?: string | null }
         }> }> } | null };

export type PathBetweenQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathBetweenQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'GraphPath', length: number, nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, name: string }>, edges: Array<{ __typename?: 'GraphEdge', type: RelationshipType, source: string, target: string, sources: Array<{ __typename?: 'SourceRef', evidence: string, source:
          | { __typename?: 'Article', title: string }
          | { __typename?: 'ReferenceList', title: string }
         }> }> }> };

export type ProvinceCitiesByProgrammeQueryVariables = Exact<{
  province: Scalars['ID']['input'];
  programme?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProvinceCitiesByProgrammeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Agency' }
    | { __typename?: 'Article' }
    | { __typename?: 'AssessmentEvent' }
    | { __typename?: 'City' }
    | { __typename?: 'Event' }
    | { __typename?: 'Observation' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Programme' }
    | { __typename?: 'Province', name: string, cities: { __typename?: 'CityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CityEdge', cursor: string, node: { __typename?: 'City', id: string, name: string, adcode?: string | null } }> } }
    | { __typename?: 'ReferenceList' }
    | { __typename?: 'Round' }
   | null };

export type SearchEntitiesQueryVariables = Exact<{
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchEntitiesQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, node:
      | { __typename?: 'Agency', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'City', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'Event', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'Organisation', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'Person', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'Programme', id: string, label: string, name: string, nameEn?: string | null }
      | { __typename?: 'Province', id: string, label: string, name: string, nameEn?: string | null }
     }> };

export type TimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TimelineQuery = { __typename?: 'Query', timeline: Array<{ __typename?: 'TimelineEntry', kind: TimelineKind, year?: number | null, date?: string | null, title: string, sources: Array<{ __typename?: 'SourceRef', evidence: string, source:
        | { __typename?: 'Article', title: string }
        | { __typename?: 'ReferenceList', title: string }
       }> }> };


export const CityDesignationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityDesignations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityDesignationsQuery, CityDesignationsQueryVariables>;
export const PathBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const ProvinceCitiesByProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceCitiesByProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adcode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceCitiesByProgrammeQuery, ProvinceCitiesByProgrammeQueryVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;