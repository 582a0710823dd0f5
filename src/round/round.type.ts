import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../graph/node.interfaces.js';
import { nodeBase, registerNodeType } from '../graph/materialize.js';
import { num, str, type Plain } from '../graph/values.js';

@ObjectType({ simpleResolvers: true, description: 'How much of a round the graph knows: members in the graph against the members the notice names.' })
export class Coverage {
  @Field(() => Int, { description: 'Designations in this graph tied to the round.' })
  known!: number;

  @Field(() => Int, { nullable: true, description: 'Members the notice names; null where no source gives the size.' })
  official!: number | null;

  @Field(() => Float, { nullable: true, description: 'known ÷ official (0–1); null where official is unknown.' })
  ratio!: number | null;

  @Field(() => Boolean, { description: 'True only when the official size is known and every member is in the graph.' })
  complete!: boolean;
}

@ObjectType({ simpleResolvers: true, implements: [Node], description: 'One round of a programme: (Programme)-[:HAS_ROUND]->(Round). Announcement, round and term are different things: the 2023 strong-city round was announced in January 2024 and is in force from 2024.' })
export class Round extends Node {
  @Field(() => String, { description: 'The round as the notice counts it (`2023`, `1`).' })
  round!: string;

  @Field(() => Int, { description: 'The year its designations take effect (Designation.year).' })
  yearInForce!: number;

  @Field(() => String, { nullable: true, description: 'Date of the notice (YYYY-MM-DD), where known.' })
  announcedOn!: string | null;

  @Field(() => Int, { description: 'Year of the notice.' })
  announcedYear!: number;

  @Field(() => String, { nullable: true, description: 'Document number of the notice, e.g. 国知发运字〔2024〕2号.' })
  notice!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the term, YYYY-MM.' })
  termStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of the term, YYYY-MM.' })
  termEnd!: string | null;

  @Field(() => Int, { nullable: true, description: 'Members the notice names.' })
  officialCount!: number | null;

  @Field(() => Int, { description: 'Members in this graph.' })
  knownCount!: number;

  /** The programme's graph id and the node's sourced properties, for the resolver. */
  programmeId!: string;
  props!: Record<string, Plain>;
}

registerNodeType('Round', (p, row) =>
  Object.assign(new Round(), nodeBase(row), {
    round: str(p.label) ?? row.graphId,
    yearInForce: num(p.yearInForce) ?? 0,
    announcedOn: str(p.announcedOn),
    announcedYear: num(p.announcedYear) ?? 0,
    notice: str(p.notice),
    termStart: str(p.termStart),
    termEnd: str(p.termEnd),
    officialCount: num(p.officialCount),
    knownCount: num(p.knownCount) ?? 0,
    programmeId: str(p.programme) ?? '',
    props: p,
  }),
);

/** known ÷ official; complete only when the official size is known and reached. */
export function coverageOf(known: number, official: number | null): { known: number; official: number | null; ratio: number | null; complete: boolean } {
  return { known, official, ratio: official ? Math.round((known / official) * 1000) / 1000 : null, complete: official !== null && known >= official };
}
