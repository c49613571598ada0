import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../schema/scalars';
import { Node, toGlobalId } from '../schema/node';
import { Address, presentAddress } from './address';
import { FactSource, VersionStatus } from './enums';

/**
 * A data controller (GDPR Art. 4(7)) as one version of its privacy policy describes it: each version of a policy is a
 * row of its own, with its own facts (which point at the row), so that a draft answers every query a published version
 * answers. At most one version of a slug is published. Relations are resolved by loaders.
 */
@Entity('controller')
@Index(['slug', 'version'], { unique: true })
@Index('IDX_controller_published_slug', ['slug'], { unique: true, where: `"status" = 'PUBLISHED'` })
@ObjectType({
  implements: Node,
  description:
    'A data controller (GDPR Art. 4(7)) as one version of its privacy policy describes it. `controller(slug)` is the published version.',
})
export class Controller implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable identifier, e.g. `cluma`.' })
  @Index()
  @Column('varchar')
  slug: string;

  @Field(() => Int, { description: 'The version of the policy these facts come from: 1, 2, ... in order of creation.' })
  @Column('integer')
  version: number;

  @Field(() => VersionStatus, { description: 'DRAFT (curators only), PUBLISHED (the current facts) or SUPERSEDED.' })
  @Index()
  @Column('varchar')
  status: VersionStatus;

  @Field(() => Int, {
    description: 'Revision of the version (its identity facts and status), for `expectedRevision` in mutations.',
  })
  @Column('integer')
  revision: number;

  @Field(() => FactSource, { description: 'Who made this version: the seeds, the extractor or a curator.' })
  @Column('varchar')
  source: FactSource;

  @Field(() => DateTimeScalar, { description: 'When this version was created.' })
  @Column('varchar')
  createdAt: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was published; null for a draft.' })
  @Column('varchar', { nullable: true })
  publishedAt: string | null;

  /** The id of its own fact row (the identity of a controller, the date of a document): its evidence points there. */
  @Column('integer')
  factId: number;

  /** The fingerprint of the seed file and document this version was loaded from (null when not from the seeds). */
  @Column('varchar', { nullable: true })
  seedFingerprint: string | null;

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

  @Field(() => String, { nullable: true, description: 'Dutch Chamber of Commerce (KvK) number, e.g. 12345678.' })
  @Column('varchar', { nullable: true })
  kvkNumber: string | null;

  @Field(() => String, { nullable: true, description: 'EU VAT number as registered in VIES, e.g. NL123456789B01.' })
  @Column('varchar', { nullable: true })
  vatNumber: string | null;

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

  /** `Controller:<slug>` for the published version (what `controller(slug)` answers), `<slug>@<version>` otherwise. */
  get nodeId(): string {
    return toGlobalId('Controller', this.status === VersionStatus.PUBLISHED ? this.slug : this.versionKey);
  }

  /** `<slug>@<version>`: the version's key in the global ids of its facts. */
  get versionKey(): string {
    return `${this.slug}@${this.version}`;
  }
}
