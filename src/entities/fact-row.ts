import { Column, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Fact } from './fact';

/**
 * The columns every fact table shares: its id is the id of its `fact` row (which holds its review state and revision,
 * and is deleted with it), `controllerId` is the version it belongs to, and `nodeKey` the stable key of its global id
 * (`<slug>@<version>/<fact key>`), so that global ids survive any reload of the data.
 */
export abstract class FactRow {
  @PrimaryColumn('integer')
  id: number;

  @OneToOne(() => Fact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  fact?: Fact;

  @Index()
  @Column('integer')
  controllerId: number;

  @Index({ unique: true })
  @Column('varchar')
  nodeKey: string;
}
