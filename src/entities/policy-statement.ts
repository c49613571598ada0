import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';
import { StatementKind, StatementTopic } from './enums';

const KINDS = new Set<string>(Object.values(StatementKind));

/** Something a policy states about the controller's practice as a whole: data sources, cookies, security, ... */
@Entity('policy_statement')
@ObjectType({
  implements: Node,
  description: 'A statement about the controller’s practice as a whole (cookies, security, ...).',
})
export class PolicyStatement extends FactRow implements Node {
  @Field(() => StatementTopic, { description: 'What the statement is about.' })
  @Index()
  @Column('varchar')
  topic: StatementTopic;

  /** The kind within the topic; for RETENTION the ISO 8601 period, for MINIMUM_AGE the age (see the getters). */
  @Column('varchar', { nullable: true })
  kind: string | null;

  @Field({ description: 'The statement, summarised in clean language.' })
  @Column('varchar')
  description: string;

  @Field(() => StatementKind, {
    name: 'kind',
    nullable: true,
    description: 'Finer kind within the topic (see StatementTopic); null for topics without kinds.',
  })
  get statementKind(): StatementKind | null {
    return this.kind !== null && KINDS.has(this.kind) ? (this.kind as StatementKind) : null;
  }

  @Field(() => String, {
    nullable: true,
    description: 'RETENTION: the period as an ISO 8601 duration (e.g. P10Y), when the policy gives one.',
  })
  get duration(): string | null {
    return this.topic === StatementTopic.RETENTION ? this.kind : null;
  }

  @Field(() => Int, { nullable: true, description: 'MINIMUM_AGE: the minimum age the policy states.' })
  get age(): number | null {
    return this.topic === StatementTopic.MINIMUM_AGE && this.kind !== null ? Number(this.kind) : null;
  }

  get nodeId(): string {
    return toGlobalId('PolicyStatement', this.nodeKey);
  }
}
