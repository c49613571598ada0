import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/** A category of recipients that a policy names without naming a vendor (reference vocabulary). */
@Entity('recipient_category')
@ObjectType({ implements: Node, description: 'A category of recipients (GDPR Art. 13(1)(e)), e.g. accountant.' })
export class RecipientCategory implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable kebab-case code.' })
  @Index({ unique: true })
  @Column('varchar')
  code: string;

  @Field({ description: 'English name.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'Dutch name.' })
  @Column('varchar')
  nameNl: string;

  get nodeId(): string {
    return toGlobalId('RecipientCategory', this.code);
  }
}
