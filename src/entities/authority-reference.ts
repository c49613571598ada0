import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';

/** How a policy refers its readers to a supervisory authority: the name and contact details as it gives them. */
@Entity('authority_reference')
@ObjectType({
  implements: Node,
  description: 'How the policy names the supervisory authority and which contact details it gives.',
})
export class AuthorityReference extends FactRow implements Node {
  @Index()
  @Column('integer')
  supervisoryAuthorityId: number;

  @Field({ description: 'The name the policy uses (may be a predecessor’s name).' })
  @Column('varchar')
  namedAs: string;

  @Field(() => String, { nullable: true, description: 'Address as the policy gives it.' })
  @Column('varchar', { nullable: true })
  statedAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Phone as the policy gives it (E.164).' })
  @Column('varchar', { nullable: true })
  statedPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Fax as the policy gives it (E.164).' })
  @Column('varchar', { nullable: true })
  statedFax: string | null;

  @Field(() => String, { nullable: true, description: 'Email as the policy gives it.' })
  @Column('varchar', { nullable: true })
  statedEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Website as the policy gives it.' })
  @Column('varchar', { nullable: true })
  statedWebsite: string | null;

  get nodeId(): string {
    return toGlobalId('AuthorityReference', this.nodeKey);
  }
}
