import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../graph/node.interfaces.js';
import { nodeBase, registerNodeType } from '../graph/materialize.js';
import { declareFieldProperties, resolvedById } from '../graph/projection.js';
import { num, str } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, implements: [Node], description: 'An indicator a source reports for a place: patent counts, trademarks, ratios, financing.' })
export class Observation extends Node {
  @Field(() => String, { description: 'Metric key, e.g. patents.invention.valid.' })
  metric!: string;

  @Field(() => String, { nullable: true, description: 'Human name of the metric.' })
  name!: string | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'Period as stated, normalised (e.g. 2021, 2024-H1).' })
  period!: string | null;

  @Field(() => String, { nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;
}

registerNodeType('Observation', (p, row) =>
  Object.assign(new Observation(), nodeBase(row), {
    metric: str(p.metric) ?? '',
    name: str(p.name) ?? str(p.label),
    value: num(p.value),
    unit: str(p.unit),
    period: str(p.period),
    periodStart: str(p.periodStart),
    periodEnd: str(p.periodEnd),
  }),
);

// What each field reads of the stored node (src/graph/projection.ts; Node's fields are declared with the
// interface). `subject` and `sources` are resolved from the observation's id.
declareFieldProperties('Observation', {
  metric: ['metric'],
  name: ['name', 'label'],
  value: ['value'],
  unit: ['unit'],
  period: ['period'],
  periodStart: ['periodStart'],
  periodEnd: ['periodEnd'],
  ...resolvedById(['subject', 'sources']),
});
