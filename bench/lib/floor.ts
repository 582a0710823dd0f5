/**
 * The benchmark's floor: one hand-written Cypher query per operation (cypher/bench/floor/*.cypher and the
 * bench's own helpers in cypher/bench/), run in one read transaction, its single value returned as the
 * JSON the API would return. Used in-process (`--floor driver`) and by the HTTP floor server
 * (bench/floor-server.ts, `--floor http`).
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/config.js';

export const BENCH_CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher', 'bench');

/** Runs a floor query named by its path under cypher/bench without `.cypher` (e.g. `floor/nested`). */
export type FloorQuery = (file: string, params: Record<string, unknown>) => Promise<unknown>;

/** Names a floor request may use: the files under cypher/bench/floor/ plus the bench's cursor helper. */
export function floorFiles(): string[] {
  const floors = fs.readdirSync(path.join(BENCH_CYPHER_DIR, 'floor')).filter((f) => f.endsWith('.cypher')).map((f) => `floor/${f.slice(0, -'.cypher'.length)}`);
  return [...floors, 'city-at', 'fixture-node', 'fixture-kinds', 'fixture-programme'].sort();
}

/** The queries' texts, read once; the runner answers the value of the first column of the first row. */
export function driverFloor(driver: Driver, database: string): FloorQuery {
  const texts = new Map(floorFiles().map((f) => [f, fs.readFileSync(path.join(BENCH_CYPHER_DIR, `${f}.cypher`), 'utf8')]));
  return async (file, params) => {
    const text = texts.get(file);
    if (!text) throw new Error(`No floor query named ${JSON.stringify(file)} (known: ${[...texts.keys()].join(', ')}).`);
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(text, ints(params) as Record<string, unknown>), { timeout: 60_000 });
      const rec = res.records[0];
      if (!rec) throw new Error(`The floor query ${file} returned no row.`);
      return rec.get(0) as unknown;
    } finally {
      await session.close();
    }
  };
}

/** JavaScript integers as Cypher integers (the driver sends every number as a float). */
export function ints(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(ints);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ints(x)]));
  return v;
}

/** JSON.stringify replacer: driver dates as ISO strings, as the API's JSON carries them. */
export function jsonReplacer(_k: string, x: unknown): unknown {
  return x && typeof x === 'object' && (neo4j.isDate(x as never) || neo4j.isDateTime(x as never)) ? String(x) : x;
}

/** Driver values as JSON would carry them. */
export function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, jsonReplacer));
}
