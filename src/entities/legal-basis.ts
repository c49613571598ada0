import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { LegalBasisCode } from './enums';

/** A lawful basis of GDPR Art. 6(1) (reference vocabulary). */
@Entity('legal_basis')
@ObjectType({ implements: Node, description: 'A lawful basis for processing (GDPR Art. 6(1)).' })
export class LegalBasis implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => LegalBasisCode, { description: 'Stable code.' })
  @Index({ unique: true })
  @Column('varchar')
  code: LegalBasisCode;

  @Field({ description: 'English name.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'Dutch name.' })
  @Column('varchar')
  nameNl: string;

  @Field({ description: 'GDPR article, e.g. `6(1)(f)`.' })
  @Column('varchar')
  article: string;

  @Field({ description: 'IRI in the W3C Data Privacy Vocabulary (EU GDPR extension).' })
  @Column('varchar')
  dpv: string;

  get nodeId(): string {
    return toGlobalId('LegalBasis', this.code);
  }
}
