/** README's coverage table says what the seeds hold: every round, its known and official counts. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildGraph } from '../../../src/ingest/build.js';

it('README lists every round with the known / official counts the seeds give', async () => {
  const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
  const rows = [...readme.matchAll(/^\| (国家\S+) \| (\S+) \| [^|]+ \| [^|]+ \| (\d{4}) \| (\d+) \/ (\d+|\?) \|/gmu)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}/${m[5]}`);
  const bundle = await buildGraph();
  const name = new Map(bundle.nodes.filter((n) => n.label === 'Programme').map((n) => [n.id, String(n.props.name)]));
  const expected = bundle.nodes
    .filter((n) => n.label === 'Round')
    .map((n) => `${name.get(String(n.props.programme))!} ${String(n.props.label)} ${String(n.props.yearInForce)} ${String(n.props.knownCount)}/${String(n.props.officialCount ?? '?')}`);
  expect(rows.sort()).toEqual(expected.sort());
});
