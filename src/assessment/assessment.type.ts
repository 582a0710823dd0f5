import { Field, Int, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { Node } from '../graph/node.interfaces.js';
import { nodeBase, registerNodeType } from '../graph/materialize.js';
import { num, str, type Plain } from '../graph/values.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';

@ObjectType({ simpleResolvers: true, implements: [Node], description: 'An assessment of one or more cities: acceptance, annual evaluation, performance assessment, ...' })
export class AssessmentEvent extends Node {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) where the day is known.' })
  date!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int, { nullable: true })
  outOf!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'An agency and the part it played in an assessment: (AssessmentEvent)-[:ASSESSED_BY {role}]->(Agency).' })
export class AgencyRole {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { nullable: true, description: 'organised, entrusted, carried out, ...' })
  role!: string | null;

  rel!: Record<string, Plain>;
}

registerNodeType('AssessmentEvent', (p, row) =>
  Object.assign(new AssessmentEvent(), nodeBase(row), {
    name: str(p.name) ?? str(p.nameEn),
    date: str(p.date),
    year: num(p.year),
    kind: str(p.kind),
    outcome: str(p.outcome),
    rank: num(p.rank),
    outOf: num(p.outOf),
  }),
);

// What each field reads of the stored node (src/graph/projection.ts; Node's fields with the interface).
declareFieldProperties('AssessmentEvent', {
  name: ['name', 'nameEn'],
  date: ['date'],
  year: ['year'],
  kind: ['kind'],
  outcome: ['outcome'],
  rank: ['rank'],
  outOf: ['outOf'],
  ...resolvedById(['cities', 'subjects', 'assessedBy', 'programme', 'sources']),
});
