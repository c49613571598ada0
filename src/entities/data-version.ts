import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The version of the data: one row, whose counter every write transaction of the store adds one to, in the
 * transaction itself. Caches (the response cache, in this process or another replica) key on it.
 */
@Entity('data_version')
export class DataVersion {
  @PrimaryColumn('integer')
  id: number;

  @Column('integer')
  version: number;
}
