import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../auth/role';

/**
 * An API key (`npm run keys`): who holds it, its role, and the administration of it. The key itself is never stored,
 * only its SHA-256 digest (see digestKey); a revoked key stays, so that its id is never reused. Not loaded from
 * seeds/: a reseed leaves this table as it is. No GraphQL type: the API shows a key only as the `viewer` it stands for.
 */
@Entity('api_key')
export class ApiKey {
  @PrimaryGeneratedColumn()
  id: number;

  /** The first characters of the key (`pgk_` and 8 more): not secret; finds the row and names the key. */
  @Index()
  @Column('varchar', { length: 12 })
  prefix: string;

  /** SHA-256 of the whole key, hex. */
  @Column('varchar', { length: 64 })
  digest: string;

  /** Who holds the key (a person or a client), as the admin named them. */
  @Column('varchar', { length: 100 })
  name: string;

  @Column('varchar', { length: 16 })
  role: Role;

  /** ISO 8601 instant. */
  @Column('varchar', { length: 32 })
  createdAt: string;

  /** Who created it (`cli` for the command line). */
  @Column('varchar', { length: 100 })
  createdBy: string;

  @Column('varchar', { length: 32, nullable: true })
  revokedAt: string | null;

  @Column('varchar', { length: 100, nullable: true })
  revokedBy: string | null;

  /** When a request last authenticated with it, to the minute (see LAST_USED_RESOLUTION_MS). */
  @Column('varchar', { length: 32, nullable: true })
  lastUsedAt: string | null;
}
