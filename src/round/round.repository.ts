/** Rounds: Query.rounds by programme, round label, announcement year or year in force. */
import type { Context } from '../context.js';
import { nodeRow } from '../graph/graph.loaders.js';
import { primedNode } from '../graph/node-page.js';
import { readRows } from '../graph/rows.js';
import type { Plain } from '../graph/values.js';
import type { Round } from './round.type.js';

export interface RoundFilter {
  programme: string | null;
  label: string | null;
  announcedYear: number | null;
  yearInForce: number | null;
}

interface RoundRow {
  id: string;
  labels: string[];
  props: Record<string, Plain>;
}

export async function rounds(ctx: Context, filter: RoundFilter): Promise<Round[]> {
  const rows = await readRows<RoundRow>(ctx.executor, 'api/round/rounds', { args: { ...filter } }, { stats: ctx.stats });
  return rows.map((r) => primedNode<Round>(ctx, nodeRow(r.id, r.labels, r.props)!));
}
