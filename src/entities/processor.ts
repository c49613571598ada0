import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/** A vendor that policies name as a processor, a data source or a system they use. */
@Entity('processor')
@ObjectType({ implements: Node, description: 'A named vendor that takes part in controllers’ processing.' })
export class Processor implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable identifier: the kebab-case of the vendor’s common name, e.g. `google-analytics`.' })
  @Index({ unique: true })
  @Column('varchar')
  slug: string;

  @Field({ description: 'Common name.' })
  @Column('varchar')
  name: string;

  @Field(() => String, { nullable: true, description: 'Legal entity that contracts with EEA customers.' })
  @Column('varchar', { nullable: true })
  legalName: string | null;

  @Field(() => String, { nullable: true, description: 'Website.' })
  @Column('varchar', { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Country of the contracting entity (ISO 3166-1 alpha-2).' })
  @Column('varchar', { nullable: true })
  country: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Country of the group’s parent where it differs from `country` (relevant to third-country transfers).',
  })
  @Column('varchar', { nullable: true })
  parentCountry: string | null;

  get nodeId(): string {
    return toGlobalId('Processor', this.slug);
  }
}
