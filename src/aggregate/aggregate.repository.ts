/** Aggregates over designations: members per province and year, cities in several programmes. */
import type { City } from '../city/city.type.js';
import type { Context } from '../context.js';
import { nodesByGraphIds } from '../graph/related.js';
import { readRows } from '../graph/rows.js';
import type { Programme } from '../programme/programme.type.js';
import type { Province } from '../province/province.type.js';
import type { MultiProgrammeCity, ProvinceMemberCount } from './aggregate.type.js';

/** A row of cypher/api/aggregate/members-by-province.cypher. */
interface MembersRow {
  province: string;
  year: number | null;
  count: number;
  cityIds: string[];
}

export async function membersByProvince(ctx: Context, programme: string, year: number | null): Promise<ProvinceMemberCount[]> {
  const rows = await readRows<MembersRow>(ctx.executor, 'api/aggregate/members-by-province', { args: { programme, year } }, { stats: ctx.stats });
  return Promise.all(
    rows.map(async (r) => {
      // Both in the same tick: every row's ids go to Neo4j as one batch.
      const [[province], cities] = await Promise.all([nodesByGraphIds<Province>(ctx, [r.province]), nodesByGraphIds<City>(ctx, r.cityIds)]);
      return { province: province!, year: r.year, count: r.count, cities };
    }),
  );
}

/** A row of cypher/api/aggregate/multi-programme-cities.cypher. */
interface MultiProgrammeRow {
  city: string;
  programmeCount: number;
  since: number | null;
  programmeIds: string[];
}

export async function citiesWithSeveralProgrammes(ctx: Context, min: number, first: number): Promise<MultiProgrammeCity[]> {
  const rows = await readRows<MultiProgrammeRow>(ctx.executor, 'api/aggregate/multi-programme-cities', { min, limit: first }, { stats: ctx.stats });
  return Promise.all(
    rows.map(async (r) => {
      const [[city], programmes] = await Promise.all([nodesByGraphIds<City>(ctx, [r.city]), nodesByGraphIds<Programme>(ctx, r.programmeIds)]);
      return { city: city!, programmeCount: r.programmeCount, since: r.since, programmes };
    }),
  );
}
