import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Controller } from './controller';
import { FactKind, FactSource, ReviewState } from './enums';

/**
 * One fact of one version of a controller's policy: what every fact has, whatever its kind (its review state, who
 * made it, how sure the extractor was, its revision for optimistic concurrency). The content is in the table of its
 * kind, whose row has the same id (purpose, right_statement, ...; CONTROLLER and DOCUMENT facts are the controller
 * and document rows themselves); its evidence points here. Deleting a fact deletes its content and evidence.
 */
@Entity('fact')
@Index(['controllerId', 'key'], { unique: true })
export class Fact {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Controller, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'controllerId' })
  controller?: Controller;

  @Column('integer')
  controllerId: number;

  @Column('varchar')
  kind: FactKind;

  /** The field of the fact file it belongs to (`purposes`, `cookies`, ...; `controller`, `document`). */
  @Column('varchar')
  field: string;

  /** Stable within a version and across versions of one controller (`purpose:marketing`, `right:ACCESS`, ...). */
  @Column('varchar')
  key: string;

  @Column('varchar')
  reviewState: ReviewState;

  @Column('varchar')
  source: FactSource;

  /** How sure the extractor is (0..1); null for facts made by people. */
  @Column('real', { nullable: true })
  confidence: number | null;

  /** Starts at 1; every change of the fact (content, evidence, review) adds one. */
  @Column('integer')
  revision: number;
}
