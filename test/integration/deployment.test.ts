/**
 * What a deployment exposes: Neo4j's ports and password in docker-compose.yml, /metrics behind an
 * optional token, and no Neo4j version in production responses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { testConfig } from '../helpers/db.js';
import { post, startServer, type RunningServer } from './server-harness.js';

describe('docker-compose.yml', () => {
  const compose = fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');

  it("publishes Neo4j's ports on 127.0.0.1 only", () => {
    const neo4j = compose.slice(compose.indexOf('  neo4j:'), compose.indexOf('  app:'));
    const ports = [...neo4j.matchAll(/^\s+- "([^"]+)"$/gm)].map((m) => m[1]!);
    expect(ports.length).toBeGreaterThan(0);
    for (const p of ports) expect(p).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('requires NEO4J_PASSWORD from the environment: no default password anywhere', () => {
    const uses = [...compose.matchAll(/\$\{NEO4J_PASSWORD([^}]*)\}/g)].map((m) => m[1]!);
    expect(uses.length).toBe(2);
    for (const u of uses) expect(u).toMatch(/^:\?/);
    expect(compose).not.toMatch(/ip-city-graph\}/);
  });

  it("README's Docker section prints no password", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const docker = readme.slice(readme.indexOf('### Docker'), readme.indexOf('\n## ', readme.indexOf('### Docker')));
    expect(docker).toContain('NEO4J_PASSWORD');
    expect(docker).not.toMatch(/password[^.\n]*ip-city-graph/i);
  });
});

describe('METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789';
  let open: RunningServer;
  let guarded: RunningServer;
  beforeAll(async () => {
    const schema = await buildAppSchema();
    open = await startServer({ schema });
    guarded = await startServer({ schema, options: { metricsToken: token } });
  });
  afterAll(async () => {
    await open?.close();
    await guarded?.close();
  });

  it('is validated: 16+ characters, no spaces; unset or empty means none', () => {
    expect(testConfig().server.metricsToken).toBeUndefined();
    expect(testConfig({ METRICS_TOKEN: '' }).server.metricsToken).toBeUndefined();
    expect(testConfig({ METRICS_TOKEN: token }).server.metricsToken).toBe(token);
    expect(() => testConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be a token of at least 16 characters');
  });

  it('unset: /metrics is open; set: 401 with WWW-Authenticate unless Authorization: Bearer <token>', async () => {
    expect((await fetch(`${open.base}/metrics`)).status).toBe(200);
    const none = await fetch(`${guarded.base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('graphql_requests_total');
    expect((await fetch(`${guarded.base}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${guarded.base}/metrics`, { headers: { authorization: token } })).status).toBe(401);
    const ok = await fetch(`${guarded.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('graphql_requests_total');
    // The other operations endpoints stay open for load balancers.
    expect((await fetch(`${guarded.base}/health`)).status).toBe(200);
  });
});

describe('versions in production', () => {
  it('NODE_ENV=production turns revealVersions off', () => {
    expect(testConfig().server.revealVersions).toBe(true);
    expect(testConfig({ NODE_ENV: 'production' }).server.revealVersions).toBe(false);
  });

  it('serverInfo.neo4jVersion is null in production, the version in development', async () => {
    const schema = await buildAppSchema();
    const prod = await startServer({ schema, options: testConfig({ NODE_ENV: 'production' }).server });
    const dev = await startServer({ schema });
    try {
      const p = await post(prod.url, '{ serverInfo { name neo4jVersion } }');
      expect(p.body).toEqual({ data: { serverInfo: { name: 'ip-city-graph', neo4jVersion: null } } });
      const d = await post(dev.url, '{ serverInfo { neo4jVersion } }');
      expect((d.body.data!.serverInfo as { neo4jVersion: string }).neo4jVersion).toMatch(/^5\./);
    } finally {
      await prod.close();
      await dev.close();
    }
  });
});
