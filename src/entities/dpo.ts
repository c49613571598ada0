import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';
import { Address, presentAddress } from './address';

/** A data protection officer (GDPR Art. 37-39) named by a policy. */
@Entity('dpo')
@ObjectType({ implements: Node, description: 'A data protection officer (GDPR Art. 37-39) as the policy names them.' })
export class Dpo extends FactRow implements Node {
  @Field(() => String, { nullable: true, description: 'Name of the officer.' })
  @Column('varchar', { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation of an external officer.' })
  @Column('varchar', { nullable: true })
  organization: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @Column('varchar', { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (E.164).' })
  @Column('varchar', { nullable: true })
  phone: string | null;

  @Column(() => Address, { prefix: 'address' })
  addressColumns: Address;

  @Field(() => Address, { name: 'address', nullable: true, description: 'Postal address.' })
  get address(): Address | null {
    return presentAddress(this.addressColumns);
  }

  get nodeId(): string {
    return toGlobalId('Dpo', this.nodeKey);
  }
}
