/** Runs the real server entry point (`src/main.ts`) as a child process, as `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config.js';

export interface Spawned {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves when the output matches `re`, rejects when the process exits first or time runs out. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
}

export function spawnEntry(entry: string, env: Record<string, string>, args: string[] = []): Spawned {
  return spawnCommand(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, entry), ...args], env, false);
}

/**
 * `npm start` exactly as a user types it, in a process group of its own like a terminal's foreground
 * job: `process.kill(-child.pid, 'SIGINT')` is then what Ctrl-C does (npm, tsx and node all get it).
 */
export function spawnNpmStart(env: Record<string, string>): Spawned {
  // NODE_ENV as a developer has it (not 'test', which changes Apollo's signal handling).
  return spawnCommand('npm', ['start'], { NODE_ENV: 'development', ...env }, true);
}

function spawnCommand(command: string, args: string[], env: Record<string, string>, ownGroup: boolean): Spawned {
  const child = spawn(command, args, {
    detached: ownGroup,
    cwd: PROJECT_ROOT,
    // A clean environment: nothing from the developer's .env or shell leaks into what is tested.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_PRETTY: 'false', NODE_ENV: 'test', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor(re, timeoutMs = 180_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (re.test(out)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output:\n${out}`)), timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!re.test(out)) reject(new Error(`process exited (${code}) before ${re}; output:\n${out}`));
        });
        check();
      });
    },
  };
}

/** A TCP port nothing listens on right now (so concurrent test runs don't collide on fixed ports). */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as import('node:net').AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
