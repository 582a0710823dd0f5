/** `npm run db:start | db:stop | db:status`: the local Neo4j on its own, outliving the command. */
import { loadConfig } from '../config/config.js';
import { localStatus, startLocalNeo4j, stopLocalNeo4j, NEO4J_VERSION } from '../db/local/local-neo4j.js';
import { runCli, UserError } from './run-cli.js';

runCli(async () => {
  const command = process.argv[2];
  const config = loadConfig();
  const opts = { ...config.local, username: config.neo4jUsername, password: config.neo4jPassword };
  switch (command) {
    case 'start': {
      if (config.neo4jUri) process.stderr.write(`Note: NEO4J_URI is set (${config.neo4jUri}); the server will use that, not the local Neo4j.\n`);
      const h = await startLocalNeo4j(opts, { owner: 'cli', detached: true });
      process.stdout.write(`Local Neo4j ${NEO4J_VERSION} running (pid ${h.pid}).\n  Bolt:    ${h.boltUri}\n  Browser: ${h.httpUrl}/browser/\n  User:    ${config.neo4jUsername}\nStop it with: npm run db:stop\n`);
      return 0;
    }
    case 'stop': {
      const users = localStatus(config.local.home)?.users ?? [];
      if (users.length) process.stderr.write(`Note: stopping it although ${users.map((u) => `${u.owner} (pid ${u.pid})`).join(', ')} still use${users.length === 1 ? 's' : ''} it.\n`);
      if (!(await stopLocalNeo4j(config.local.home))) process.stdout.write('The local Neo4j was not running.\n');
      return 0;
    }
    case 'status': {
      const s = localStatus(config.local.home);
      if (!s) {
        process.stdout.write('The local Neo4j is not running.\n');
        return 3;
      }
      process.stdout.write(`Local Neo4j ${s.version} running: pid ${s.pid}, bolt://127.0.0.1:${s.boltPort}, http://127.0.0.1:${s.httpPort}, started ${s.startedAt} by ${s.owner}${s.ownerPid ? ` (pid ${s.ownerPid})` : ''}${s.rssKiB ? `, RSS ${(s.rssKiB / 1024).toFixed(0)} MiB` : ''}\n`);
      for (const u of s.users) process.stdout.write(`  in use by ${u.owner} (pid ${u.pid}) since ${u.since}\n`);
      return 0;
    }
    default:
      throw new UserError(`Unknown command ${JSON.stringify(command ?? '')}.`, 'Use: npm run db:start | db:stop | db:status');
  }
});
