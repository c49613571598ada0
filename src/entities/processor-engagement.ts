import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';
import { DataCategory } from './data-category';
import { ProcessorRole } from './enums';

/** A controller's use of a named vendor: as processor, as data source, or as a system it uses. */
@Entity('processor_engagement')
@Index('IDX_processor_engagement_processor_slug', ['processorId', 'controllerSlug', 'controllerId'])
@ObjectType({ implements: Node, description: 'A controller’s engagement of a named vendor, as its policy states it.' })
export class ProcessorEngagement extends FactRow implements Node {
  @Column('integer')
  processorId: number;

  /**
   * The slug of the version it belongs to (which never changes), written by the store with the row: the index above
   * then orders a vendor's engagements by controller, and a page of a vendor's controllers walks `first` entries of
   * it instead of numbering every engagement. (The default only lets SQLite add the column to existing rows.)
   */
  @Column('varchar', { default: '' })
  controllerSlug: string;

  @Field(() => ProcessorRole, { description: 'How the vendor takes part in the processing.' })
  @Index()
  @Column('varchar')
  role: ProcessorRole;

  @Field(() => String, { nullable: true, description: 'The service the vendor provides, as the policy describes it.' })
  @Column('varchar', { nullable: true })
  service: string | null;

  @ManyToMany(() => DataCategory)
  @JoinTable({
    name: 'processor_engagement_data_category',
    joinColumn: { name: 'engagementId' },
    inverseJoinColumn: { name: 'dataCategoryId' },
  })
  dataCategories: DataCategory[];

  get nodeId(): string {
    return toGlobalId('ProcessorEngagement', this.nodeKey);
  }
}
