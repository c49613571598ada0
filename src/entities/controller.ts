import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { Address, presentAddress } from './address';

/** A data controller (GDPR Art. 4(7)) as its privacy policy describes it. Relations are resolved by loaders. */
@Entity('controller')
@ObjectType({ implements: Node, description: 'A data controller (GDPR Art. 4(7)) as its privacy policy describes it.' })
export class Controller implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable identifier, e.g. `cluma`.' })
  @Index({ unique: true })
  @Column('varchar')
  slug: string;

  @Field({ description: 'Common name, e.g. Cluma.' })
  @Index()
  @Column('varchar')
  name: string;

  @Field(() => String, { nullable: true, description: 'Legal name, e.g. Cluma Engineering NV.' })
  @Column('varchar', { nullable: true })
  legalName: string | null;

  @Field(() => String, { nullable: true, description: 'Legal form as the policy gives it (NV, BV, ...).' })
  @Column('varchar', { nullable: true })
  legalForm: string | null;

  @Field(() => String, { nullable: true, description: 'Belgian enterprise number (KBO/BCE), e.g. 0746.725.497.' })
  @Column('varchar', { nullable: true })
  enterpriseNumber: string | null;

  @Field({ description: 'Language of the controller’s policy (ISO 639-1).' })
  @Index()
  @Column('varchar', { length: 2 })
  language: string;

  @Field(() => String, { nullable: true, description: 'Website.' })
  @Column('varchar', { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email address.' })
  @Column('varchar', { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (E.164).' })
  @Column('varchar', { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Person the policy names as representative or contact.' })
  @Column('varchar', { nullable: true })
  representative: string | null;

  @Column(() => Address, { prefix: 'address' })
  addressColumns: Address;

  @Index()
  @Column('integer')
  documentId: number;

  @Index()
  @Column('integer', { nullable: true })
  supervisoryAuthorityId: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the policy says personal data is transferred outside the EEA; null when it is silent.',
  })
  @Column('boolean', { nullable: true })
  transfersOutsideEEA: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the policy says it uses automated decision-making (GDPR Art. 22); null when it is silent.',
  })
  @Column('boolean', { nullable: true })
  automatedDecisionMaking: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minimum age of the people whose data it collects; null when silent.',
  })
  @Column('integer', { nullable: true })
  minimumAge: number | null;

  @Index()
  @Column('boolean')
  hasDpo: boolean;

  @Field(() => Address, { name: 'address', nullable: true, description: 'Registered address.' })
  get address(): Address | null {
    return presentAddress(this.addressColumns);
  }

  get nodeId(): string {
    return toGlobalId('Controller', this.slug);
  }
}
