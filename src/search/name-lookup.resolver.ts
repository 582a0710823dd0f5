/**
 * Root fields that take a name instead of an id, so a playground user can skip copying ids:
 * `place(name:)` resolves through the one name resolver (src/names); `programme(name:)` matches the
 * programmes' names and aliases. An ambiguous name is a BAD_USER_INPUT listing the candidates.
 */
import { Arg, Ctx, Query, Resolver, createUnionType } from 'type-graphql';
import { City } from '../city/city.type.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors/errors.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import { materialize } from '../graph/materialize.js';
import { nodeByGraphId } from '../graph/related.js';
import { toSimplified } from '../ingest/chinese.js';
import { defaultNameResolver, NameResolver } from '../names/resolver.js';
import { Programme } from '../programme/programme.type.js';
import { Province } from '../province/province.type.js';

export const Place = createUnionType({
  name: 'Place',
  description: 'A City (prefecture, municipality, district, county-level unit) or a Province.',
  types: () => [City, Province] as const,
  // No resolveType of our own: type-graphql's default picks the type by instanceof, synchronously (a custom
  // one is wrapped in an async function, which compiled execution cannot take: src/server/compiled-execution.ts).
});

const MAX_NAME = 100;

function checkedName(name: string): string {
  const t = name.normalize('NFKC').trim();
  if (t === '') throw new BadUserInputError('Argument "name" must not be empty.', { argument: 'name' });
  if (t.length > MAX_NAME) throw new BadUserInputError(`Argument "name" must be at most ${MAX_NAME} characters.`, { argument: 'name', allowed: { maxLength: MAX_NAME } });
  return t;
}

@Resolver()
export class NameLookupResolver {
  @Query(() => Place, {
    nullable: true,
    description:
      'A place by name in any form: 黄石, 黃石, 湖北省黄石市, 湖北黄石, "Huangshi, Hubei", Xi’an, 北京市朝阳区, 昌吉州. `within` (a province or city name) settles a name several places share; without it such a name is a BAD_USER_INPUT listing the candidates. Null when no place in the graph has that name (the graph holds the districts and counties its facts name, not all of China’s).',
  })
  async place(
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
    @Arg('within', () => String, { nullable: true, description: 'A province or city the place lies in.' }) within?: string | null,
  ): Promise<City | Province | null> {
    const names = defaultNameResolver();
    const r = names.resolve(checkedName(name), { within: within ? [within] : [] });
    if (r.status === 'ambiguous') {
      const candidates = r.candidates.map((c) => names.describe(c));
      throw new BadUserInputError(`"${name}" names ${candidates.length} places: ${candidates.join('; ')}. Pass \`within\` (e.g. a province) or a fuller name.`, {
        argument: 'name',
        allowed: { candidates },
      });
    }
    if (r.status === 'unknown') return null;
    const d = r.division;
    const graphId = d.level === 'province' && !d.municipality ? `province:${d.adcode}` : `city:${d.adcode}`;
    return nodeByGraphId<City | Province>(ctx, graphId);
  }

  @Query(() => Programme, {
    nullable: true,
    description: 'A programme by its name or an alias, in any script or English, or by words only it contains ("强市建设试点"). Ambiguous words are a BAD_USER_INPUT listing the candidates; null when none matches.',
  })
  async programme(@Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<Programme | null> {
    const wanted = key(checkedName(name));
    const rows = await readRows<{ id: string; labels: string[]; props: Record<string, Plain> }>(ctx.executor, 'api/programme/all', {}, { stats: ctx.stats });
    const all = rows.map((row) => materialize(nodeRow(row.id, row.labels, row.props)!) as Programme);
    const forms = (p: Programme): string[] => [p.name, p.nameEn ?? '', ...p.aliases].filter(Boolean).map(key);
    let hits = all.filter((p) => forms(p).includes(wanted));
    if (hits.length === 0 && wanted.length >= 2) hits = all.filter((p) => forms(p).some((f) => f.includes(wanted)));
    if (hits.length > 1) {
      const candidates = hits.map((p) => `${p.name} (${p.nameEn ?? p.graphId})`);
      throw new BadUserInputError(`"${name}" matches ${hits.length} programmes: ${candidates.join('; ')}. Use a fuller name.`, { argument: 'name', allowed: { candidates } });
    }
    return hits[0] ?? null;
  }
}

function key(s: string): string {
  return /\p{Script=Han}/u.test(s) ? toSimplified(s).replace(/\s+/gu, '') : NameResolver.keyOf(s);
}
