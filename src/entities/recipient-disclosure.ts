import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/** A category of recipients a policy says receives personal data, without naming a vendor. */
@Entity('recipient_disclosure')
@ObjectType({ implements: Node, description: 'A category of recipients the policy names (without naming a vendor).' })
export class RecipientDisclosure implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('integer')
  controllerId: number;

  @Index()
  @Column('integer')
  recipientCategoryId: number;

  @Field({ description: 'The recipients as the policy words them.' })
  @Column('varchar')
  label: string;

  get nodeId(): string {
    return toGlobalId('RecipientDisclosure', this.id);
  }
}
