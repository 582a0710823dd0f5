import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';
import { entityBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { str } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A national IP programme cities are designated in.' })
export class Programme extends Entity {
  @Field(() => String, { nullable: true, description: '`national` for every CNIPA programme.' })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'pilot, demonstration, strong-city pilot, protection zone, ...' })
  kind!: string | null;
}

registerNodeType('Programme', (p, row) => Object.assign(new Programme(), entityBase(row), { level: str(p.level), kind: str(p.kind) }));

// What each field reads of the stored node (src/graph/projection.ts), besides Entity's.
declareFieldProperties('Programme', { level: ['level'], kind: ['kind'], ...resolvedById(['administeredBy', 'assessments', 'members', 'mentionedIn', 'rounds']) });
