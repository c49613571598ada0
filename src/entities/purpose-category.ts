import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/** A category of purpose from the W3C Data Privacy Vocabulary (reference vocabulary). */
@Entity('purpose_category')
@ObjectType({ implements: Node, description: 'A category of processing purpose (W3C DPV).' })
export class PurposeCategory implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'DPV concept name, e.g. `ServiceProvision`.' })
  @Index({ unique: true })
  @Column('varchar')
  code: string;

  @Field({ description: 'English name.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'IRI in the W3C Data Privacy Vocabulary.' })
  @Column('varchar')
  dpv: string;

  get nodeId(): string {
    return toGlobalId('PurposeCategory', this.code);
  }
}
