import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { StatementTopic } from './enums';

/** Something a policy states about the controller's practice as a whole: data sources, cookies, security, ... */
@Entity('policy_statement')
@ObjectType({
  implements: Node,
  description: 'A statement about the controller’s practice as a whole (cookies, security, ...).',
})
export class PolicyStatement implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('integer')
  controllerId: number;

  @Field(() => StatementTopic, { description: 'What the statement is about.' })
  @Index()
  @Column('varchar')
  topic: StatementTopic;

  @Field(() => String, { nullable: true, description: 'Finer kind within the topic (see StatementTopic).' })
  @Column('varchar', { nullable: true })
  kind: string | null;

  @Field({ description: 'The statement, summarised in clean language.' })
  @Column('varchar')
  description: string;

  get nodeId(): string {
    return toGlobalId('PolicyStatement', this.id);
  }
}
