/**
 * Which indicator a figure states, from the words of its own noun phrase: in English the words right
 * after the number ("106,000 valid invention patents", "76,323 patents were granted"), else the words
 * before it in its own clause ("Patent applications in Nanjing amounted to 120,938"); in Chinese the
 * words before it in its clause (有效发明专利拥有量12.47万件). The phrase never reaches past the figure
 * before it or the clause's punctuation, so "8,251 effective authorized patents (including 784 …)"
 * gives 784 its own words. "A and B … X and Y, respectively" (分别) pairs A with X and B with Y.
 *
 * The answer is a metric key, or `generic` when the words name what is counted but not which count
 * (patents, but applications, grants or valid ones?), or null when they name nothing the rules know.
 */
import { toSimplified } from '../ingest/chinese.js';

export type MetricAnswer = { key: string; label: string } | { generic: string } | null;

const LABELS: Record<string, string> = {
  'patents.pct_applications': 'PCT patent applications',
  geographical_indications: 'Geographical indications',
  'geographical_indications.authorised_enterprises': 'Enterprises authorised to use the geographical indication mark',
  'trademarks.geographical_indication': 'Geographical indication trademarks (certification and collective)',
  'plant_varieties.applications': 'Plant variety applications',
  'plant_varieties.granted': 'Plant varieties granted',
  'trademarks.well_known': 'Well-known trademarks',
  'trademarks.registered.valid': 'Valid registered trademarks',
  'trademarks.applications': 'Trademark applications',
  'trademarks.registrations': 'Trademarks newly registered',
  'copyrights.software.registered': 'Registered software copyrights',
  'copyrights.registered': 'Registered copyrights',
  'ip_index.overall': 'IP development index (overall)',
  'ip_index.creation': 'IP development index: creation',
  'ip_index.utilisation': 'IP development index: utilisation',
  'ip_index.protection': 'IP development index: protection',
  'ip_index.management': 'IP development index: management',
  'financing.pledge.amount': 'IP pledge financing amount',
  'financing.pledge.projects': 'IP pledge financing projects',
  'financing.pledge.loans': 'IP pledge loans',
  'financing.pledge_subsidies': 'IP pledge financing subsidies',
  'patents.high_value_invention.per_10k_people': 'High-value invention patents per 10,000 people',
  'patents.high_value_invention.valid': 'Valid high-value invention patents',
  'patents.invention.per_10k_people': 'Invention patents per 10,000 people',
  'patents.invention.valid': 'Valid invention patents',
  'patents.invention.applications': 'Invention patent applications',
  'patents.invention.granted': 'Invention patents granted',
  'patents.enterprise.applications': 'Patent applications by enterprises',
  'patents.enterprise.grants': 'Patents granted to enterprises',
  'patents.valid': 'Valid patents',
  'patents.applications': 'Patent applications',
  'patents.grants': 'Patents granted',
  'patents.implemented': 'Patents implemented',
  'patents.cumulative': 'Patents recorded (cumulative)',
  'services.tisc': 'Technology and innovation support centres (TISC)',
  'services.ip_service_institutions': 'IP service institutions',
  'services.national_branded_ip_service_institutions': 'National branded IP service institutions',
  'services.overseas_ip_service_institutions': 'Overseas IP service institutions',
  'enterprises.national_ip_demonstrative_and_advantageous': 'National IP demonstrative and advantageous enterprises',
};

const known = (key: string): MetricAnswer => ({ key, label: LABELS[key] ?? key });

/**
 * Metrics that count what happened over a span (applications filed, patents granted, trademarks and
 * copyrights registered), not what a place holds on a day (valid patents, per 10,000 people). A flow
 * stated "by the end of 2020" (截至2020年底…专利授权量16.3万件) is the year's; "by the end of October"
 * the months since January.
 */
const FLOWS = new Set([
  'patents.applications',
  'patents.grants',
  'patents.invention.applications',
  'patents.invention.granted',
  'patents.enterprise.applications',
  'patents.enterprise.grants',
  'patents.pct_applications',
  'trademarks.applications',
  'trademarks.registrations',
  'copyrights.registered',
  'copyrights.software.registered',
  'plant_varieties.applications',
  'plant_varieties.granted',
]);

/** Whether a metric is what a place holds on a day (valid patents and trademarks, per 10,000 people): a stock. */
export function isStock(key: string): boolean {
  return /\.valid$|\.per_10k_people$/u.test(key);
}

/** Whether a metric counts over a span (a flow) rather than on a day (a stock). */
export function isFlow(key: string): boolean {
  return FLOWS.has(key);
}

/**
 * The metrics a generic answer may mean (recall mode of the extractor: one candidate each, for the
 * filter to choose): "trademarks" → every trademarks.* key, "invention patents" → patents.invention.*, …
 */
export function metricFamily(generic: string): Array<{ key: string; label: string }> {
  const g = generic.toLowerCase();
  const family = /trademark/u.test(g)
    ? /^trademarks\./u
    : /high-value/u.test(g)
      ? /^patents\.high_value_invention\./u
      : /invention/u.test(g)
        ? /^patents\.invention\./u
        : /money|pledge/u.test(g)
          ? /^financing\./u
          : /patent/u.test(g)
            ? /^patents\.[a-z_]+$/u
            : /plant/u.test(g)
              ? /^plant_varieties\./u
              : /index/u.test(g)
                ? /^ip_index\./u
                : null;
  return family ? Object.keys(LABELS).filter((k) => family.test(k)).sort().map((key) => ({ key, label: LABELS[key]! })) : [];
}

/** A metric key with its label. */
export function classifyKey(key: string): MetricAnswer {
  return known(key);
}

/** The metric one phrase names (Simplified, any case), most specific first. */
export function classifyPhrase(phrase: string, unit: string): MetricAnswer {
  const p = toSimplified(phrase).toLowerCase();
  if (/pct|国际专利申请|international patent applications?/u.test(p)) return known('patents.pct_applications');
  // a geographical indication registered as a trademark (地理标志证明商标, "GI certification trademarks"),
  // the enterprises allowed to use the GI mark (核准使用地理标志专用标志的企业), the GI products themselves;
  // news writes "GI" for a geographical indication ("40 GI trademarks", "8 GI products")
  if (/地理标志|geographical indication|\bgis?\b(?= (?:certification |collective )?(?:trademarks?|products?|marks?))/u.test(p)) {
    if (/商标|trademark/u.test(p)) return known('trademarks.geographical_indication');
    if (/企业|enterprise|compan/u.test(p) && (unit === 'organisations' || /专用标志|special (?:mark|logo|sign)/u.test(p))) return known('geographical_indications.authorised_enterprises');
    return known('geographical_indications');
  }
  if (/植物新品种|plant variet/u.test(p)) {
    if (/申请|application/u.test(p)) return known('plant_varieties.applications');
    if (/授权|granted|grants?\b/u.test(p)) return known('plant_varieties.granted');
    return { generic: 'plant varieties' };
  }
  if (/指数|index/u.test(p) && unit === 'percent') {
    if (/综合|overall|composite/u.test(p)) return known('ip_index.overall');
    if (/创造|creation/u.test(p)) return known('ip_index.creation');
    if (/运用|utili[sz]ation/u.test(p)) return known('ip_index.utilisation');
    if (/保护|protection/u.test(p)) return known('ip_index.protection');
    if (/管理|management/u.test(p)) return known('ip_index.management');
    return { generic: 'index' };
  }
  // IP services and the national IP demonstrative and advantageous enterprises (国家知识产权示范企业和优势企业)
  if (/技术与创新支持中心|technology and innovation support cent|\btisc/u.test(p)) return known('services.tisc');
  if (/知识产权服务机构|ip service institution|intellectual property service institution/u.test(p)) {
    if (/品牌|branded/u.test(p)) return known('services.national_branded_ip_service_institutions');
    if (/海外|境外|overseas|foreign/u.test(p)) return known('services.overseas_ip_service_institutions');
    return known('services.ip_service_institutions');
  }
  if (/示范(?:企业)?和优势企业|示范和优势企业|demonstrative and advantageous enterprises|demonstration and advantageous enterprises/u.test(p)) return known('enterprises.national_ip_demonstrative_and_advantageous');
  if (/驰名商标|well-known trademark/u.test(p)) return known('trademarks.well_known');
  if (/商标|trademark/u.test(p)) {
    if (/有效|valid|effective/u.test(p)) return known('trademarks.registered.valid');
    if (/申请|application/u.test(p)) return known('trademarks.applications');
    // trademarks registered in the period (新增注册商标, 商标注册量, "new registered trademarks")
    // ("trademarks registered in 2021": registered in a period, not held)
    if (/新增注册|注册量|new(?:ly)? registered|new registrations?|trademarks? (?:were |was )?registered (?:in|during|over|this|last)\b/u.test(p)) return known('trademarks.registrations');
    return { generic: 'trademarks' };
  }
  if (/软件著作权|软件版权|software copyright/u.test(p)) return known('copyrights.software.registered');
  if (/著作权|版权|copyright/u.test(p)) return known('copyrights.registered');
  if (/质押|pledge/u.test(p)) {
    if (/补贴|补助|subsid/u.test(p)) return known('financing.pledge_subsidies');
    if (/项目|projects?\b/u.test(p)) return known('financing.pledge.projects');
    if (/贷款|loans?\b/u.test(p)) return known('financing.pledge.loans');
    if (unit === 'CNY') return known('financing.pledge.amount');
    return { generic: 'pledge financing' };
  }
  if (/融资额|融资金额|financing amount/u.test(p) && unit === 'CNY') return known('financing.pledge.amount');
  // an amount of money is no count of patents ("the cumulative output value … 51.9 billion yuan")
  if (/专利|patent/u.test(p) && unit === 'CNY') return { generic: 'an amount of money related to patents' };
  if (/专利|patent/u.test(p) && unit !== 'percent') {
    const highValue = /高价值|high-value|high value/u.test(p);
    const invention = highValue || /发明|invention/u.test(p);
    const base = highValue ? 'patents.high_value_invention' : invention ? 'patents.invention' : 'patents';
    if (invention && (/万人|per 10,?000|for every 10,?000/u.test(p) || unit === 'per 10,000 people')) return known(`${base}.per_10k_people`);
    if (/有效|拥有量|valid|effective|owned|ownership/u.test(p)) return known(`${base}.valid`);
    const applied = /申请|applications?\b|applied/u.test(p);
    const granted = /授权|授予|granted|grants?\b|authori[sz]|recogni[sz]ed/u.test(p);
    // high-value invention patents are counted only as a stock (the valid ones a place holds): 高价值发明专利29.9万件
    if (highValue) return applied || granted ? { generic: 'high-value invention patents' } : known(`${base}.valid`);
    if (applied && granted) return { generic: `${base.replace('patents', 'patent').replace('.', ' ')} applications or grants` };
    const enterprise = !invention && /企业|enterprise/u.test(p);
    if (applied) return known(invention ? 'patents.invention.applications' : enterprise ? 'patents.enterprise.applications' : 'patents.applications');
    if (granted) return known(invention ? 'patents.invention.granted' : enterprise ? 'patents.enterprise.grants' : 'patents.grants');
    if (/实施|implemented/u.test(p) && !invention) return known('patents.implemented');
    if (/累计|cumulative|recorded|accumulated/u.test(p) && !invention) return known('patents.cumulative');
    return { generic: invention ? 'invention patents' : 'patents' };
  }
  return null;
}

const BOUNDARY = /[，,；;。、:：(（)）]/u;
/** The noun of a Chinese count phrase: the words before its count word (植物新品种 of 植物新品种申请量为). */
const NOUN_BEFORE_COUNT = /^(?:全市|全省|全区|全县)?(.*?)(?:发明|發明)?(?:申请|申請|授权|授權|注册|註冊|登记|登記|有效|拥有)/u;

/** Where the phrase before a figure starts: the clause's punctuation (not the comma of 8,251) or the previous figure's end. */
function phraseStart(text: string, at: number, floor: number, listComma = false): number {
  let a = at;
  while (a > floor && !(BOUNDARY.test(text[a - 1]!) && !(listComma && text[a - 1] === '、') && !(text[a - 1] === ',' && /\d/u.test(text[a - 2] ?? '') && /\d/u.test(text[a] ?? '')))) a--;
  return a;
}

/** Where the phrase after a figure ends: punctuation, or " and " / "和" before the next item. */
function phraseEnd(text: string, from: number): number {
  let b = from;
  while (b < text.length && b - from < 80) {
    const ch = text[b]!;
    if (BOUNDARY.test(ch) && !(ch === ',' && /\d/u.test(text[b - 1] ?? '') && /\d/u.test(text[b + 1] ?? ''))) break;
    if (ch === '.' && !(/\d/u.test(text[b - 1] ?? '') && /\d/u.test(text[b + 1] ?? ''))) break; // "524 million yuan.5,329 patents": a glued full stop
    // " and " before the next item ("5,000 patents and 300 trademarks", "… and seven are …", "and the …"), not inside a name ("technology and innovation support centers")
    if (/^\s(?:but|while|with)\s/u.test(text.slice(b, b + 7)) || /^\sand\s(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|the|its|their|a|an)\b/iu.test(text.slice(b, b + 12))) break;
    b++;
  }
  return b;
}

export interface FigureAt {
  index: number;
  text: string;
  unit: string;
}

/**
 * The metric of each figure of a sentence, in order. `figs` are the figures the sentence states, in
 * the order they appear.
 */
export function metricsOf(sentence: string, figs: FigureAt[]): MetricAnswer[] {
  const han = /\p{Script=Han}/u.test(sentence);
  const respectively = /respectively|分别|分別/u.test(sentence);
  const out: MetricAnswer[] = [];
  let pair: { words: [string, string]; phrase: string } | null = null;
  figs.forEach((f, k) => {
    const prevEnd = k > 0 ? figs[k - 1]!.index + figs[k - 1]!.text.length : 0;
    const before = sentence.slice(phraseStart(sentence, f.index, prevEnd), f.index);
    const after = sentence.slice(f.index + f.text.length, phraseEnd(sentence, f.index + f.text.length));
    // 专利申请量和授权量分别为3.2万件和1.8万件: the k-th figure takes the k-th of the names joined by 和/与/、,
    // with the noun of the first (专利) when its own name leaves it out
    if (respectively && han) {
      const head = sentence.slice(phraseStart(sentence, figs[0]!.index, 0, true), figs[0]!.index).replace(/(?:分别|分別)(?:为|為|是|达|達|达到|達到)?\s*$/u, '');
      const parts = head.split(/和|与|與|及|、/u);
      const inRun = figs.slice(0, k + 1).every((g, j) => j === 0 || /^\s*(?:%|％|万|萬|亿|億)?\s*(?:件|项|項|个|個|家|元)?\s*(?:和|与|與|及|、)\s*$/u.test(sentence.slice(figs[j - 1]!.index + figs[j - 1]!.text.length, g.index)));
      if (parts.length >= 2 && k < parts.length && inRun) {
        const noun = /^.*?(?:专利|專利|商标|商標)/u.exec(parts[0]!)?.[0] ?? '';
        const own = parts[k]!;
        out.push(classifyPhrase(/专利|專利|商标|商標/u.test(own) ? own : `${noun}${own}`, f.unit));
        return;
      }
    }
    // "A and B … reached X and Y, respectively": X takes A's words, Y takes B's
    if (respectively && !han) {
      const m = /\b([a-z-]+) and ([a-z-]+)\b/iu.exec(before) ?? /(\p{Script=Han}{2})(?:和|与|與|、)(\p{Script=Han}{2})/u.exec(before);
      if (m && k + 1 < figs.length && /^\s*(?:and|和|、)\s*$/u.test(sentence.slice(f.index + f.text.length, figs[k + 1]!.index).replace(/^\s*(?:%|％|件|项|万件)\s*/u, ''))) {
        pair = { words: [m[1]!, m[2]!], phrase: before };
        out.push(classifyPhrase(before.replace(m[0], m[1]!), f.unit));
        return;
      }
      if (pair && /^\s*(?:and|和|、)\s*$/u.test(before)) {
        const { words, phrase } = pair;
        out.push(classifyPhrase(phrase.replace(`${words[0]} and ${words[1]}`, words[1]).replace(`${words[0]}和${words[1]}`, words[1]), f.unit));
        pair = null;
        return;
      }
    }
    pair = null;
    // an English clause that opens with a participle ("…registrations also achieved significant increase,
    // reaching 1,500,500") goes on about the clause before it: the phrase starts there
    const lead = !han && /^\s*(?:reaching|totall?ing|amounting to|hitting|standing at|rising to|climbing to|up to)\s*$/iu.test(before) && k === 0 ? sentence.slice(0, phraseStart(sentence, f.index, 0)) : '';
    // a count word without its noun (植物新品种申请量为564件,授权量为88件; 专利授权量…,其中发明授权量…) takes the
    // noun of the figure before it in the sentence
    const bare = han && k > 0 && /^(?:其中)?(?:发明|發明)?(?:申请|申請|授权|授權|注册|註冊|登记|登記|有效|拥有)[^\p{Script=Han}]*?/u.test(before.trim()) ? NOUN_BEFORE_COUNT.exec(sentence.slice(phraseStart(sentence, figs[k - 1]!.index, k > 1 ? figs[k - 2]!.index + figs[k - 2]!.text.length : 0), figs[k - 1]!.index))?.[1] ?? '' : '';
    const order = han ? [before, after, `${before}${after}`, ...(bare ? [`${bare}${before}`] : [])] : [after, `${before} ${after}`, ...(lead ? [`${lead} ${before}`] : [])];
    let answer: MetricAnswer = null;
    for (const phrase of order) {
      const a = classifyPhrase(phrase, f.unit);
      if (a && 'key' in a) {
        answer = a;
        break;
      }
      answer ??= a;
    }
    out.push(answer);
  });
  return out;
}

const EN_ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ZH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export interface RankFigure {
  index: number;
  text: string;
  value: number;
  /** `rank.global_innovation_index_cluster` / `_city`, or null when the sentence does not say which ranking. */
  key: string | null;
  /** The ranking's own year (Global Innovation Index 2023, 2023年), if the sentence gives it. */
  year: number | null;
}

/**
 * A place's rank in WIPO's Global Innovation Index (全球创新指数): "ranks the 21st", "came in fourth
 * place", 位列…第13位. The ranking is the science and technology cluster ranking (集群, cluster) or the
 * city ranking ("City Ranking", 城市排名); a move ("moving up 4 places", 排名上升) is no rank.
 */
export function giiRank(sentence: string): RankFigure | null {
  const simp = toSimplified(sentence);
  if (!/global innovation index|全球创新指数|世界创新科技集群|科技集群|innovation cluster/iu.test(simp)) return null;
  const m =
    /\branks? (?:the )?(\d{1,3})(?:st|nd|rd|th)\b|\branked (?:No\. ?)?(\d{1,3})(?:st|nd|rd|th)?\b|\b(?:came|comes|ranked|ranks?) (?:in )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)) place\b/iu.exec(sentence) ??
    /(?:位列|位居|排名|排在)[^，,。；]{0,20}?第([一二两三四五六七八九十\d]{1,3})(?:位|名)/u.exec(simp);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  const value = EN_ORDINAL[word.toLowerCase()] ?? ZH_DIGIT[word] ?? (Number(word.replace(/\D/gu, '')) || NaN);
  if (!Number.isFinite(value)) return null;
  const key = /cluster|集群/iu.test(simp) ? 'rank.global_innovation_index_cluster' : /city ranking|城市排名|城市榜/iu.test(simp) ? 'rank.global_innovation_index_city' : null;
  const y = /(?:Global Innovation Index(?: City Ranking)?|全球创新指数(?:报告)?)\s*(20\d{2})/iu.exec(sentence) ?? /(20\d{2})年?\s*(?:全球创新指数|Global Innovation Index)/iu.exec(simp) ?? /(20\d{2})年/u.exec(simp);
  return { index: m.index, text: m[0], value, key, year: y ? Number(y[1]) : null };
}
