/**
 * An accept/reject filter for indicator observations, learned from the bench sets' gold: a logistic
 * regression over what a candidate figure looks like (which rule found it, which guards fired on it, its
 * metric, period, unit and size, cue words in its words, where it stands in the article). Candidates come
 * from the extractor in recall mode (`ExtractOptions.candidates`). `npm run bench:extract -- --cv` measures
 * it set by set, trained on the other sets (cv.ts). It is not part of the extractor: on the bench sets it
 * does not beat the rules (docs/extraction.md, "Branch s10-10-learn"). Pure and deterministic: zero
 * start, fixed step count, features visited in sorted order.
 */
import type { ArticleFacts } from '../../src/ingest/facts.js';
import { toSimplified } from '../../src/ingest/chinese.js';
import { isFlow } from '../../src/extract/metrics.js';

type Observation = ArticleFacts['observations'][number];

/** Weights by feature name; `bias` is the intercept. */
export type Weights = Record<string, number>;

/** A candidate's features: name → value (1 for a present indicator). */
export type Features = Record<string, number>;

/** Words in a figure's words that say what kind of figure it is (a change, a total, a bound, a target…). */
const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['change', /同比|增长|增長|下降|increase|growth|grew|up \d/iu],
  ['total', /累计|累計|总量|總量|共计|共計|\btotal\b|cumulative/iu],
  ['as-of', /截至|截止|as of|by the end|end of/iu],
  ['whole', /全国|全國|全省|我国|我國|national|nationwide|the country|province-wide/iu],
  ['target', /力争|力爭|目标|目標|预计|預計|将达|將達|aims?|target|expected|will /iu],
  ['part', /其中|of which|among them|including/iu],
  ['respectively', /分别|分別|respectively/iu],
  ['bound', /超过|超過|突破|逾|more than|over |nearly|about|around/iu],
  ['reached', /达到|達到|达|達|reached|reaching|totall?ing/iu],
  ['new', /新增|new(?:ly)? /iu],
  ['share', /%|percent|占|比重/iu],
  ['per-capita', /万人|萬人|per 10,000/iu],
  ['money', /元|yuan|RMB/iu],
  ['enterprise', /企业|企業|enterprises?|companies/iu],
  ['half-year', /上半年|first half/iu],
];

/**
 * Words of a figure's noun phrase that tell one count of a family from another (valid, registered,
 * applied…): paired with the last part of the candidate's metric key, so that "valid" can learn to
 * favour `….valid` in any family.
 */
const COUNT_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['valid', /有效|拥有|擁有|valid|effective|in force|owned/iu],
  ['registered', /注册|註冊|registered|registration/iu],
  ['applied', /申请|申請|applied|applications?|filed|filings?/iu],
  ['granted', /授权|授權|granted|authori[sz]ed|grants?/iu],
  ['well-known', /驰名|馳名|well-known/iu],
  ['gi', /地理标志|地理標志|geographical indication/iu],
  ['invention', /发明|發明|invention/iu],
  ['per-capita', /万人|萬人|per 10,000/iu],
  ['high-value', /高价值|高價值|high-value/iu],
  ['new', /新增|新注册|new(?:ly)?/iu],
  ['total', /累计|累計|cumulative|total/iu],
];

/** The shape of a period: a year, a day, a month span, a half-year, "since", none. */
function periodShape(period: string): string {
  if (/^\d{4}$/u.test(period)) return 'year';
  if (/^\d{4}-\d{2}-\d{2}$/u.test(period)) return 'day';
  if (/^\d{4}-\d{2}$/u.test(period)) return 'month';
  if (/\//u.test(period)) return 'months';
  if (/H[12]$/u.test(period)) return 'half';
  if (/^since/u.test(period)) return 'since';
  return 'unspecified';
}

/** The level of a place as the draft names it (湖南省, 包头市, 朝阳区, city:…): province, city or county. */
function levelOf(place: string): string {
  if (/^province:|[省]$|自治区$/u.test(place)) return 'province';
  if (/[区縣县區旗]$/u.test(place)) return 'county';
  return 'city';
}

/**
 * The features of observation `k` of a draft in recall mode. `content` (default false) leaves out what
 * the rules decided (rule, guards, confidence): the figure's words, metric, period and place only.
 */
export function observationFeatures(draft: ArticleFacts, k: number, content = false): Features {
  const o: Observation = draft.observations[k]!;
  const f: Features = { bias: 1 };
  const on = (name: string): void => {
    f[name] = 1;
  };
  const rule = o.extraction?.rule ?? 'none';
  const [base, tag] = rule.split(', candidate:');
  if (!content) {
    on(`rule:${base}`);
    for (const g of tag ? tag.split('+') : ['none']) on(`guard:${g}`);
  }
  on(`metric:${o.metric}`);
  on(`family:${o.metric.split('.')[0]}`);
  const shape = periodShape(o.period);
  on(`period:${shape}`);
  const pubYear = Number(draft.article.publishedAt.slice(0, 4));
  const year = Number(o.period.slice(0, 4));
  if (Number.isFinite(year) && year > 1900) on(`period-age:${year > pubYear ? 'future' : Math.min(pubYear - year, 3)}`);
  on(`lang:${draft.article.language}`);
  on(`unit:${o.unit}`);
  on(`size:${o.value > 0 ? Math.min(Math.floor(Math.log10(o.value)), 8) : 'zero'}`);
  on(`level:${levelOf(o.place)}`);
  const words = toSimplified(o.quote);
  for (const [name, re] of CUES) if (re.test(words)) on(`cue:${name}`);
  // the article's own place (the place its figures name most) or another
  const counts = new Map<string, number>();
  for (const x of draft.observations) counts.set(x.place, (counts.get(x.place) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  on(o.place === top ? 'place:article-main' : 'place:other');
  // another figure of the same place, metric and period with another value
  if (draft.observations.some((x, j) => j !== k && x.place === o.place && x.metric === o.metric && x.period === o.period && x.value !== o.value)) on('clash:same-metric-period');
  const n = draft.observations.length;
  on(`position:${k === 0 ? 'first' : k === n - 1 ? 'last' : 'middle'}`);
  on(`figures-in-article:${Math.min(n, 10) >= 10 ? 'many' : n >= 4 ? 'some' : 'few'}`);
  const count = o.metric.split('.').at(-1)!;
  for (const [name, re] of COUNT_WORDS) if (re.test(words)) on(`words:${name}|count:${count}`);
  on(`count:${count}`);
  on(`period:${shape}|${isFlow(o.metric) ? 'flow' : 'stock'}`);
  if (!content) f.confidence = o.extraction?.confidence ?? 0.5;
  return f;
}

/** The model's probability that a candidate is a fact. */
export function probability(w: Weights, f: Features): number {
  let z = 0;
  for (const [name, v] of Object.entries(f)) z += (w[name] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  /** Gradient steps over the whole set. Default 400. */
  steps?: number;
  /** Step size. Default 0.5. */
  rate?: number;
  /** L2 penalty on every weight but the bias. Default 0.01. */
  l2?: number;
}

/**
 * Fits a logistic regression by full-batch gradient descent from zero weights: the same examples give
 * the same weights (features are visited in sorted order, so float sums do not depend on key order).
 */
export function trainLogistic(examples: ReadonlyArray<{ features: Features; label: boolean }>, opts: TrainOptions = {}): Weights {
  const steps = opts.steps ?? 400;
  const rate = opts.rate ?? 0.5;
  const l2 = opts.l2 ?? 0.01;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ x: Object.keys(e.features).sort().map((n) => [index.get(n)!, e.features[n]!] as const), y: e.label ? 1 : 0 }));
  const w = new Float64Array(names.length);
  const m = Math.max(rows.length, 1);
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(names.length);
    for (const r of rows) {
      let z = 0;
      for (const [i, v] of r.x) z += w[i]! * v;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (const [i, v] of r.x) grad[i] = grad[i]! + err * v;
    }
    for (let i = 0; i < names.length; i++) w[i] = w[i]! - rate * (grad[i]! / m + (names[i] === 'bias' ? 0 : l2 * w[i]!));
  }
  const out: Weights = {};
  for (const [i, n] of names.entries()) if (Math.abs(w[i]!) >= 1e-6) out[n] = Number(w[i]!.toFixed(6));
  return out;
}

export interface FilterOptions {
  /** Accept a candidate from this probability on. Default 0.5. */
  threshold?: number;
  /** Features without the rules' decisions (see observationFeatures). Default false. */
  content?: boolean;
  /**
   * Keep what the rules propose (a candidate with no `candidate:` tag) as it is, and let the model decide
   * only on the figures the rules do not propose. Default false.
   */
  keepRules?: boolean;
}

/** Whether a recall-mode observation is one the rules propose (no guard fired, no other reading). */
export function isRulesChoice(o: ArticleFacts['observations'][number]): boolean {
  return !(o.extraction?.rule ?? '').includes(', candidate:');
}

/**
 * Keeps, of each figure's candidates (one figure: the same words, value and place, read with other
 * metrics or periods), the one the model finds likeliest, when its probability reaches the threshold,
 * with that probability as its confidence; the draft's other facts are left as they are.
 */
export function filterObservations(draft: ArticleFacts, w: Weights, opts: FilterOptions = {}): ArticleFacts {
  const threshold = opts.threshold ?? 0.5;
  const scored = draft.observations.map((o, k) => ({ o, p: opts.keepRules && isRulesChoice(o) ? 1 : probability(w, observationFeatures(draft, k, opts.content)) }));
  const figure = (o: ArticleFacts['observations'][number]): string => `${o.quote}\u0000${o.value}\u0000${o.unit}\u0000${o.place}`;
  const best = new Map<string, { o: ArticleFacts['observations'][number]; p: number }>();
  for (const x of scored) {
    const b = best.get(figure(x.o));
    if (!b || x.p > b.p) best.set(figure(x.o), x);
  }
  const kept = scored
    .filter((x) => x.p >= threshold && best.get(figure(x.o)) === x)
    .map(({ o, p }) => (opts.keepRules && isRulesChoice(o) ? o : { ...o, ...(o.extraction ? { extraction: { ...o.extraction, confidence: Math.round(p * 100) / 100 } } : {}) }));
  return { ...draft, observations: kept };
}
