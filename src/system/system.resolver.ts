import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { readRows } from '../graph/rows.js';

@ObjectType({ simpleResolvers: true, description: 'What this server is and what it runs on.' })
export class ServerInfo {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Version of ip-city-graph.' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'Neo4j version, when the database answers; always null in production (NODE_ENV=production), where the server does not reveal its versions.' })
  neo4jVersion!: string | null;
}

@Resolver()
export class SystemResolver {
  @Query(() => ServerInfo, { description: 'The server and the Neo4j it uses.' })
  async serverInfo(@Ctx() ctx: Context): Promise<ServerInfo> {
    const name = 'ip-city-graph';
    const version = process.env.npm_package_version ?? '0.1.0';
    if (!ctx.revealVersions) return { name, version, neo4jVersion: null };
    const rows = await readRows<{ version: string }>(ctx.executor, 'system/components', {}, { stats: ctx.stats });
    return { name, version, neo4jVersion: rows[0]?.version ?? null };
  }
}
