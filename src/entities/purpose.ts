import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';
import { DataCategory } from './data-category';
import { LegalBasis } from './legal-basis';

/** How long data kept for a purpose is retained. */
@ObjectType({ description: 'A retention rule: how long data is kept.' })
export class Retention {
  @Field({ description: 'The rule as the policy states it (clean).' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'The period as an ISO 8601 duration (e.g. P10Y), when the policy gives one.',
  })
  duration: string | null;
}

/** A purpose for which a controller processes personal data (GDPR Art. 13(1)(c)). */
@Entity('purpose')
@ObjectType({ implements: Node, description: 'A purpose for which the controller processes personal data.' })
export class Purpose extends FactRow implements Node {
  @Field({ description: 'English name of the purpose.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'The purpose as the policy words it (clean spelling).' })
  @Column('varchar')
  label: string;

  @Index()
  @Column('integer')
  purposeCategoryId: number;

  @Column('varchar', { nullable: true })
  retentionDescription: string | null;

  @Column('varchar', { nullable: true })
  retentionDuration: string | null;

  @ManyToMany(() => LegalBasis)
  @JoinTable({
    name: 'purpose_legal_basis',
    joinColumn: { name: 'purposeId' },
    inverseJoinColumn: { name: 'legalBasisId' },
  })
  legalBases: LegalBasis[];

  @ManyToMany(() => DataCategory)
  @JoinTable({
    name: 'purpose_data_category',
    joinColumn: { name: 'purposeId' },
    inverseJoinColumn: { name: 'dataCategoryId' },
  })
  dataCategories: DataCategory[];

  @Field(() => Retention, {
    name: 'retention',
    nullable: true,
    description: 'Retention for this purpose, if the policy ties one to it.',
  })
  get retention(): Retention | null {
    if (!this.retentionDescription) return null;
    return { description: this.retentionDescription, duration: this.retentionDuration };
  }

  get nodeId(): string {
    return toGlobalId('Purpose', this.nodeKey);
  }
}
