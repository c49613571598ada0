import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';

/** A controller's disclosure that it processes a category of personal data, with the item as the policy words it. */
@Entity('data_category_disclosure')
@ObjectType({ implements: Node, description: 'A personal data item a policy says the controller processes.' })
export class DataCategoryDisclosure extends FactRow implements Node {
  @Index()
  @Column('integer')
  dataCategoryId: number;

  @Field({ description: 'The item as the policy words it (clean spelling).' })
  @Column('varchar')
  label: string;

  @Field({ description: 'True when the policy itself calls this item special or sensitive.' })
  @Column('boolean')
  sensitive: boolean;

  @Field(() => String, { nullable: true, description: 'Whose data or in which relationship, when the policy says.' })
  @Column('varchar', { nullable: true })
  context: string | null;

  get nodeId(): string {
    return toGlobalId('DataCategoryDisclosure', this.nodeKey);
  }
}
