/**
 * The local Neo4j: the real Neo4j 5.26 LTS Community server, assembled from Maven Central and run as a
 * child JVM. Public API for the CLI (`npm run db:start|db:stop|db:status`), `npm start` and the test setup.
 *
 * Why a server and not embedded-in-Java or neo4j-harness: `org.neo4j.server.CommunityEntryPoint` is
 * exactly what the official tarball's `bin/neo4j console` runs, so Bolt, the HTTP API and Neo4j Browser
 * all work and any client (JS/Python drivers, cypher-shell) can connect; the harness deletes its store
 * on close, and an embedded DBMS would need a Java program of our own to host it.
 *
 * Layout under the project's `.neo4j/` (gitignored):
 *   dist/classpath-<version>.txt   the resolved jar list (the jars themselves live in Maven's ~/.m2 cache)
 *   <instance home>/conf/neo4j.conf generated on every start from the configuration
 *   <instance home>/data, logs      the store and logs; they persist across stop/start
 *   <instance home>/run/local-neo4j.json  pid, ports, who started it and which process owns it
 *   <instance home>/run/users/<pid>.json  one file per process using it right now
 *   <instance home>/cds/*.jsa       the JVM's class-data archive (see classDataArchive)
 *
 * Ownership: the process that starts the JVM owns it (`ownerPid`) and is the only one that stops it,
 * and only when no other live process uses it; otherwise it hands ownership to one of them. A process
 * that finds it already running uses it and leaves it running. `npm run db:start` starts one that no
 * one owns (it runs until `npm run db:stop`). A server or test run adopts one whose owner died (a
 * killed `npm start`) so that nothing is left behind; the tools (`cypher`, `export`, `seed`) never do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jConfig } from '../../config/config.js';

export const NEO4J_VERSION = '5.26.30';
const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const DIST_DIR = path.join(PROJECT_ROOT, '.neo4j', 'dist');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** A failure the user can act on: `message` says what happened, `hint` what to do. No stack is shown. */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions extends LocalNeo4jConfig {
  username: string;
  password: string;
  /** Progress lines for humans (stderr by default). */
  log?: (line: string) => void;
  /**
   * db.memory.transaction.max, default 128m. Community edition cannot change it while running, so a
   * test that needs a smaller cap starts its own Neo4j with one (test/integration/reseed-prune.test.ts).
   */
  transactionMemoryMax?: string;
}

/**
 * Who starts or uses the local Neo4j: `cli` is `npm run db:start` (runs until `npm run db:stop`), `tool`
 * a short command (`cypher`, `export`, `seed`), `server` `npm start`, `test` the test setup.
 */
export type Owner = 'cli' | 'tool' | 'server' | 'test';

interface RunInfo {
  pid: number;
  boltPort: number;
  httpPort: number;
  owner: Owner;
  /** The process that stops it when done (absent for `cli`: nobody but `npm run db:stop`). */
  ownerPid?: number;
  startedAt: string;
  version: string;
}

interface UserRecord {
  pid: number;
  owner: Owner;
  since: string;
}

export interface LocalNeo4jHandle {
  boltUri: string;
  httpUrl: string;
  pid: number;
  /** True when this call started the JVM; false when it reused one already running. */
  started: boolean;
  /** Who started it (or adopted it). */
  owner: Owner;
  /** Milliseconds spent downloading (0 when cached) and booting. */
  timings: { downloadMs: number; bootMs: number };
  /**
   * Done with it: stops the JVM only if this process owns it and no other live process uses it (then
   * ownership passes to one of them). Resolves with what happened.
   */
  release(): Promise<'stopped' | 'left-running' | 'handed-over'>;
  /** Stops it unconditionally, whoever uses it (`npm run db:stop`, test teardown). */
  stop(): Promise<void>;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`[local-neo4j] ${line}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Java and Maven

/** Returns Java's major version, or throws with what to install. Neo4j 5.26 runs on Java 17 or 21. */
export function checkJava(javaCmd = javaExecutable()): number {
  const res = spawnSync(javaCmd, ['-version'], { encoding: 'utf8' });
  if (res.error) {
    throw new LocalNeo4jError(
      `Java was not found (tried ${javaCmd}). The local Neo4j ${NEO4J_VERSION} needs Java 17 or 21.`,
      'Install a JDK or JRE 17 or 21 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`), or set JAVA_HOME; or point the server at an existing Neo4j with NEO4J_URI.',
    );
  }
  const text = `${res.stderr}${res.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major === 17 || major === 21)) {
    throw new LocalNeo4jError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} found at ${javaCmd}, but Neo4j ${NEO4J_VERSION} needs Java 17 or 21.`,
      'Install Java 17 or 21 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) and set JAVA_HOME to it, or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  return major;
}

function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function classpathFile(distDir = DIST_DIR): string {
  return path.join(distDir, `classpath-${NEO4J_VERSION}.txt`);
}

function readClasspath(distDir = DIST_DIR): string[] | undefined {
  try {
    const jars = fs.readFileSync(classpathFile(distDir), 'utf8').trim().split(path.delimiter).filter(Boolean);
    return jars.length > 0 && jars.every((j) => fs.existsSync(j)) ? jars : undefined;
  } catch {
    return undefined;
  }
}

/** Neo4j's main jar in Maven's default local repository: there when an earlier run downloaded it. */
function neo4jJarInM2(): string {
  return path.join(os.homedir(), '.m2', 'repository', 'org', 'neo4j', 'neo4j', NEO4J_VERSION, `neo4j-${NEO4J_VERSION}.jar`);
}

/**
 * Resolves Neo4j's jars from Maven Central through Maven (once; Maven's ~/.m2 is the cache) and returns
 * the classpath. When the jars are already in ~/.m2 (another clone, an earlier run) Maven resolves them
 * offline and nothing is downloaded; otherwise it downloads them, printing progress.
 */
export async function ensureInstalled(log = defaultLog, distDir = DIST_DIR): Promise<{ classpath: string[]; downloadMs: number; downloaded: number }> {
  const cached = readClasspath(distDir);
  if (cached) return { classpath: cached, downloadMs: 0, downloaded: 0 };
  const t0 = Date.now();
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
    throw new LocalNeo4jError(
      `Maven (mvn) was not found. It is needed once, to download Neo4j ${NEO4J_VERSION} from Maven Central.`,
      'Install Maven (Debian/Ubuntu: `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  fs.mkdirSync(distDir, { recursive: true });
  const out = `${classpathFile(distDir)}.partial`;
  let result: MavenResult | undefined;
  if (fs.existsSync(neo4jJarInM2())) {
    log(`Neo4j ${NEO4J_VERSION}'s jars are already in ~/.m2: resolving them offline, nothing to download (about 10 s)…`);
    result = await runMaven(['-o'], out, t0, log);
    if (result.code !== 0) log('  …some jars are missing from ~/.m2; fetching them from Maven Central.');
  }
  if (!result || result.code !== 0) {
    log(`Downloading Neo4j ${NEO4J_VERSION} Community from Maven Central (first run only; about 140 MB, usually 1–3 minutes)…`);
    result = await runMaven([], out, t0, log);
  }
  if (result.code !== 0 || !fs.existsSync(out)) {
    throw new LocalNeo4jError(
      `Maven could not download Neo4j ${NEO4J_VERSION} (exit ${result.code}). Last lines:\n${result.tail.slice(-12).join('\n')}`,
      'Check that Maven Central (https://repo1.maven.org) is reachable and ~/.m2/settings.xml has no broken mirror, then try again.',
    );
  }
  fs.renameSync(out, classpathFile(distDir));
  const classpath = readClasspath(distDir);
  if (!classpath) throw new LocalNeo4jError('The resolved Neo4j classpath lists missing jars.', 'Delete .neo4j/dist and try again.');
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  log(
    result.downloaded > 0
      ? `Downloaded ${result.downloaded} files in ${secs} s; cached in ~/.m2 (later starts reuse it).`
      : `Resolved Neo4j's ${classpath.length} jars from ~/.m2 in ${secs} s (nothing downloaded).`,
  );
  return { classpath, downloadMs: result.downloaded > 0 ? Date.now() - t0 : 0, downloaded: result.downloaded };
}

interface MavenResult {
  code: number;
  downloaded: number;
  tail: string[];
}

async function runMaven(extra: string[], out: string, t0: number, log: (line: string) => void): Promise<MavenResult> {
  const args = ['-B', ...extra, '-f', POM, 'dependency:build-classpath', '-Dmdep.includeScope=runtime', `-Dmdep.outputFile=${out}`];
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let downloaded = 0;
  let lastReport = Date.now();
  let tail: string[] = [];
  const onLine = (line: string) => {
    tail = [...tail.slice(-30), line];
    if (/^\s*(\[INFO\] )?Downloaded from /.test(line)) {
      downloaded++;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(`  …${downloaded} files downloaded (${Math.round((Date.now() - t0) / 1000)} s)`);
      }
    }
  };
  lineReader(child.stdout!, onLine);
  lineReader(child.stderr!, onLine);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, downloaded, tail };
}

function lineReader(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Processes and ports

function runFile(home: string): string {
  return path.join(home, 'run', 'local-neo4j.json');
}

function readRunInfo(home: string): RunInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(runFile(home), 'utf8')) as RunInfo;
  } catch {
    return undefined;
  }
}

/** True when `pid` is a live Neo4j JVM serving `home` (guards against pid reuse). */
export function isOurNeo4j(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return servesHome(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'), home);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** Whole-argument match, so `.neo4j/test` does not also match `.neo4j/test-serving`. */
function servesHome(cmdline: string, home: string): boolean {
  const args = cmdline.split('\0');
  return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${home}`);
}

/** Pids of every local Neo4j JVM for `home` (Linux only; empty elsewhere). Used to prove no orphans. */
export function findNeo4jProcesses(home: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    try {
      return servesHome(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'), home);
    } catch {
      return false;
    }
  });
}

/** Resolves true when nothing listens on host:port. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------
// Start and stop

function writeConf(opts: LocalNeo4jOptions): void {
  const conf = path.join(opts.home, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  // Generated on every start so the ports and memory always follow the configuration.
  const lines = [
    '# Generated by ip-city-graph (src/db/local/local-neo4j.ts) on every start; edit .env instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.http.listen_address=127.0.0.1:${opts.httpPort}`,
    // What Neo4j tells clients to connect to (discovery at :<http>/, the routing table of neo4j://
    // URIs, Browser's pre-filled URL): the configured ports, or a moved port would send them to :7687.
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    `server.http.advertised_address=127.0.0.1:${opts.httpPort}`,
    'server.https.enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 days',
    // A shutdown should not wait long for stuck transactions: our own queries carry timeouts.
    'db.shutdown_transaction_end_timeout=5s',
    // A memory cap per transaction and for all of them together, so one runaway query (the research
    // door's) fails with a memory error instead of running the JVM out of heap (docs/operations.md).
    `db.memory.transaction.max=${opts.transactionMemoryMax ?? '128m'}`,
    'dbms.memory.transaction.total.max=320m',
  ];
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), lines.join('\n') + '\n');
}

function jvmEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
}

function setInitialPasswordIfNew(opts: LocalNeo4jOptions, classpath: string[]): void {
  const dataDir = path.join(opts.home, 'data');
  if (fs.existsSync(path.join(dataDir, 'dbms', 'auth.ini')) || fs.existsSync(path.join(dataDir, 'databases', 'system'))) return;
  const res = spawnSync(javaExecutable(), ['-cp', classpath.join(path.delimiter), ADMIN_TOOL, 'dbms', 'set-initial-password', opts.password], {
    env: jvmEnv(opts.home),
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    throw new LocalNeo4jError(`Could not set the local Neo4j's initial password: ${(res.stderr || res.stdout).trim().split('\n').slice(-3).join(' ')}`, 'Check NEO4J_PASSWORD (at least 8 characters).');
  }
}

function handleFor(opts: LocalNeo4jOptions, info: RunInfo, started: boolean, timings: LocalNeo4jHandle['timings']): LocalNeo4jHandle {
  return {
    boltUri: `bolt://127.0.0.1:${info.boltPort}`,
    httpUrl: `http://127.0.0.1:${info.httpPort}`,
    pid: info.pid,
    started,
    owner: info.owner,
    timings,
    release: () => releaseLocalNeo4j(opts.home, info.pid, opts.log ?? defaultLog),
    stop: () => stopLocalNeo4j(opts.home, opts.log).then(() => undefined),
  };
}

// ---------------------------------------------------------------------------------------------------
// Users and ownership

function usersDir(home: string): string {
  return path.join(home, 'run', 'users');
}

function registerUser(home: string, owner: Owner): void {
  fs.mkdirSync(usersDir(home), { recursive: true });
  const rec: UserRecord = { pid: process.pid, owner, since: new Date().toISOString() };
  fs.writeFileSync(path.join(usersDir(home), `${process.pid}.json`), JSON.stringify(rec));
}

function unregisterUser(home: string): void {
  fs.rmSync(path.join(usersDir(home), `${process.pid}.json`), { force: true });
}

/** Live processes using the local Neo4j for `home`, this one excluded; stale records are removed. */
export function liveUsers(home: string): UserRecord[] {
  let files: string[];
  try {
    files = fs.readdirSync(usersDir(home)).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const users: UserRecord[] = [];
  for (const f of files) {
    let rec: UserRecord;
    try {
      rec = JSON.parse(fs.readFileSync(path.join(usersDir(home), f), 'utf8')) as UserRecord;
    } catch {
      continue;
    }
    if (rec.pid === process.pid) continue;
    if (isAlive(rec.pid)) users.push(rec);
    else fs.rmSync(path.join(usersDir(home), f), { force: true });
  }
  return users;
}

const OWNER_WORDS: Record<Owner, string> = { cli: 'npm run db:start', tool: 'a command (cypher/export/seed/bench)', server: 'npm start', test: 'a test run' };

function describeUser(u: { owner: Owner; pid: number }): string {
  return `${OWNER_WORDS[u.owner]}, pid ${u.pid}`;
}

/**
 * This process is done with the local Neo4j (JVM `jvmPid`). Stops it only when this process owns it and
 * nobody else uses it; hands ownership to a live user otherwise; leaves alone one it does not own.
 */
export async function releaseLocalNeo4j(home: string, jvmPid: number, log: (line: string) => void = defaultLog): Promise<'stopped' | 'left-running' | 'handed-over'> {
  unregisterUser(home);
  const info = readRunInfo(home);
  if (!info || info.pid !== jvmPid || !isOurNeo4j(info.pid, home)) return 'left-running'; // already gone or replaced
  if (info.ownerPid !== process.pid) {
    log(`Leaving the local Neo4j (pid ${info.pid}) running: it was started by ${OWNER_WORDS[info.owner]}${info.ownerPid ? ` (pid ${info.ownerPid})` : ''}, not by this process.`);
    return 'left-running';
  }
  const users = liveUsers(home);
  if (users.length > 0) {
    const heir = users.find((u) => u.owner === 'server') ?? users.find((u) => u.owner !== 'cli') ?? users[0]!;
    writeRunInfo(home, { ...info, owner: heir.owner, ownerPid: heir.pid });
    log(`Leaving the local Neo4j (pid ${info.pid}) running: still in use by ${users.map(describeUser).join('; ')}. ${describeUser(heir)} now stops it when done.`);
    return 'handed-over';
  }
  await stopLocalNeo4j(home, log);
  return 'stopped';
}

/**
 * Starts the local Neo4j (provisioning it on first use) and resolves once it answers over HTTP and Bolt.
 * If one is already running for this home it is reused; `detached` lets it outlive this process
 * (`npm run db:start`). Ports that are taken by something else stop the start with a LocalNeo4jError.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions, { owner, detached }: { owner: Owner; detached: boolean }): Promise<LocalNeo4jHandle> {
  const log = opts.log ?? defaultLog;
  const running = readRunInfo(opts.home);
  if (running && isOurNeo4j(running.pid, opts.home)) {
    if (running.boltPort !== opts.boltPort || running.httpPort !== opts.httpPort) {
      throw new LocalNeo4jError(
        `The local Neo4j in ${opts.home} is already running (pid ${running.pid}) on Bolt ${running.boltPort} / HTTP ${running.httpPort}, not on the configured ${opts.boltPort} / ${opts.httpPort}.`,
        'Stop it first with `npm run db:stop`, or use the ports it runs on.',
      );
    }
    // A JVM orphaned by a killed `npm start` or test run (its owner is dead) is adopted by a server or
    // test run so that it stops it on exit. One started by `npm run db:start`, or owned by a live
    // process, is used and left running; the short tools never adopt.
    const orphaned = running.owner !== 'cli' && !(running.ownerPid && isAlive(running.ownerPid));
    const mine = running.ownerPid === process.pid;
    const adopt = !mine && orphaned && (owner === 'server' || owner === 'test');
    const info: RunInfo = adopt ? { ...running, owner, ownerPid: process.pid } : running;
    if (adopt) writeRunInfo(opts.home, info);
    if (owner !== 'cli') registerUser(opts.home, owner);
    const by = running.owner === 'cli' ? 'npm run db:start' : `${OWNER_WORDS[running.owner]}${running.ownerPid ? ` (pid ${running.ownerPid})` : ''}`;
    log(
      adopt
        ? `Adopting the local Neo4j left running by a process that has exited (pid ${running.pid}): bolt://127.0.0.1:${running.boltPort}; it is stopped when this process ends.`
        : mine
          ? `Reusing the local Neo4j this process started (pid ${running.pid}): bolt://127.0.0.1:${running.boltPort}`
          : `Reusing the local Neo4j already running (pid ${running.pid}, started by ${by}): bolt://127.0.0.1:${running.boltPort}; it is left running when this process ends.`,
    );
    await waitUntilReady(opts, running.pid, undefined, log);
    return handleFor(opts, info, false, { downloadMs: 0, bootMs: 0 });
  }

  checkJava();
  for (const [what, port, variable] of [
    ['Bolt', opts.boltPort, 'LOCAL_NEO4J_BOLT_PORT'],
    ['HTTP', opts.httpPort, 'LOCAL_NEO4J_HTTP_PORT'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `The local Neo4j's ${what} port ${port} on 127.0.0.1 is already in use by another program.`,
        `Stop that program, or choose another port: ${variable}=${port + 1} npm start (or set it in .env). If it is a Neo4j of your own, set NEO4J_URI=bolt://127.0.0.1:${port} to use it instead.`,
      );
    }
  }
  const { classpath, downloadMs } = await ensureInstalled(log);
  writeConf(opts);
  for (const dir of ['data', 'logs', 'run']) fs.mkdirSync(path.join(opts.home, dir), { recursive: true });
  setInitialPasswordIfNew(opts, classpath);

  const t0 = Date.now();
  const consoleLog = path.join(opts.home, 'logs', 'console.log');
  const out = fs.openSync(consoleLog, 'a');
  const args = [
    ...(opts.classDataSharing ? classDataArchiveFlags(opts.home, classpath) : []),
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    classpath.join(path.delimiter),
    ENTRY_POINT,
    `--home-dir=${opts.home}`,
    `--config-dir=${path.join(opts.home, 'conf')}`,
  ];
  // Its own process group (detached) so a Ctrl-C in the terminal reaches the server first, which then
  // shuts Neo4j down in order; the server stops it on exit unless it belongs to `npm run db:start`.
  const child = spawn(javaExecutable(), args, { env: jvmEnv(opts.home), stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  if (!child.pid) throw new LocalNeo4jError('Could not start Java for the local Neo4j.', 'Check that Java 17 or 21 is installed.');
  const info: RunInfo = {
    pid: child.pid,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    owner,
    ...(owner === 'cli' ? {} : { ownerPid: process.pid }),
    startedAt: new Date().toISOString(),
    version: NEO4J_VERSION,
  };
  writeRunInfo(opts.home, info);
  fs.rmSync(usersDir(opts.home), { recursive: true, force: true }); // records of an earlier JVM
  if (owner !== 'cli') registerUser(opts.home, owner);
  if (detached) child.unref();
  const lastBootMs = readStartupTimes(opts.home).bootMs;
  log(
    `Starting Neo4j ${NEO4J_VERSION} (pid ${child.pid}, data in ${path.relative(process.cwd(), opts.home) || opts.home}); ${
      lastBootMs ? `the last start took ${Math.round(lastBootMs / 1000)} s` : 'a first start takes 10–30 s'
    }…`,
  );
  try {
    await waitUntilReady(opts, child.pid, child, log, lastBootMs);
  } catch (err) {
    await stopLocalNeo4j(opts.home, () => undefined);
    throw err;
  }
  const bootMs = Date.now() - t0;
  recordStartupTime(opts.home, 'bootMs', bootMs);
  log(`Neo4j is ready in ${(bootMs / 1000).toFixed(1)} s: bolt://127.0.0.1:${opts.boltPort}  (Browser: http://127.0.0.1:${opts.httpPort}/browser/)`);
  return handleFor(opts, info, true, { downloadMs, bootMs });
}

/**
 * Java's class-data sharing for the Neo4j JVM (AppCDS, a dynamic archive): a new JVM spends most of its
 * first seconds, and much of its first Cypher queries' time, loading and verifying some 20,000 classes
 * (the server, then the parser, planner and runtime the first queries need). The first JVM of a home
 * runs with -XX:ArchiveClassesAtExit and, when it stops normally, writes every class it loaded into
 * `<home>/cds/`; later JVMs map that archive (-XX:SharedArchiveFile) instead of loading the classes from
 * the jars. The archive is named after the classpath and the Java runtime, so a Neo4j upgrade or
 * another Java makes a new one; a JVM that finds an archive it cannot use (Java checks the jars' sizes
 * and times) ignores it and runs as without (Java's -Xshare:auto). Written under a temporary name and
 * kept only after the JVM has exited (stopLocalNeo4j), so a JVM killed mid-write leaves nothing used.
 */
export function classDataArchive(home: string, classpath: readonly string[]): { archive: string; partial: string } {
  const key = createHash('sha256').update(`${classpath.join(path.delimiter)}\n${javaRuntimeVersion()}`).digest('hex').slice(0, 12);
  const archive = path.join(home, 'cds', `neo4j-${NEO4J_VERSION}-${key}.jsa`);
  return { archive, partial: `${archive}.partial` };
}

function classDataArchiveFlags(home: string, classpath: readonly string[]): string[] {
  keepClassDataArchive(home); // one written by a JVM stopped by another process (e.g. a second Ctrl-C)
  const { archive, partial } = classDataArchive(home, classpath);
  if (fs.existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`];
  fs.mkdirSync(path.dirname(archive), { recursive: true });
  fs.rmSync(partial, { force: true });
  return [`-XX:ArchiveClassesAtExit=${partial}`];
}

/** After the JVM has exited: an archive it wrote at exit becomes the one later JVMs use. */
function keepClassDataArchive(home: string): void {
  const dir = path.join(home, 'cds');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith('.jsa.partial'))) {
    const partial = path.join(dir, name);
    if (fs.statSync(partial).size > 0) fs.renameSync(partial, partial.slice(0, -'.partial'.length));
    else fs.rmSync(partial, { force: true });
  }
}

let runtimeVersion: string | undefined;
/** `java -version`'s first lines (vendor, version, build): what a class-data archive is only valid for. */
function javaRuntimeVersion(): string {
  runtimeVersion ??= (spawnSync(javaExecutable(), ['-version'], { encoding: 'utf8' }).stderr ?? '').trim();
  return runtimeVersion;
}

function writeRunInfo(home: string, info: RunInfo): void {
  fs.mkdirSync(path.dirname(runFile(home)), { recursive: true });
  fs.writeFileSync(runFile(home), JSON.stringify(info, null, 2));
}

async function waitUntilReady(opts: LocalNeo4jOptions, pid: number, child: ChildProcess | undefined, log: (l: string) => void, expectedMs?: number): Promise<void> {
  const t0 = Date.now();
  let exited: number | null | undefined;
  child?.once('exit', (code) => (exited = code));
  let lastReport = t0;
  let httpUp = false;
  for (;;) {
    if (exited !== undefined || !isAlive(pid)) {
      throw new LocalNeo4jError(`The local Neo4j exited while starting (exit ${exited ?? 'unknown'}). Last log lines:\n${lastLogLines(opts.home)}`, `See ${path.join(opts.home, 'logs')} for the full logs.`);
    }
    if (httpUp || (await httpAnswers(opts.httpPort))) {
      if (!httpUp && child) log(`  HTTP answers on :${opts.httpPort} after ${Math.round((Date.now() - t0) / 1000)} s; waiting for Bolt on :${opts.boltPort}…`);
      httpUp = true;
      if (await boltAnswers(opts.boltPort)) return;
    }
    if (Date.now() - t0 > 180_000) {
      throw new LocalNeo4jError(`The local Neo4j did not become ready within 180 s. Last log lines:\n${lastLogLines(opts.home)}`, `See ${path.join(opts.home, 'logs')}.`);
    }
    if (Date.now() - lastReport > 3000) {
      lastReport = Date.now();
      const elapsed = Math.round((Date.now() - t0) / 1000);
      const left = expectedMs ? Math.round(expectedMs / 1000) - elapsed : undefined;
      const last = lastLogLines(opts.home, 1).replace(/^\S+\s+\S+\s+/, '');
      log(
        `  …${httpUp ? 'waiting for Bolt' : 'Neo4j starting'} (${elapsed} s${left !== undefined ? (left > 0 ? `, about ${left} s left` : ', taking longer than last time') : ''})${last ? `: ${last.slice(0, 120)}` : ''}`,
      );
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------------
// How long starting took last time, so that progress lines can say how long the rest will take.

export interface StartupTimes {
  bootMs?: number;
  seedMs?: number;
}

function timesFile(home: string): string {
  return path.join(home, 'startup-times.json');
}

export function readStartupTimes(home: string): StartupTimes {
  try {
    return JSON.parse(fs.readFileSync(timesFile(home), 'utf8')) as StartupTimes;
  } catch {
    return {};
  }
}

export function recordStartupTime(home: string, key: keyof StartupTimes, ms: number): void {
  try {
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(timesFile(home), JSON.stringify({ ...readStartupTimes(home), [key]: ms }));
  } catch {
    /* only a hint for the next start */
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function httpAnswers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.setTimeout(1000);
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
    sock.once('timeout', () => {
      sock.destroy();
      resolve(false);
    });
  });
}

function lastLogLines(home: string, n = 8): string {
  for (const f of ['neo4j.log', 'console.log']) {
    try {
      const lines = fs.readFileSync(path.join(home, 'logs', f), 'utf8').trim().split('\n');
      if (lines.length && lines[0] !== '') return lines.slice(-n).join('\n');
    } catch {
      /* try the next file */
    }
  }
  return '';
}

/** Stops the local Neo4j for `home` (SIGTERM, then SIGKILL after 60 s). Resolves false if none ran. */
export async function stopLocalNeo4j(home: string, log: (line: string) => void = defaultLog): Promise<boolean> {
  const info = readRunInfo(home);
  const pids = new Set(findNeo4jProcesses(home));
  if (info && isOurNeo4j(info.pid, home)) pids.add(info.pid);
  if (pids.size === 0) {
    fs.rmSync(runFile(home), { force: true });
    return false;
  }
  for (const pid of pids) {
    log(`Stopping the local Neo4j (pid ${pid})…`);
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      continue;
    }
    if (!(await waitForExit(pid, 60_000))) {
      log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it.`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await waitForExit(pid, 5000);
    }
  }
  fs.rmSync(runFile(home), { force: true });
  fs.rmSync(usersDir(home), { recursive: true, force: true });
  keepClassDataArchive(home);
  log('The local Neo4j has stopped.');
  return true;
}

/** True when this process owns the local Neo4j for `home` and no other live process uses it. */
export function ownedAlone(home: string): boolean {
  const info = readRunInfo(home);
  return !!info && info.ownerPid === process.pid && liveUsers(home).length === 0;
}

/** What runs for `home`: undefined when nothing does. */
export function localStatus(home: string): (RunInfo & { rssKiB?: number; users: UserRecord[] }) | undefined {
  const info = readRunInfo(home);
  if (!info || !isOurNeo4j(info.pid, home)) return undefined;
  let rssKiB: number | undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${info.pid}/status`, 'utf8'));
    rssKiB = m ? Number(m[1]) : undefined;
  } catch {
    /* not Linux */
  }
  return { ...info, rssKiB, users: liveUsers(home) };
}
