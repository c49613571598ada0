import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { RightCode } from './enums';

/** A data-subject right under the GDPR (reference vocabulary). */
@Entity('data_subject_right')
@ObjectType({ implements: Node, description: 'A data-subject right under the GDPR.' })
export class Right implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => RightCode, { description: 'Stable code.' })
  @Index({ unique: true })
  @Column('varchar')
  code: RightCode;

  @Field({ description: 'English name.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'Dutch name.' })
  @Column('varchar')
  nameNl: string;

  @Field({ description: 'GDPR article, e.g. `15` or `21(2)`.' })
  @Column('varchar')
  article: string;

  @Field({ description: 'IRI in the W3C Data Privacy Vocabulary (EU GDPR extension).' })
  @Column('varchar')
  dpv: string;

  get nodeId(): string {
    return toGlobalId('Right', this.code);
  }
}
