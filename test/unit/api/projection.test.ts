/**
 * Projection (src/graph/projection.ts): the field → properties map declared next to each projected type is
 * complete (every field of the type is declared) and true (a field's value made from only the properties
 * declared for it equals its value made from the whole node; for the Designation relationship, from the
 * whole relationship, through its resolvers), and an operation's projection of a type is
 * the union over every field it selects on that type or its interfaces, whatever the aliases, fragments
 * and conditions.
 */
import { isObjectType, Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../../src/schema/build-schema.js';
import { fieldPropertiesOf, projectionFor, type FieldProperties } from '../../../src/graph/projection.js';
import { materialize } from '../../../src/graph/materialize.js';
import { nodeRow } from '../../../src/graph/graph.loaders.js';
import type { Plain } from '../../../src/graph/values.js';
import type { Context } from '../../../src/context.js';
import { REPORTS_PROPERTIES, sourcesOfFactNode } from '../../../src/graph/provenance.js';
import { designationFrom } from '../../../src/designation/designation.repository.js';
import { DesignationResolver } from '../../../src/designation/designation.resolver.js';
import { DesignationRoundResolver } from '../../../src/round/round.resolver.js';
import type { Designation } from '../../../src/designation/designation.type.js';

/** The labels whose rows some query projects: each must be declared in full. */
const PROJECTED = ['City', 'Province', 'Programme', 'Agency', 'Article', 'ReferenceList', 'Observation', 'AssessmentEvent', 'Organisation', 'Person', 'Event'];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** A type's declaration over its interfaces', as projectionFor reads it. */
function declarationOf(typeName: string): FieldProperties {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return Object.assign({}, ...[...type.getInterfaces(), type].map((t) => fieldPropertiesOf(t.name) ?? {}));
}

/** The properties a type's maker reads (a Proxy records them). */
function propertiesRead(label: string): string[] {
  const read = new Set<string>();
  const props = new Proxy({} as Record<string, Plain>, { get: (_t, k) => (typeof k === 'string' && read.add(k), undefined) });
  materialize(nodeRow('x:1', [label], props)!);
  return [...read];
}

/** Three stored nodes whose every read property has a value of one kind, so each converter sees a value. */
function samples(keys: readonly string[]): Record<string, Plain>[] {
  return [
    Object.fromEntries(keys.map((k) => [k, `v-${k}`])),
    Object.fromEntries(keys.map((k) => [k, [`v-${k}`, `w-${k}`]])),
    Object.fromEntries(keys.map((k, i) => [k, 1000 + i])),
  ];
}

describe('the field → properties map', () => {
  it.each(PROJECTED)('declares every field of %s', (label) => {
    const type = schema.getType(label);
    if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
    const declared = declarationOf(label);
    const missing = Object.keys(type.getFields()).filter((f) => !declared[f]);
    expect(missing, `fields of ${label} without declareFieldProperties`).toEqual([]);
  });

  it.each(PROJECTED)('gives each field of %s the properties it reads: its value from those alone is its value from the whole node', (label) => {
    const declared = declarationOf(label);
    const read = propertiesRead(label);
    expect(read.length).toBeGreaterThan(0);
    for (const whole of samples(read)) {
      const full = materialize(nodeRow('x:1', [label], whole)!) as unknown as Record<string, unknown>;
      for (const [field, props] of Object.entries(declared)) {
        const only = Object.fromEntries(props.filter((p) => p in whole).map((p) => [p, whole[p]!]));
        const projected = materialize(nodeRow('x:1', [label], only, props)!) as unknown as Record<string, unknown>;
        expect(projected[field], `${label}.${field} from ${JSON.stringify(props)} of ${JSON.stringify(whole)}`).toEqual(full[field]);
      }
    }
  });

  it('fails a field whose declaration leaves out a property its maker reads (the check above can fail)', () => {
    const whole = samples(propertiesRead('City'))[0]!;
    const full = materialize(nodeRow('x:1', ['City'], whole)!) as unknown as Record<string, unknown>;
    const withoutFallback = materialize(nodeRow('x:1', ['City'], { name: null }, ['name'])!) as unknown as Record<string, unknown>;
    expect(withoutFallback.name).not.toEqual(full.name); // `name` reads nameEn too: declaring only ['name'] would be caught
  });
});

/**
 * A designation's fields (src/designation/designation.type.ts, the resolvers of designation/ and round/),
 * each as a user reads it, from a DESIGNATED_IN relationship's properties; the ends and the sources' nodes
 * come from a stand-in node loader (the relationship's properties are what is projected).
 */
async function designationFields(rel: Record<string, Plain>): Promise<Record<string, unknown>> {
  const node = (id: string) => nodeRow(id, [id.startsWith('ref:') ? 'ReferenceList' : id.startsWith('round:') ? 'Round' : 'Article'], { title: id })!;
  const ctx = { loaders: { node: { loadMany: async (ids: string[]) => ids.map(node), load: async (id: string) => node(id) }, objects: new Map() } } as unknown as Context;
  const d: Designation = designationFrom(rel, nodeRow('city:1', ['City'], {})!, nodeRow('programme:1', ['Programme'], {})!);
  const sources = await new DesignationResolver().sources(d, ctx);
  const round = new DesignationRoundResolver();
  return {
    year: d.year, batch: d.batch, role: d.role, term: d.term, confidence: d.confidence,
    city: d.city.graphId, programme: d.programme.graphId,
    sources: sources.map((x) => ({ ...x, source: x.source.graphId })),
    round: (await round.round(d, ctx))?.graphId ?? null,
    statedConfidence: round.statedConfidence(d), independentSources: round.independentSources(d), confidenceBasis: round.confidenceBasis(d),
  };
}

/** Stored DESIGNATED_IN relationships as the loader writes them (docs/graph-model.md), two shapes. */
const DESIGNATIONS: Record<string, Plain>[] = [
  {
    year: 2021, batch: '第二批', role: 'pilot', term: '2021-09/2024-09', confidence: 'high', statedConfidence: 'high', independentSources: 2,
    confidenceBasis: 'two independent sources', round: 'round:1', key: 'k', note: 'a note', memberAsWritten: '黄石市', resolvedVia: 'gazetteer',
    sourceIds: ['ref:roster', 'article:1'], evidence: ['roster line', 'a sentence'], extractionMethods: ['curated', 'extracted'],
    extractionConfidence: [1, 0.7], extractionReviewed: [true, false], sourceKey: 'ref:roster|article:1',
  },
  { year: 2016, batch: null, role: null, term: null, confidence: 'low', sourceIds: ['article:2'], evidence: ['only this'], designationOrder: '2016|x' },
];

describe('the Designation relationship', () => {
  it('declares every field of Designation', () => {
    const type = schema.getType('Designation');
    if (!isObjectType(type)) throw new Error('Designation is not an object type');
    const declared = fieldPropertiesOf('Designation') ?? {};
    expect(Object.keys(type.getFields()).filter((f) => !declared[f])).toEqual([]);
  });

  it("gives each field the relationship properties it reads: its value from those alone is its value from the whole relationship", async () => {
    const declared = fieldPropertiesOf('Designation')!;
    for (const whole of DESIGNATIONS) {
      const full = await designationFields(whole);
      expect(full.sources, 'the sample has sources').not.toEqual([]);
      for (const [field, props] of Object.entries(declared)) {
        const only = await designationFields(Object.fromEntries(props.filter((p) => p in whole).map((p) => [p, whole[p]!])));
        expect(only[field], `Designation.${field} from ${JSON.stringify(props)}`).toEqual(full[field]);
      }
    }
  });

  it('fails a declaration that leaves out a property a field reads (the check above can fail)', async () => {
    const whole = DESIGNATIONS[0]!;
    const full = await designationFields(whole);
    const withoutExtraction = await designationFields({ sourceIds: whole.sourceIds!, evidence: whole.evidence!, confidence: whole.confidence! });
    expect(withoutExtraction.sources).not.toEqual(full.sources);
  });
});

describe('the REPORTS relationship', () => {
  it('is read by a fact node\'s sources for REPORTS_PROPERTIES alone (city-with-lists returns only those)', async () => {
    const read = new Set<string>();
    const rel = new Proxy({ evidence: 'a sentence', extractionMethod: 'extracted', extractionConfidence: 0.7, extractionReviewed: true } as Record<string, Plain>, {
      get: (t, k) => (typeof k === 'string' && read.add(k), t[k as string]),
    });
    const other = nodeRow('ref:1', ['ReferenceList'], { title: 'a list' })!;
    const ctx = { loaders: { edges: { load: async () => [{ type: 'REPORTS', rel, other }] } } } as unknown as Context;
    const [ref] = await sourcesOfFactNode('observation:1', ctx);
    expect(ref!.extraction.method).toBe('extracted');
    expect([...read].filter((k) => !REPORTS_PROPERTIES.includes(k))).toEqual([]);
    expect(read.size).toBeGreaterThan(0);
  });
});

/** The resolve info projectionFor reads, for a document's first operation. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { schema, operation, fragments } as unknown as GraphQLResolveInfo;
}

describe('projectionFor', () => {
  it('reads what the fields selected on the type and its interfaces declare, through aliases, fragments and conditions', () => {
    const info = infoOf(`query($x: Boolean!) {
      provinces(first: 2) { edges { node { name cities(first: 3) { edges { node { n: name adcode @include(if: $x) ...F } } } } } }
      node(id: "Q2l0eTpjaXR5OjQyMDIwMA") { ... on Entity { aliases } }
    }
    fragment F on City { formerNames province { graphId } designations { year } }`);
    expect(projectionFor(info, 'City')).toEqual(['adcode', 'aliases', 'formerNames', 'name', 'nameEn']);
    expect(projectionFor(info, 'Province')).toEqual(['aliases', 'name', 'nameEn']);
    expect(projectionFor(info, 'Programme')).toEqual(['aliases']);
    expect(projectionFor(info, 'Designation')).toEqual(['year']);
  });

  it('reads of a designation relationship the union of what its selected fields declare, wherever they are selected', () => {
    const info = infoOf(`query($x: Boolean!) {
      designations(first: 2) { edges { node { year b: batch city { graphId } ...S @skip(if: $x) } } }
      node(id: "Q2l0eTpjaXR5OjQyMDIwMA") { ... on City { designations { round { graphId } } } }
    }
    fragment S on Designation { sources { evidence } }`);
    expect(projectionFor(info, 'Designation')).toEqual(['batch', 'confidence', 'evidence', 'extractionConfidence', 'extractionMethods', 'extractionReviewed', 'round', 'sourceIds', 'year']);
  });

  it('reads no property for fields resolved by id, and the whole node for a field without a declaration', () => {
    const info = infoOf('{ cities(first: 2) { edges { node { graphId id __typename province { graphId } } } } rounds { graphId sources { evidence } } }');
    expect(projectionFor(info, 'City')).toEqual([]);
    expect(projectionFor(info, 'Round')).toBeNull();
  });
});
