import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';
import { entityBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { str } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A provincial-level division (province, autonomous region, municipality).' })
export class Province extends Entity {
  @Field(() => String, { description: 'GB/T 2260 code, e.g. 420000.' })
  adcode!: string;
}

registerNodeType('Province', (p, row) => Object.assign(new Province(), entityBase(row), { adcode: str(p.adcode) ?? '' }));

// What each field reads of the stored node (src/graph/projection.ts), besides Entity's.
declareFieldProperties('Province', { adcode: ['adcode'], ...resolvedById(['agencies', 'cities', 'mentionedIn']) });
