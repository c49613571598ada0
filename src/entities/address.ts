import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

/** A postal address, embedded in the rows that have one (controller, DPO, supervisory authority). */
@ObjectType({ description: 'A postal address as the policy or the authority gives it.' })
export class Address {
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @Column('varchar', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @Column('varchar', { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'City or municipality.' })
  @Column('varchar', { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Column('varchar', { nullable: true })
  country: string | null;
}

/** The address, or null when every part is empty (TypeORM hydrates embedded columns as an object of nulls). */
export function presentAddress(address: Address | null | undefined): Address | null {
  if (!address) return null;
  return address.street || address.postalCode || address.city || address.country ? address : null;
}
