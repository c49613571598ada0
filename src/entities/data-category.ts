import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/** A category of personal data (reference taxonomy). */
@Entity('data_category')
@ObjectType({ implements: Node, description: 'A category of personal data.' })
export class DataCategory implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable kebab-case code, e.g. `ip-address`.' })
  @Index({ unique: true })
  @Column('varchar')
  code: string;

  @Field({ description: 'English name.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'Dutch name.' })
  @Column('varchar')
  nameNl: string;

  @Field({ description: 'True for special categories of personal data (GDPR Art. 9).' })
  @Column('boolean')
  special: boolean;

  @Field({
    description: 'IRI in the W3C Data Privacy Vocabulary (personal data extension), or its nearest broader term.',
  })
  @Column('varchar')
  dpv: string;

  get nodeId(): string {
    return toGlobalId('DataCategory', this.code);
  }
}
