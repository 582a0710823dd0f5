/**
 * Vocabulary the extraction rules read, kept as data: each table is a list of phrases (a regex source
 * each, matched case-insensitively on the Simplified text), so a new phrasing is a line here, not a new
 * branch in the rules. Each table says what a match means.
 */

const anyOf = (phrases: readonly string[], flags = 'iu'): RegExp => new RegExp(phrases.map((p) => `(?:${p})`).join('|'), flags);

/**
 * What a count counts when it is not a stock or flow of IP rights: "8,000 local companies have applied
 * for patents" counts the companies that filed, not the filings. Matched on the words right after the
 * figure (English) or right after its unit (Chinese: 8000家企业申请了专利).
 */
export const COUNTS_OF_FILERS: readonly string[] = [
  '(?:local |domestic |foreign |high-tech |tech |private |listed |small |smaller |innovative )*(?:companies|firms|enterprises|businesses|individuals|applicants|universities|institutions) (?:have |had |has )?(?:applied|filed|registered|obtained|owned|own|held|hold)',
  '家(?:企业|公司|单位)(?:申请|拥有|获得|获)',
];
/** Tested on the text from the figure's first digit on. */
export const COUNT_OF_FILERS = new RegExp(`^[\\d,.]+\\s?(?:万|萬)?\\s?(?:${COUNTS_OF_FILERS.join('|')})`, 'iu');

/**
 * Words that make a figure a part of a count the rules record (a subset by age or rank), not the count:
 * "60,000 invention patents had been maintained effective for over 10 years", 维持10年以上的发明专利.
 * Matched in the figure's clause.
 */
export const SUBSET_QUALIFIERS: readonly string[] = [
  '(?:maintained|kept|remained|been) (?:valid|effective|in force)(?: \\w+){0,2} for (?:over|more than|at least) (?:\\d+|\\w+) years',
  '维持(?:有效)?(?:\\d+|[一二三四五六七八九十]+)年以上',
];
export const SUBSET_QUALIFIER = anyOf(SUBSET_QUALIFIERS);

/**
 * Words before a number that make it a position in a ranking, not a count ("among the top 50", 前10强).
 */
export const RANK_BEFORE: readonly string[] = ['\\btop\\s?$', '前\\s?$'];
export const RANK_BEFORE_NUMBER = anyOf(RANK_BEFORE);

/**
 * A span of several years (近三年来, "over the past three years"): a figure stated over it is a sum of
 * those years, which is no period the graph records; the figure is listed, not proposed.
 */
export const MULTI_YEAR_SPANS: readonly string[] = [
  '近(?:[两二三四五六七八九十]|\\d+)年(?:来|以来|间)?',
  '(?:[两二三四五六七八九十]|\\d+)年(?:来|以来|间)',
  '\\b(?:over|in|during) the (?:past|last) (?:two|three|four|five|six|seven|eight|nine|ten|\\d+) years\\b',
  '十[一二三四五]五(?:期间|以来)',
];
export const MULTI_YEAR_SPAN = anyOf(MULTI_YEAR_SPANS);

/**
 * Words of the programmes' names that end in a place's name (示范县 ends in 范县, a county of Henan): a
 * place found at the end of one of them is part of the word, not a place. Simplified forms.
 */
export const PROGRAMME_WORDS: readonly string[] = ['示范县', '示范区', '试点县', '强县'];

/**
 * A park or zone as the subject of a figure's sentence ("The zone passed a milestone … by filing 10,000
 * patent applications", 园区累计申请专利…): its figures are the park's, and a park is no place the graph
 * records. Matched at the start of the sentence or of the figure's clause.
 */
export const ZONE_SUBJECTS: readonly string[] = [
  '^(?:the|this|that) (?:(?:high-tech|hi-tech|industrial|development|free trade|pilot|science|technology|economic|new) )*(?:zone|park|district)\\b(?! of)',
  '^(?:该|这个|本)?(?:园区|高新区|开发区|产业园|科技园)(?!所在)',
];
export const ZONE_SUBJECT = anyOf(ZONE_SUBJECTS);

/**
 * Words that say the places assessed are units below the one named (a province's 创建单位, its counties):
 * an assessment sentence with one of these and no place of its own is not the province's.
 */
export const ASSESSED_UNITS: readonly string[] = ['创建单位', '试点单位', '示范单位', '各县', '县\\(市、区\\)', '县（市、区）', '试点县', '示范县', '\\bunits\\b', '\\b(?:pilot |demonstration )?counties\\b'];
export const ASSESSED_UNIT = anyOf(ASSESSED_UNITS);

/**
 * Acts that make a dated sentence a ceremony without a meeting noun: a plaque or title given or unveiled
 * ("将…铭牌正式颁给海淀", 揭牌, "unveiled the plaque"). The place is the one that receives it, named after
 * one of RECIPIENT_MARKERS, else the place the sentence names first.
 */
export const CEREMONY_ACTS: readonly string[] = ['铭牌', '牌匾', '授牌', '揭牌', '颁牌', '(?:unveil|present|award)(?:ed|s)? (?:a |the )?(?:plaque|nameplate)'];
export const CEREMONY_ACT = anyOf(CEREMONY_ACTS);
export const RECIPIENT_MARKERS: readonly string[] = ['颁给', '颁发给', '授予', '授给', '交给', '\\bto\\b'];
export const RECIPIENT_MARKER = anyOf(RECIPIENT_MARKERS, 'giu');

/*
 * Candidate generators for designations, assessments and events (branch s11-10-gen). Each table is the
 * general vocabulary of one kind of statement; the generators in extract.ts pair it with a place and a
 * date, and their judge (`acceptGenerated` there) decides on general features, never on an article's words.
 */

/**
 * Acts that hand a place a title: a plaque given (授牌, 颁发…牌匾, 将…牌子授予), a title brought home or won
 * (捧回/荣获/获得…称号), "awarded the plaque". The place is the one the act is for (为/向/给/授予 X), else a place
 * of the act's clause.
 */
export const TITLE_ACTS: readonly string[] = [
  '授牌',
  '颁(?:发|授)?[^，,。；;]{0,40}?(?:牌匾|奖牌|铭牌|牌子)',
  '(?:牌子|牌匾|铭牌)[^，,。；;]{0,6}?授(?:予|给)',
  '(?:捧回|荣获|获得|摘得|夺得|荣膺)[^，,。；;]{0,30}?称号',
  '(?:awarded|presented|granted|handed)(?: \\w+){0,4} (?:plaques?|titles?|nameplates?)',
];
export const TITLE_ACT = anyOf(TITLE_ACTS);

/** Words that make a sentence a plan, an application or an aim, not a title held or given. */
export const NOT_A_TITLE: readonly string[] = ['方案', '计划', '规划', '意见', '申报', '争创', '力争', '争取', '拟', '目标', '努力', '即将', '将于', '将要', '推荐', '\\bplans?\\b', '\\bapply(?:ing)?\\b', '\\baims?\\b', '\\bstrive', '\\bwill\\b'];
export const NOT_A_TITLE_RE = anyOf(NOT_A_TITLE);

/**
 * Nouns of an event beyond the rules' meeting nouns: any …会 of a kind (推进会, 动员部署会, 研讨会), a lecture, a
 * week or day of activities (宣传周, 活动周), an activity of a kind (专题活动, 宣传咨询活动), a leg of a touring
 * campaign (湖北站活动) or a named one (“…”活动); "event", "campaign", "publicity week", "lecture", "launch", "summit".
 */
export const EVENT_NOUNS_WIDE: readonly string[] = [
  '(?:推进|部署|动员|研讨|交流|对接|培训|现场|表彰|推介|启动|宣讲|调度|观摩|恳谈|见面|报告|总结|工作)会',
  '讲座',
  '宣传周',
  '活动周',
  '(?:专题|主题|宣传|咨询|系列|启动|集中|展示|宣传咨询)活动',
  // a leg of a touring campaign (湖北站活动, 上海站活动) and a named activity (“…”活动)
  '站活动',
  '[”」][^，,。；;“”]{0,12}活动',
  '\\bsummit\\b',
  '\\bevents?\\b',
  '\\bcampaign\\b',
  '\\b(?:publicity|promotion) (?:week|month|campaign)\\b',
  '\\blectures?\\b',
  '\\blaunch(?:ing)? ceremony\\b',
];
export const EVENT_NOUN_WIDE = anyOf(EVENT_NOUNS_WIDE);

/** Verbs that say an event took place (召开, 举办, 拉开…序幕, 出席…会议, "was launched", "hosted", "kicked off"). */
export const HELD_VERBS: readonly string[] = ['召开', '举行', '举办', '启动', '开幕', '拉开[^，,。；;]{0,30}?序幕', '开展', '出席', '\\bheld\\b', '\\blaunched\\b', '\\bopened\\b', '\\bhosted\\b', '\\bkicked off\\b', '\\borganized\\b', '\\borganised\\b', '\\btook place\\b'];
export const HELD_VERB = anyOf(HELD_VERBS);
