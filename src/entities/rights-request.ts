import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';
import { RequestChannel } from './enums';

/** How a data subject exercises their rights with a controller (GDPR Art. 12). */
@Entity('rights_request')
@ObjectType({
  implements: Node,
  description: 'How to exercise data-subject rights with the controller (GDPR Art. 12).',
})
export class RightsRequest extends FactRow implements Node {
  @Field(() => [RequestChannel], { description: 'Every channel the policy offers, in the order it gives them.' })
  @Column('simple-json')
  channels: RequestChannel[];

  @Field(() => String, { nullable: true, description: 'Email address for requests.' })
  @Column('varchar', { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address for requests.' })
  @Column('varchar', { nullable: true })
  postalAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Promised response time as an ISO 8601 duration (e.g. P30D).' })
  @Column('varchar', { nullable: true })
  responseTime: string | null;

  @Field(() => String, { nullable: true, description: 'Proof of identity the controller asks for.' })
  @Column('varchar', { nullable: true })
  identityProof: string | null;

  @Field(() => String, { nullable: true, description: 'A fee the policy says it may charge.' })
  @Column('varchar', { nullable: true })
  fee: string | null;

  @Field(() => RequestChannel, { name: 'channel', nullable: true, description: 'The first channel the policy offers.' })
  get channel(): RequestChannel | null {
    return this.channels[0] ?? null;
  }

  get nodeId(): string {
    return toGlobalId('RightsRequest', this.nodeKey);
  }
}
