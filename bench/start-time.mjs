// Start-up timing: spawns `npm start`'s script, times spawn → /ready (200) and the server's logged phases, then
// the first answer of a large and a bounded nested query and of two searches against the median of the next seven (a p50 proxy), and stops the
// server. Usage: PORT=<the server's port> node bench/start-time.mjs <label>. Run it with Neo4j stopped (the
// server starts it: cold) and after `npm run db:start` (twice: the first server on a new Neo4j is still cold).
import { spawn } from 'node:child_process';

const label = process.argv[2];
const base = `http://127.0.0.1:${process.env.PORT ?? 4000}`;
const t0 = Date.now();
const child = spawn('node', ['scripts/start.mjs'], { cwd: process.cwd(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
const stamp = (d) => { log += String(d).split('\n').filter(Boolean).map((l) => `@${((Date.now() - t0) / 1000).toFixed(1)} ${l}`).join('\n') + '\n'; };
child.stdout.on('data', stamp); child.stderr.on('data', stamp);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let readyAt;
for (;;) {
  try { const r = await fetch(base + '/ready'); if (r.status === 200) { readyAt = Date.now() - t0; break; } } catch {}
  await sleep(50);
}
const Q = {
  nested: `{ provinces(first: 34) { edges { node { name cities(first: 50) { edges { node { name designations { year sources { evidence } programme { name administeredBy { name } } } } } } } } } }`,
  // The bounded nested operation of `npm run bench`: under the heavy-request cost, so the heavy lane's
  // admission (which can refuse the large one on a loaded machine) does not decide its time.
  nestedBounded: `{ provinces(first: 5) { edges { node { name cities(first: 10) { edges { node { name designations { year programme { name administeredBy { name } } } } } } } } } }`,
  searchOne: `{ search(text: "黄石", first: 1) { node { id name } } }`,
  searchTen: `{ search(text: "遂宁", first: 10) { node { id name } } }`,
};
const gql = async (q) => { const t = performance.now(); const r = await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) }); const j = await r.json(); return { ms: performance.now() - t, err: j.errors?.[0]?.message }; };
const out = { label, readyAt, load: (await import('node:os')).loadavg()[0].toFixed(2) };
for (const [k, q] of Object.entries(Q)) {
  const first = await gql(q);
  const rest = []; for (let i = 0; i < 7; i++) rest.push((await gql(q)).ms);
  rest.sort((a, b) => a - b);
  out[k] = { first: Math.round(first.ms), p50: Math.round(rest[3]), err: first.err };
}
const phases = log.split("\n").filter((l) => /warm-up query done|Neo4j is ready in|schema step done|checked the seed|warmed the data path|GraphQL ready|connected to Neo4j|primed|HTTP answers|seeds loaded/.test(l)).map((l) => { const at = l.split(' ')[0]; const rest = l.slice(at.length + 1); try { const j = JSON.parse(rest); return `${at} ${j.msg} ${j.query ?? ''} ${j.ms ?? ''} ${j.planned ?? ''}`; } catch { return `${at} ${rest.slice(0, 90)}`; } });
out.phases = phases;
console.log(JSON.stringify(out, null, 1));
process.kill(-child.pid, 'SIGINT');
await sleep(8000);
try { process.kill(-child.pid, 0); process.kill(-child.pid, 'SIGTERM'); } catch {}
process.exit(0);
