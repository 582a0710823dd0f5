import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../graph/node.interfaces.js';
import { entityBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { str, strList } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: 'A city, district or county-level unit.' })
export class City extends Entity {
  @Field(() => String, { nullable: true, description: 'GB/T 2260 code, e.g. 420200.' })
  adcode!: string | null;

  @Field(() => String, { description: 'prefecture, municipality, district, county, county-level-city or autonomous-prefecture.' })
  level!: string;

  @Field(() => [String], { description: 'Earlier names, e.g. 襄樊市 for 襄阳市 (renamed in 2010); place(name:) and search resolve them.' })
  formerNames!: string[];
}

registerNodeType('City', (p, row) => Object.assign(new City(), entityBase(row), { adcode: str(p.adcode), level: str(p.level) ?? 'prefecture', formerNames: strList(p.formerNames) }));

// What each field reads of the stored node (src/graph/projection.ts; Node's and Entity's fields are
// declared with the interfaces). The fields resolved from the city's id read none.
declareFieldProperties('City', {
  adcode: ['adcode'],
  level: ['level'],
  formerNames: ['formerNames'],
  ...resolvedById(['agencies', 'assessments', 'designations', 'events', 'mentionedIn', 'observations', 'parent', 'province', 'subdivisions']),
});
