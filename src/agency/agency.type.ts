import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';
import { entityBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { str, strList } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A government agency (CNIPA, a provincial or municipal IP office, ...).' })
export class Agency extends Entity {
  @Field(() => String, { nullable: true, description: 'national, provincial or municipal.' })
  level!: string | null;

  @Field(() => [String], { description: 'Earlier names (CNIPA was the State Intellectual Property Office until 2018).' })
  formerNames!: string[];
}

registerNodeType('Agency', (p, row) => Object.assign(new Agency(), entityBase(row), { level: str(p.level), formerNames: strList(p.formerNames) }));

// What each field reads of the stored node (src/graph/projection.ts), besides Entity's.
declareFieldProperties('Agency', { level: ['level'], formerNames: ['formerNames'], ...resolvedById(['assessments', 'jurisdiction', 'mentionedIn', 'people', 'programmes']) });
