import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';

/** A category of recipients a policy says receives personal data, without naming a vendor. */
@Entity('recipient_disclosure')
@ObjectType({ implements: Node, description: 'A category of recipients the policy names (without naming a vendor).' })
export class RecipientDisclosure extends FactRow implements Node {
  @Index()
  @Column('integer')
  recipientCategoryId: number;

  @Field({ description: 'The recipients as the policy words them.' })
  @Column('varchar')
  label: string;

  get nodeId(): string {
    return toGlobalId('RecipientDisclosure', this.nodeKey);
  }
}
