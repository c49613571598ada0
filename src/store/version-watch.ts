import { DataSource } from 'typeorm';
import { readStatements } from '../db/read-statements';
import { storeEvents } from './transaction';

/** How long a process trusts the data version it read last (a write of another replica shows after at most this long). */
export const VERSION_TTL_MS = 1000;

const watches = new WeakMap<DataSource, VersionWatch>();

// One listener for every DataSource: a write of this process makes its watch re-read at once.
storeEvents.on('committed', (written: DataSource) => watches.get(written)?.expire());

/**
 * The version of the data (data_version: the counter every write transaction of the store adds one to) as this
 * process last read it, re-read at most once a second, and at once after a write of this process: what is kept under
 * it (the response cache, the term snapshot) is never older than that, whichever replica wrote. `read` answers at once
 * (no promise) while the version is fresh. Its reads are the process's own, not a request's (background statements,
 * see StatementCounter).
 */
export class VersionWatch {
  private value: number | null = null;
  private readAt = 0;
  private pending: Promise<number> | null = null;

  private constructor(private readonly dataSource: DataSource) {}

  /** The watch of a DataSource (one per DataSource). */
  static of(dataSource: DataSource): VersionWatch {
    let watch = watches.get(dataSource);
    if (!watch) watches.set(dataSource, (watch = new VersionWatch(dataSource)));
    return watch;
  }

  read(): number | Promise<number> {
    if (this.value !== null && Date.now() - this.readAt < VERSION_TTL_MS) return this.value;
    return (this.pending ??= readStatements(this.dataSource)
      .rows<{ version: number | string }>('SELECT version FROM data_version WHERE id = 1', {}, { background: true })
      .then((rows) => {
        this.value = Number(rows[0]?.version ?? 0);
        this.readAt = Date.now();
        return this.value;
      })
      .finally(() => {
        this.pending = null;
      }));
  }

  /** Makes the next read go to the database. */
  expire(): void {
    this.readAt = 0;
  }
}
