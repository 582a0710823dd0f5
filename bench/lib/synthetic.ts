/**
 * The synthetic graph for benchmarks: what each group holds, drawn from a seeded PRNG (pure-rand), as
 * small plain rows. cypher/bench/synthetic-write.cypher turns each row into nodes, relationships, names
 * and sentences inside Neo4j, so the rows sent over Bolt stay small (building the strings here made the
 * client, not the database, the bottleneck).
 *
 * Shaped like the real graph (docs/graph-model.md) and written next to it: every synthetic node is tied
 * to the real provinces, programmes and agencies (the "anchors"), so the API's queries meet it where they
 * meet the seed. The graph is made of GROUPS of ten nodes:
 *
 * - a prefecture City LOCATED_IN a real Province, and four district Cities LOCATED_IN it;
 * - one Article (:Source:Article) that MENTIONS the five cities and states every fact of the group;
 * - DESIGNATED_IN from the prefecture (and from one district in two groups of three) to a real Programme;
 * - three Observations OBSERVED_IN the cities, each REPORTED by the article;
 * - one AssessmentEvent that ASSESSES the prefecture, ASSESSED_BY a real national Agency, FOR_PROGRAMME a
 *   programme, REPORTED by the article.
 *
 * Every fact carries `sourceIds` and `evidence` (the article's own sentence; for LOCATED_IN the
 * gazetteer-style record). Ids cannot collide with real ones: cities are `city:9NNNNNNN` (8-digit adcodes
 * starting with 9, which GB/T 2260 does not use), every other id has a `syn` part, and every synthetic
 * node and relationship has `synthetic: true`.
 *
 * Deterministic: group g is a function of (seed, g) alone, so batches can be made in any order.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export const NODES_PER_GROUP = 10;
export const CITIES_PER_GROUP = 5;
export const OBSERVATIONS_PER_GROUP = 3;
/** Synthetic city numbers must fit the 7 digits after the leading 9 of their adcode. */
export const MAX_NODES = 20_000_000;

/** Observation metrics (index `m` in a row's `obs`), passed to the write query as `$metrics`. */
export const METRICS = [
  { metric: 'patents.invention.per_10k_people', label: '每万人口发明专利拥有量', unit: 'patents per 10k people' },
  { metric: 'patents.invention.granted', label: '发明专利授权量', unit: 'patents' },
  { metric: 'trademarks.registered', label: '有效注册商标量', unit: 'trademarks' },
  { metric: 'ip.pledge_financing', label: '知识产权质押融资额', unit: 'CNY' },
] as const;
/** Assessment kinds (index `kind` in a row's `ae`), passed as `$kinds`. */
export const KINDS = ['acceptance', 'annual evaluation', 'performance assessment'] as const;

export interface Anchors {
  /** Ids of the real provinces, programmes and national agencies synthetic data hangs from. */
  provinces: string[];
  programmes: string[];
  agencies: string[];
  /** The gazetteer source of LOCATED_IN facts (`ref:gazetteer`). */
  gazetteer: string;
}

export interface GroupRow {
  /** Group number; its cities are numbers 5g .. 5g+4 (0 the prefecture). */
  g: number;
  province: string;
  /** The article's date, YYYY-MM-DD. */
  published: string;
  /** Designations: `c` the city (0..4), year, batch. */
  des: { c: number; programme: string; year: number; batch: string }[];
  /** Observations: city, metric index, year, `half` (a first-half figure), value. */
  obs: { c: number; m: number; year: number; half: boolean; value: number }[];
  /** The assessment of the prefecture. */
  ae: { agency: string; programme: string; kind: number; year: number };
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The number of groups written for a requested node count (whole groups, at least 1). */
export function groupsFor(nodes: number): number {
  return Math.max(1, Math.floor(nodes / NODES_PER_GROUP));
}

/** The adcode of synthetic city number n (0-based): `9` + 7 digits. */
export function syntheticAdcode(n: number): string {
  return `9${pad(n, 7)}`;
}

/** Group g of the synthetic graph. */
export function syntheticGroup(g: number, seed: number, anchors: Anchors): GroupRow {
  if (!Number.isSafeInteger(g) || g < 0) throw new Error(`Group index must be a non-negative integer; got ${g}.`);
  const rng = xoroshiro128plus((Math.imul(seed | 0, 0x9e3779b1) ^ g) | 0);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;

  const year = int(2012, 2024);
  const published = `${year}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
  const des: GroupRow['des'] = [];
  for (const c of [0, ...(g % 3 !== 2 ? [int(1, CITIES_PER_GROUP - 1)] : [])]) {
    des.push({ c, programme: pick(anchors.programmes), year: int(2012, year), batch: String(int(1, 6)) });
  }
  const obs: GroupRow['obs'] = [];
  for (let k = 0; k < OBSERVATIONS_PER_GROUP; k++) {
    // Three different metrics per group (3 < METRICS.length), so observation ids never collide.
    const c = k === 0 ? 0 : int(0, CITIES_PER_GROUP - 1);
    obs.push({ c, m: (g + k) % METRICS.length, year: int(2014, Math.max(2014, year)), half: int(0, 1) === 1, value: int(1, 99_999) / 10 });
  }
  const ae = { agency: pick(anchors.agencies), programme: pick(anchors.programmes), kind: int(0, KINDS.length - 1), year };
  return { g, province: anchors.provinces[g % anchors.provinces.length]!, published, des, obs, ae };
}

/** Relationships a group writes: LOCATED_IN and MENTIONS per city, designations, observations ×2, assessment ×4. */
export function relationshipsOf(row: GroupRow): number {
  return CITIES_PER_GROUP * 2 + row.des.length + row.obs.length * 2 + 4;
}
