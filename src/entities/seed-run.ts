import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The fingerprint of the seed files last loaded, so that start-up can tell whether the database is current. */
@Entity('seed_run')
export class SeedRun {
  @PrimaryColumn('varchar')
  key: string;

  @Column('varchar', { length: 64 })
  fingerprint: string;

  @Column('varchar')
  loadedAt: string;
}
