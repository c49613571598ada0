import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { Address, presentAddress } from './address';

/** A name a supervisory authority had before it was replaced. */
@ObjectType({ description: 'A former name of a supervisory authority.' })
export class PredecessorName {
  @Field({ description: 'The former name.' })
  name: string;

  @Field({ description: 'Language of the name (ISO 639-1).' })
  language: string;

  @Field({ description: 'Date the successor replaced it (ISO 8601).' })
  replacedOn: string;
}

/** A data protection supervisory authority (GDPR Art. 51), one entity whatever name a policy uses for it. */
@Entity('supervisory_authority')
@ObjectType({ implements: Node, description: 'A data protection supervisory authority (GDPR Art. 51).' })
export class SupervisoryAuthority implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable identifier, e.g. `gba`.' })
  @Index({ unique: true })
  @Column('varchar')
  slug: string;

  @Field({ description: 'Official name in the authority’s main language.' })
  @Column('varchar')
  name: string;

  @Field({ description: 'Acronym, e.g. GBA.' })
  @Column('varchar')
  acronym: string;

  @Field({ description: 'Country the authority supervises (ISO 3166-1 alpha-2).' })
  @Column('varchar', { length: 2 })
  country: string;

  @Column('simple-json')
  names: Record<string, string>;

  @Field(() => [String], { description: 'Other acronyms in use (e.g. APD).' })
  @Column('simple-json')
  acronyms: string[];

  @Column(() => Address, { prefix: 'address' })
  addressColumns: Address;

  @Field(() => String, { nullable: true, description: 'Phone number (E.164).' })
  @Column('varchar', { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email address.' })
  @Column('varchar', { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Main website.' })
  @Column('varchar', { nullable: true })
  website: string | null;

  @Field(() => [String], { description: 'All websites (one per language).' })
  @Column('simple-json')
  websites: string[];

  @Field({ description: 'IRI of the authority in the W3C Data Privacy Vocabulary.' })
  @Column('varchar')
  dpv: string;

  @Field(() => [PredecessorName], { description: 'Names of the body it replaced, which some policies still use.' })
  @Column('simple-json')
  predecessors: PredecessorName[];

  @Column('simple-json')
  predecessorContacts: { emails: string[]; websites: string[] };

  @Field(() => Address, { name: 'address', nullable: true, description: 'Postal address.' })
  get address(): Address | null {
    return presentAddress(this.addressColumns);
  }

  @Field(() => [String], {
    description: 'The name in each official language, e.g. "nl: Gegevensbeschermingsautoriteit".',
  })
  get localizedNames(): string[] {
    return Object.entries(this.names).map(([language, name]) => `${language}: ${name}`);
  }

  get nodeId(): string {
    return toGlobalId('SupervisoryAuthority', this.slug);
  }
}
