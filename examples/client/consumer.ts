/**
 * A small frontend-style consumer of the generated typed documents. It is type-checked in the tests
 * (test/integration/contract.test.ts) and run against a live server there too: if the schema changes
 * in a way that breaks these operations, the build breaks here, not in a frontend in production.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CityDesignationsDocument, SearchEntitiesDocument, TimelineDocument, type EntityKind } from './gql/graphql.js';

export async function request<TResult, TVariables>(url: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? 'ERROR'}: ${body.errors[0]!.message}`);
  return body.data as TResult;
}

/** What a city page shows: "<city> (<province>): <year> <programme> — <n> sources". */
export async function cityDesignationLines(url: string, name: string): Promise<string[]> {
  const kinds: EntityKind[] = ['CITY'];
  const found = await request(url, SearchEntitiesDocument, { text: name, kinds, first: 1 });
  const hit = found.search[0];
  if (!hit) return [];
  const { city } = await request(url, CityDesignationsDocument, { id: hit.node.id });
  if (!city) return [];
  return city.designations.map((d) => {
    const years: number = d.year ?? 0; // year is Int: a schema change to String breaks this line
    const articles = d.sources.filter((s) => s.source.__typename === 'Article').length;
    return `${city.name} (${city.province?.name ?? '?'}): ${years} ${d.programme.name} — ${d.sources.length} sources, ${articles} articles`;
  });
}

export async function timelineYears(url: string, id: string): Promise<number[]> {
  const { timeline } = await request(url, TimelineDocument, { id });
  return timeline.map((t) => t.year ?? 0);
}
