/**
 * `cypher(query, params)`: the research door over GraphQL. Off unless CYPHER_DOOR_ENABLED=true, and
 * then only with the key in `x-api-key`. Read-only, planned before it runs, capped (see cypher-door.ts).
 */
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { loadConfig, type CypherDoorConfig } from '../config/config.js';
import type { Context } from '../context.js';
import { authorizeDoor, runDoorQuery } from './cypher-door.js';
import { CypherResult } from './cypher-result.type.js';

let settings: CypherDoorConfig | undefined;

/** Sets the door's configuration (tests, or a composition root); by default it is read from the environment once. */
export function configureCypherDoor(config: CypherDoorConfig | undefined): void {
  settings = config;
}

function doorConfig(): CypherDoorConfig {
  settings ??= loadConfig().cypherDoor;
  return settings;
}

@Resolver()
export class CypherDoorResolver {
  @Query(() => CypherResult, {
    description:
      'Runs one read-only Cypher query for researchers (off by default; needs the x-api-key header). Writes, LOAD CSV, procedures outside a small allowlist, administration commands and CALL … IN TRANSACTIONS are refused; a timeout and row and byte caps apply.',
  })
  async cypher(
    @Arg('query', () => String) query: string,
    @Arg('params', () => GraphQLJSON, { nullable: true, description: 'Query parameters ($name) as a JSON object.' }) params: Record<string, unknown> | null,
    @Ctx() ctx: Context,
  ): Promise<CypherResult> {
    const config = doorConfig();
    authorizeDoor(config, ctx.headers);
    return runDoorQuery(ctx.executor, config, query, params, ctx.stats);
  }
}
