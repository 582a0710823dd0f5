/**
 * The three export formats, each fed one node or relationship at a time:
 *
 * - graphml: `graph.graphml`, typed `<key>`s declared first (long, double, boolean, string; lists,
 *   maps and dates as JSON/ISO strings), node `_labels` and edge `_type` attributes. Loads in networkx
 *   (`read_graphml`) and Gephi.
 * - csv: `nodes.csv` (`_id`, `_labels`, then one column per property key) and `relationships.csv`
 *   (`_type`, `_start`, `_end`, then one column per property key); lists as JSON.
 * - json: `graph.json`, `{"nodes": [{id, labels, properties}], "relationships": [{type, start, end,
 *   properties}]}` with plain JSON values.
 */
import path from 'node:path';
import { stringify, type Stringifier } from 'csv-stringify';
import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';
import { csvCell } from '../output-format.js';
import type { Json } from '../plain-json.js';
import { FileSink } from './sink.js';

export const EXPORT_FORMATS = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportNode {
  key: string;
  labels: string[];
  props: Record<string, Json>;
}
export interface ExportRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, Json>;
}

/** Property key → Neo4j value types seen (`valueType()`: "INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"…). */
export type KeyTypes = Array<{ key: string; types: string[] }>;

export interface GraphWriter {
  readonly files: string[];
  begin(nodeKeys: KeyTypes, relKeys: KeyTypes): Promise<void>;
  node(n: ExportNode): Promise<void>;
  rel(r: ExportRel): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

export function createWriter(format: ExportFormat, dir: string): GraphWriter {
  if (format === 'graphml') return new GraphMLWriter(dir);
  if (format === 'csv') return new CsvWriter(dir);
  return new JsonWriter(dir);
}

/** A flat value for GraphML and CSV: lists and maps become JSON text. */
function flat(v: Json | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

// ---------------------------------------------------------------------------------------------

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** GraphML's attr.type for the Neo4j types a key holds. */
export function graphmlType(types: string[]): 'long' | 'double' | 'boolean' | 'string' {
  const base = new Set(types.map((t) => t.replace(/ NOT NULL$/u, '')));
  if (base.size === 1 && base.has('INTEGER')) return 'long';
  if ([...base].every((t) => t === 'INTEGER' || t === 'FLOAT')) return 'double';
  if (base.size === 1 && base.has('BOOLEAN')) return 'boolean';
  return 'string';
}

class GraphMLWriter implements GraphWriter {
  private readonly sink: FileSink;
  private readonly xml: XMLBuilderCB;
  private nodeKeys = new Map<string, string>();
  private relKeys = new Map<string, string>();
  private edges = 0;
  readonly files: string[];

  constructor(dir: string) {
    const file = path.join(dir, 'graph.graphml');
    this.files = [file];
    this.sink = new FileSink(file);
    this.xml = createCB({
      data: (chunk: string) => this.sink.write(chunk),
      prettyPrint: true,
      // Neo4j strings may hold characters XML 1.0 forbids (control characters): replace, never fail.
      invalidCharReplacement: '\uFFFD',
    });
  }

  async begin(nodeKeys: KeyTypes, relKeys: KeyTypes): Promise<void> {
    this.xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml');
    const declare = (forWhat: 'node' | 'edge', key: string, type: string, map: Map<string, string>) => {
      const id = `${forWhat === 'node' ? 'n' : 'e'}${map.size}`;
      map.set(key, id);
      this.xml.ele('key', { id, for: forWhat, 'attr.name': key, 'attr.type': type }).up();
    };
    declare('node', '_labels', 'string', this.nodeKeys);
    for (const k of nodeKeys) declare('node', k.key, graphmlType(k.types), this.nodeKeys);
    declare('edge', '_type', 'string', this.relKeys);
    for (const k of relKeys) declare('edge', k.key, graphmlType(k.types), this.relKeys);
    this.xml.ele('graph', { id: 'G', edgedefault: 'directed' });
    await this.sink.drained();
  }

  private data(keys: Map<string, string>, name: string, value: Json | undefined): void {
    const v = flat(value);
    if (v === null) return;
    this.xml.ele('data', { key: keys.get(name)! }).txt(String(v)).up();
  }

  async node(n: ExportNode): Promise<void> {
    this.xml.ele('node', { id: n.key });
    this.data(this.nodeKeys, '_labels', n.labels.join(':'));
    for (const k of this.nodeKeys.keys()) if (k !== '_labels') this.data(this.nodeKeys, k, n.props[k]);
    this.xml.up();
    await this.sink.drained();
  }

  async rel(r: ExportRel): Promise<void> {
    this.xml.ele('edge', { id: `e${this.edges++}`, source: r.start, target: r.end });
    this.data(this.relKeys, '_type', r.type);
    for (const k of this.relKeys.keys()) if (k !== '_type') this.data(this.relKeys, k, r.props[k]);
    this.xml.up();
    await this.sink.drained();
  }

  async finish(): Promise<void> {
    this.xml.up().up().end();
    await this.sink.close();
  }

  abort(): void {
    this.sink.destroy();
  }
}

// ---------------------------------------------------------------------------------------------

class CsvWriter implements GraphWriter {
  readonly files: string[];
  private readonly nodeSink: FileSink;
  private readonly relSink: FileSink;
  private nodeCsv!: Stringifier;
  private relCsv!: Stringifier;
  private nodeCols: string[] = [];
  private relCols: string[] = [];

  constructor(dir: string) {
    this.files = [path.join(dir, 'nodes.csv'), path.join(dir, 'relationships.csv')];
    this.nodeSink = new FileSink(this.files[0]!);
    this.relSink = new FileSink(this.files[1]!);
  }

  private pipe(csv: Stringifier, sink: FileSink): void {
    csv.on('data', (chunk: Buffer | string) => sink.write(String(chunk)));
  }

  async begin(nodeKeys: KeyTypes, relKeys: KeyTypes): Promise<void> {
    this.nodeCols = nodeKeys.map((k) => k.key);
    this.relCols = relKeys.map((k) => k.key);
    this.nodeCsv = stringify({ header: true, columns: ['_id', '_labels', ...this.nodeCols] });
    this.relCsv = stringify({ header: true, columns: ['_type', '_start', '_end', ...this.relCols] });
    this.pipe(this.nodeCsv, this.nodeSink);
    this.pipe(this.relCsv, this.relSink);
  }

  async node(n: ExportNode): Promise<void> {
    this.nodeCsv.write([n.key, n.labels.join(';'), ...this.nodeCols.map((k) => cell(n.props[k]))]);
    await this.nodeSink.drained();
  }

  async rel(r: ExportRel): Promise<void> {
    this.relCsv.write([r.type, r.start, r.end, ...this.relCols.map((k) => cell(r.props[k]))]);
    await this.relSink.drained();
  }

  async finish(): Promise<void> {
    for (const [csv, sink] of [
      [this.nodeCsv, this.nodeSink],
      [this.relCsv, this.relSink],
    ] as const) {
      await new Promise<void>((resolve, reject) => {
        csv.once('end', resolve);
        csv.once('error', reject);
        csv.end();
        csv.resume();
      });
      await sink.close();
    }
  }

  abort(): void {
    this.nodeSink.destroy();
    this.relSink.destroy();
  }
}

function cell(v: Json | undefined): string | number | boolean {
  return v === undefined ? '' : csvCell(v);
}

// ---------------------------------------------------------------------------------------------

class JsonWriter implements GraphWriter {
  readonly files: string[];
  private readonly sink: FileSink;
  private nodes = 0;
  private rels = 0;
  private section: 'nodes' | 'relationships' = 'nodes';

  constructor(dir: string) {
    this.files = [path.join(dir, 'graph.json')];
    this.sink = new FileSink(this.files[0]!);
  }

  async begin(): Promise<void> {
    this.sink.write('{\n"nodes": [');
  }

  async node(n: ExportNode): Promise<void> {
    this.sink.write(`${this.nodes++ ? ',' : ''}\n  ${JSON.stringify({ id: n.key, labels: n.labels, properties: n.props })}`);
    await this.sink.drained();
  }

  async rel(r: ExportRel): Promise<void> {
    if (this.section === 'nodes') {
      this.sink.write('\n],\n"relationships": [');
      this.section = 'relationships';
    }
    this.sink.write(`${this.rels++ ? ',' : ''}\n  ${JSON.stringify({ type: r.type, start: r.start, end: r.end, properties: r.props })}`);
    await this.sink.drained();
  }

  async finish(): Promise<void> {
    if (this.section === 'nodes') this.sink.write('\n],\n"relationships": [');
    this.sink.write('\n]\n}\n');
    await this.sink.close();
  }

  abort(): void {
    this.sink.destroy();
  }
}
