/**
 * Source.facts reads its source's facts, not the graph. On the seed, every source's facts are the ones
 * a scan of every relationship for `<id> IN r.sourceIds` finds (so the loader's `sourceKey` is complete).
 * On a generated graph of a few thousand facts cited by a reference list, an article's dozen facts cost
 * db hits bounded by those facts (the scan read every relationship), and a source id that is the
 * beginning of another (`article:g1`, `article:g10`) does not pick up the other's facts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultSummary } from 'neo4j-driver';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { applySchema } from '../../src/db/schema.js';
import { toCypherParams } from '../../src/db/executor.js';
import { isSeeded, seed, wipe } from '../../src/seed/loader.js';
import { FACT_REL_TYPES } from '../../src/ingest/bundle.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { post, startServer, type RunningServer } from './server-harness.js';

/** Generated cities; each LOCATED_IN a province, cited by the reference list ref:g. */
const CITIES = 3000;
let server: RunningServer;

/** What Source.facts answered before `sourceKey`: every relationship whose sourceIds hold the id. */
const SCAN = `UNWIND $ids AS id
  MATCH (a)-[r]->(b) WHERE id IN r.sourceIds
  RETURN id, type(r) AS type, a.id AS from, b.id AS to, coalesce(r.key, '') AS key ORDER BY id, type, from, to, key`;

type FactRow = { id: string; type: string; from: string; to: string; key: string };

/** Source.facts' relationship facts of `ids`, through its own query, in the scan's shape. */
async function factsQuery(ids: string[]): Promise<FactRow[]> {
  const text = server.executor.registry.get('api/source/facts').text;
  const rows = await server.executor.runText('test:facts', text, { batch: { keys: ids.map((id, k) => ({ k, id })) } }, 'READ');
  return rows
    .filter((r) => r.get('kind') === 'rel')
    .map((r) => {
      const rel = r.get('rel') as { key?: string };
      return { id: ids[Number(r.get('k'))]!, type: r.get('type') as string, from: (r.get('from') as { id: string }).id, to: (r.get('to') as { id: string }).id, key: rel.key ?? '' };
    })
    .sort((x, y) => [x.id, x.type, x.from, x.to, x.key].join('\u0000').localeCompare([y.id, y.type, y.from, y.to, y.key].join('\u0000')));
}

async function scan(ids: string[]): Promise<FactRow[]> {
  const rows = await server.executor.runText('test:facts-scan', SCAN, { ids }, 'READ');
  return rows
    .map((r) => ({ id: r.get('id') as string, type: r.get('type') as string, from: r.get('from') as string, to: r.get('to') as string, key: r.get('key') as string }))
    .sort((x, y) => [x.id, x.type, x.from, x.to, x.key].join('\u0000').localeCompare([y.id, y.type, y.from, y.to, y.key].join('\u0000')));
}

function sumDbHits(plan: unknown): number {
  const p = plan as { dbHits?: number; children?: unknown[] };
  return (p.dbHits ?? 0) + (p.children ?? []).reduce<number>((n, c) => n + sumDbHits(c), 0);
}

async function dbHitsOfFacts(id: string): Promise<number> {
  const text = server.executor.registry.get('api/source/facts').text;
  const summary: ResultSummary = await server.executor.stream('test:profile', `PROFILE ${text}`, toCypherParams({ batch: { keys: [{ k: 0, id }] } }) as Record<string, unknown>, () => true);
  return sumDbHits(summary.profile);
}

beforeAll(async () => {
  server = await startServer({ schema: await buildAppSchema() });
});
afterAll(() => server?.close());

describe('Source.facts on the seed', () => {
  it('finds, for every source, exactly the relationship facts that cite it', async () => {
    if (!(await isSeeded(server.executor)).complete) await seed(server.executor);
    const ids = (await server.executor.runText('test:source-ids', 'MATCH (s:Source) RETURN s.id AS id ORDER BY id', {}, 'READ')).map((r) => r.get('id') as string);
    expect(ids.length).toBeGreaterThan(10);
    const expected = await scan(ids);
    expect(expected.length).toBeGreaterThan(100);
    expect(await factsQuery(ids)).toEqual(expected);
  });
});

describe(`Source.facts over ${CITIES} generated facts`, () => {
  beforeAll(async () => {
    const ex = server.executor;
    await wipe(ex);
    await applySchema(ex);
    // ref:g cites every city's LOCATED_IN; article:g1 states four designations (two also cited by ref:g),
    // an observation (REPORTS + OBSERVED_IN) and an assessment; article:g10 states two designations.
    await ex.runText(
      'test:generate-facts',
      `CREATE (ref:ReferenceList:Source:Node {id: 'ref:g', title: 'G list', url: 'https://example.invalid/g'})
       CREATE (a1:Article:Source:Node {id: 'article:g1', title: 'G1', url: 'https://example.invalid/1', language: 'zh-Hans', text: 't'})
       CREATE (a10:Article:Source:Node {id: 'article:g10', title: 'G10', url: 'https://example.invalid/10', language: 'zh-Hans', text: 't'})
       CREATE (p:Province:Node {id: 'province:g', name: 'PG', adcode: '900000'})
       CREATE (g:Programme:Node {id: 'programme:g', name: 'PRG'})
       CREATE (ag:Agency:Node {id: 'agency:g', name: 'AG', level: 'national'})
       WITH ref, a1, a10, p, g, ag
       UNWIND range(0, $n - 1) AS i
       CREATE (c:City:Node {id: 'city:g' + toString(i), name: 'G' + toString(i), level: 'district', adcode: toString(100000 + i)})
       CREATE (c)-[:LOCATED_IN {sourceIds: ['ref:g'], evidence: ['row ' + toString(i)], key: ''}]->(p)
       WITH ref, a1, a10, g, ag, c, i WHERE i < 6
       CREATE (c)-[:DESIGNATED_IN {year: 2020 + i, key: toString(2020 + i),
                                   sourceIds: CASE WHEN i < 2 THEN ['ref:g', 'article:g1'] WHEN i < 4 THEN ['article:g1'] ELSE ['article:g10'] END,
                                   evidence: CASE WHEN i < 2 THEN ['row', 'sentence'] ELSE ['sentence'] END}]->(g)
       WITH a1, ag, c, i WHERE i = 0
       CREATE (o:Observation:Node {id: 'observation:g', name: 'O', metric: 'm', value: 1})
       CREATE (o)-[:OBSERVED_IN {sourceIds: ['article:g1'], evidence: ['obs'], key: ''}]->(c)
       CREATE (a1)-[:REPORTS {evidence: 'obs', key: ''}]->(o)
       CREATE (e:AssessmentEvent:Node {id: 'assessment:g', name: 'E', year: 2021, kind: 'acceptance'})
       CREATE (e)-[:ASSESSED_BY {role: 'carried out', sourceIds: ['article:g1'], evidence: ['ae'], key: 'carried out'}]->(ag)
       CREATE (a1)-[:REPORTS {evidence: 'ae', key: ''}]->(e)`,
      { n: CITIES },
      'WRITE',
    );
    await ex.writeInBatches('seed/source-key', { types: [...FACT_REL_TYPES], batch: 1000 });
    await ex.runText('test:await-indexes', 'CALL db.awaitIndexes(300)', {}, 'WRITE');
    await ex.runText('test:prepare-for-replanning', 'CALL db.prepareForReplanning(300)', {}, 'WRITE');
  });

  it("an article's facts are its designations, observation and assessment, and not those of an id it begins", async () => {
    const r = await post(server.url, `query($id: ID!) { node(id: $id) { ... on Article { facts { __typename
      ... on Designation { year city { graphId } sources { source { graphId } } }
      ... on Relationship { type from { graphId } to { graphId } }
      ... on Observation { graphId } ... on AssessmentEvent { graphId } } } } }`, { id: toGlobalId('Article', 'article:g1') });
    expect(r.body.errors).toBeUndefined();
    const facts = (r.body.data as { node: { facts: Record<string, unknown>[] } }).node.facts;
    const designations = facts.filter((f) => f.__typename === 'Designation');
    expect(designations.map((d) => d.year).sort()).toEqual([2020, 2021, 2022, 2023]);
    expect(designations.find((d) => d.year === 2020)!.sources).toEqual([{ source: { graphId: 'ref:g' } }, { source: { graphId: 'article:g1' } }]);
    expect(facts.filter((f) => f.__typename === 'Relationship')).toEqual([
      { __typename: 'Relationship', type: 'ASSESSED_BY', from: { graphId: 'assessment:g' }, to: { graphId: 'agency:g' } },
      { __typename: 'Relationship', type: 'OBSERVED_IN', from: { graphId: 'observation:g' }, to: { graphId: 'city:g0' } },
    ]);
    expect(facts.filter((f) => f.__typename === 'Observation' || f.__typename === 'AssessmentEvent').map((f) => f.graphId).sort()).toEqual(['assessment:g', 'observation:g']);
    expect(facts).toHaveLength(4 + 2 + 2);
  });

  it('answers what the scan of every relationship answers, for the list, both articles and an unknown id', async () => {
    const ids = ['ref:g', 'article:g1', 'article:g10', 'article:none'];
    const expected = await scan(ids);
    expect(expected.filter((f) => f.id === 'ref:g')).toHaveLength(CITIES + 2);
    expect(await factsQuery(ids)).toEqual(expected);
  });

  it("an article's facts cost db hits bounded by its facts, not by the graph's relationships", async () => {
    const a1 = await dbHitsOfFacts('article:g1');
    const a10 = await dbHitsOfFacts('article:g10');
    // The scan read every relationship (over 3,000 here): a few dozen hits per fact is the bound.
    expect(a1).toBeLessThan(400);
    expect(a10).toBeLessThan(400);
    expect(a1).toBeLessThan(CITIES / 5);
  });
});
