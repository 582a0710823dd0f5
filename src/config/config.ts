/**
 * Configuration, read in one place and validated at start. Public API of the server: every variable is
 * documented in `.env.example` and README. A wrong value stops the boot with a ConfigError naming the
 * variable, what was expected and what was found; the password is never echoed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LocalNeo4jConfig {
  /** Folder holding the local DBMS (conf, data, logs, run). Default `.neo4j` in the project. */
  home: string;
  /** Bolt port on 127.0.0.1. Default 7687. */
  boltPort: number;
  /** HTTP port (Neo4j Browser, HTTP API) on 127.0.0.1. Default 7474. */
  httpPort: number;
  /** JVM heap, e.g. `1g`. Default 1g: writing costs Neo4j ~1.4× less CPU than with 512m (docs/performance.md). */
  heap: string;
  /** Page cache, e.g. `256m`. Default 256m. */
  pageCache: string;
  /**
   * Java class-data sharing for the JVM (a class archive written by its first run, mapped by later ones:
   * a faster boot). Default false (LOCAL_NEO4J_CLASS_SHARING): the first JVM's stop writes a 130 MiB
   * archive, which took over 45 s on a loaded machine.
   */
  classDataSharing?: boolean;
}

/** Serving GraphQL over HTTP: request limits, schema exposure and CORS (see docs/operations.md). */
export interface ServerConfig {
  /** Largest request body accepted, in bytes (HTTP_BODY_LIMIT_KB). Default 100 KiB. */
  bodyLimitBytes: number;
  /** Deepest selection nesting (GRAPHQL_MAX_DEPTH). Default 10. */
  maxDepth: number;
  /** Aliased fields per operation (GRAPHQL_MAX_ALIASES). Default 15. */
  maxAliases: number;
  /** Directives per operation (GRAPHQL_MAX_DIRECTIVES). Default 20. */
  maxDirectives: number;
  /** Lexical tokens per document (GRAPHQL_MAX_TOKENS). Default 2000. */
  maxTokens: number;
  /** Cost budget; list fields cost by their `first`/`limit` and hop arguments (GRAPHQL_MAX_COST). Default 100000. */
  maxCost: number;
  /** Schema introspection (GRAPHQL_INTROSPECTION). Default on, off when NODE_ENV=production. */
  introspection: boolean;
  /** "Did you mean …" suggestions in errors (GRAPHQL_SUGGESTIONS). Default on, off when NODE_ENV=production. */
  suggestions: boolean;
  /** Origins allowed by CORS (CORS_ORIGINS): a list, `*` for any, or empty (default) for same-origin only. */
  corsOrigins: string[] | '*';
  /** Bearer token /metrics requires (METRICS_TOKEN, 16+ characters); unset: /metrics is open. */
  metricsToken?: string;
  /** Whether responses may name the Neo4j version (`serverInfo.neo4jVersion`). Off when NODE_ENV=production. */
  revealVersions: boolean;
  /** GraphQL requests running at once; more answer 503 + Retry-After (HTTP_MAX_IN_FLIGHT). Default 24. */
  maxInFlight: number;
  /** GraphQL requests running at once for one client address; more answer 429 (HTTP_MAX_IN_FLIGHT_PER_CLIENT). Default 8. */
  maxInFlightPerClient: number;
  /**
   * The deadline of a whole GraphQL request, from receipt (REQUEST_DEADLINE_MS): after it, the fields
   * still waiting for the database get QUERY_TOO_COMPLEX (`limit: "requestDeadlineMs"`) and their
   * transactions are terminated. Default 10000 ms.
   */
  requestDeadlineMs: number;
  /** Root fields of estimated cost over HEAVY_FIELD_COST one request may hold (GRAPHQL_MAX_HEAVY_FIELDS). Default 3. */
  maxHeavyFields: number;
}

export interface Config {
  /** Bolt URI of an existing Neo4j; undefined means "start and use the local Neo4j". */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Transaction timeout applied to every Cypher query. Default 15000 ms. */
  txTimeoutMs: number;
  port: number;
  host: string;
  logLevel: LogLevel;
  /** Pretty, human logs instead of JSON lines. Default: on when stdout is a TTY and NODE_ENV isn't production. */
  logPretty: boolean;
  local: LocalNeo4jConfig;
  server: ServerConfig;
  cypherDoor: CypherDoorConfig;
}

/** The research door: `cypher(query, params)` over GraphQL, read-only, off unless enabled. */
export interface CypherDoorConfig {
  /** Default false: the field answers FORBIDDEN. */
  enabled: boolean;
  /** Required when enabled (at least 16 characters); clients send it in `x-api-key`. */
  apiKey: string | undefined;
  /** Transaction timeout of a door query. Default 5000 ms (or NEO4J_TX_TIMEOUT_MS if lower); never above it. */
  timeoutMs: number;
  /** Rows returned before the result is cut off (`truncated: true`). Default 1000. */
  maxRows: number;
  /** Bytes of JSON rows returned before the result is cut off. Default 1 000 000. */
  maxBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`Invalid configuration: ${variable} must be ${expected}; found ${found}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const shown = (v: string) => JSON.stringify(v);

function getValidPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(name, 'a TCP port number between 1 and 65535', shown(raw));
  }
  return n;
}

function getValidInt(env: Env, name: string, fallback: number, min: number, max: number, what: string): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new ConfigError(name, `${what} between ${min} and ${max}`, shown(raw));
  }
  return n;
}

function getValidBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, 'a boolean (true/false, 1/0, yes/no, on/off)', shown(raw));
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function getValidUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw.trim() === '') return undefined;
  const expected = `a Neo4j URI with scheme ${NEO4J_SCHEMES.map((s) => s + '://').join(', ')} (e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io), or unset to use the local Neo4j`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError('NEO4J_URI', expected, shown(raw));
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme) || url.hostname === '') {
    throw new ConfigError('NEO4J_URI', expected, shown(url.password ? raw.replace(url.password, '***') : raw));
  }
  if (url.username || url.password) {
    throw new ConfigError('NEO4J_URI', `${expected}, without credentials (use NEO4J_USERNAME and NEO4J_PASSWORD)`, 'a URI with user info');
  }
  return raw.trim();
}

function getValidSize(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+[kmg]$/i.test(raw.trim())) throw new ConfigError(name, 'a memory size such as 512m or 1g', shown(raw));
  return raw.trim().toLowerCase();
}

function getValidOrigins(env: Env): string[] | '*' {
  const raw = env.CORS_ORIGINS?.trim() ?? '';
  if (raw === '') return [];
  if (raw === '*') return '*';
  return raw.split(',').map((o) => {
    const origin = o.trim();
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      /* reported below */
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError('CORS_ORIGINS', 'a comma-separated list of origins such as https://example.org,http://localhost:5173 (scheme, host and port only), or *', shown(origin));
    }
    return url.origin;
  });
}

function getValidServerConfig(env: Env): ServerConfig {
  const development = env.NODE_ENV !== 'production';
  return {
    bodyLimitBytes: getValidInt(env, 'HTTP_BODY_LIMIT_KB', 100, 1, 10240, 'a request body limit in KiB') * 1024,
    maxDepth: getValidInt(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 100, 'a selection depth'),
    maxAliases: getValidInt(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000, 'a number of aliases'),
    maxDirectives: getValidInt(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000, 'a number of directives'),
    maxTokens: getValidInt(env, 'GRAPHQL_MAX_TOKENS', 2000, 100, 100000, 'a number of tokens'),
    maxCost: getValidInt(env, 'GRAPHQL_MAX_COST', 100000, 1, 10000000, 'a query cost'),
    introspection: getValidBool(env, 'GRAPHQL_INTROSPECTION', development),
    suggestions: getValidBool(env, 'GRAPHQL_SUGGESTIONS', development),
    corsOrigins: getValidOrigins(env),
    metricsToken: getValidToken(env, 'METRICS_TOKEN'),
    revealVersions: development,
    maxInFlight: getValidInt(env, 'HTTP_MAX_IN_FLIGHT', 24, 1, 10000, 'a number of requests'),
    maxInFlightPerClient: getValidInt(env, 'HTTP_MAX_IN_FLIGHT_PER_CLIENT', 8, 1, 10000, 'a number of requests'),
    requestDeadlineMs: getValidInt(env, 'REQUEST_DEADLINE_MS', 10000, 100, 600000, 'a request deadline in milliseconds'),
    maxHeavyFields: getValidInt(env, 'GRAPHQL_MAX_HEAVY_FIELDS', 3, 1, 1000, 'a number of heavy fields'),
  };
}

/** An optional secret: unset or empty means none; otherwise at least 16 characters, no spaces. */
function getValidToken(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (raw.length < 16 || /\s/.test(raw)) throw new ConfigError(name, 'a token of at least 16 characters without spaces (or nothing, to leave it off)', `${raw.length} characters${/\s/.test(raw) ? ' with spaces' : ''}`);
  return raw;
}

/** Local Neo4j 5 refuses passwords shorter than 8 characters, so the default is long enough. */
export const DEFAULT_LOCAL_PASSWORD = 'ip-city-graph';

/** Reads and validates the configuration. Defaults are listed in `.env.example`. */
export function loadConfig(env: Env = process.env): Config {
  const neo4jUri = getValidUri(env);
  const username = env.NEO4J_USERNAME?.trim() || 'neo4j';
  const password = env.NEO4J_PASSWORD ?? (neo4jUri ? '' : DEFAULT_LOCAL_PASSWORD);
  if (neo4jUri && password === '') {
    throw new ConfigError('NEO4J_PASSWORD', `the password of user ${shown(username)} at ${neo4jUri}`, 'nothing (it is unset or empty)');
  }
  if (!neo4jUri && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD', 'at least 8 characters for the local Neo4j (Neo4j 5 refuses shorter ones)', `${password.length} characters`);
  }
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  if (!/^[a-z][a-z0-9.-]{2,62}$/i.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', 'a Neo4j database name (3–63 letters, digits, dots or dashes, starting with a letter)', shown(database));
  }
  const logLevelRaw = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!LOG_LEVELS.includes(logLevelRaw as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, shown(env.LOG_LEVEL ?? ''));
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  const localHome = env.LOCAL_NEO4J_HOME?.trim() || '.neo4j/dbms';
  const txTimeoutMs = getValidInt(env, 'NEO4J_TX_TIMEOUT_MS', 15000, 100, 600000, 'a transaction timeout in milliseconds');
  const config: Config = {
    neo4jUri,
    neo4jUsername: username,
    neo4jPassword: password,
    neo4jDatabase: database,
    txTimeoutMs,
    port: getValidPort(env, 'PORT', 4000),
    host,
    logLevel: logLevelRaw as LogLevel,
    logPretty: getValidBool(env, 'LOG_PRETTY', Boolean(process.stdout.isTTY) && env.NODE_ENV !== 'production'),
    local: {
      home: path.resolve(PROJECT_ROOT, localHome),
      boltPort: getValidPort(env, 'LOCAL_NEO4J_BOLT_PORT', 7687),
      httpPort: getValidPort(env, 'LOCAL_NEO4J_HTTP_PORT', 7474),
      heap: getValidSize(env, 'LOCAL_NEO4J_HEAP', '1g'),
      pageCache: getValidSize(env, 'LOCAL_NEO4J_PAGECACHE', '256m'),
      classDataSharing: getValidBool(env, 'LOCAL_NEO4J_CLASS_SHARING', false),
    },
    server: getValidServerConfig(env),
    cypherDoor: {
      enabled: getValidBool(env, 'CYPHER_DOOR_ENABLED', false),
      apiKey: env.CYPHER_DOOR_API_KEY?.trim() || undefined,
      timeoutMs: getValidInt(env, 'CYPHER_DOOR_TIMEOUT_MS', Math.min(5000, txTimeoutMs), 100, 600000, 'a transaction timeout in milliseconds'),
      maxRows: getValidInt(env, 'CYPHER_DOOR_MAX_ROWS', 1000, 1, 1000000, 'a number of rows'),
      maxBytes: getValidInt(env, 'CYPHER_DOOR_MAX_BYTES', 1000000, 1000, 100000000, 'a number of bytes'),
    },
  };
  if (config.cypherDoor.enabled && (config.cypherDoor.apiKey ?? '').length < 16) {
    const key = config.cypherDoor.apiKey;
    throw new ConfigError('CYPHER_DOOR_API_KEY', 'a key of at least 16 characters when CYPHER_DOOR_ENABLED is true', key === undefined ? 'nothing (it is unset or empty)' : `${key.length} characters`);
  }
  if (config.cypherDoor.timeoutMs > config.txTimeoutMs) {
    throw new ConfigError('CYPHER_DOOR_TIMEOUT_MS', `at most NEO4J_TX_TIMEOUT_MS (${config.txTimeoutMs})`, String(config.cypherDoor.timeoutMs));
  }
  if (!neo4jUri && config.local.boltPort === config.local.httpPort) {
    throw new ConfigError('LOCAL_NEO4J_HTTP_PORT', `a port different from LOCAL_NEO4J_BOLT_PORT (${config.local.boltPort})`, String(config.local.httpPort));
  }
  return config;
}

/** The Bolt URI the server connects to: NEO4J_URI, or the local Neo4j's. */
export function boltUri(config: Config): string {
  return config.neo4jUri ?? `bolt://127.0.0.1:${config.local.boltPort}`;
}
