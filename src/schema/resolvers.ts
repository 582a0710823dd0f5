/** Every resolver class of the API, in one list (the composition root for the schema). */
import type { NonEmptyArray } from 'type-graphql';
import { CypherDoorResolver } from '../research/cypher-door.resolver.js';
import { SystemResolver } from '../system/system.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [SystemResolver, CypherDoorResolver];
