import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';

/** A data-subject right a policy grants, with the conditions it attaches. */
@Entity('right_statement')
@ObjectType({ implements: Node, description: 'A data-subject right the policy grants.' })
export class RightStatement extends FactRow implements Node {
  @Index()
  @Column('integer')
  rightId: number;

  @Field(() => String, { nullable: true, description: 'Conditions or limits the policy attaches to the right.' })
  @Column('varchar', { nullable: true })
  conditions: string | null;

  get nodeId(): string {
    return toGlobalId('RightStatement', this.nodeKey);
  }
}
