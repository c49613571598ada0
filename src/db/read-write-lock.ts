import { DataSource } from 'typeorm';

/**
 * A fair read-write lock for one process: any number of readers at once, or one writer alone; waiters go in arrival
 * order, so a writer waits for the readers before it and readers after it wait for the writer (no starvation).
 */
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly queue: { write: boolean; go: () => void }[] = [];

  /** Runs `work` while holding a read share. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire(false);
    try {
      return await work();
    } finally {
      this.readers--;
      this.drain();
    }
  }

  /** Runs `work` while holding the lock alone. */
  async write<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire(true);
    try {
      return await work();
    } finally {
      this.writing = false;
      this.drain();
    }
  }

  private free(write: boolean): boolean {
    return write ? !this.writing && this.readers === 0 : !this.writing;
  }

  private take(write: boolean): void {
    if (write) this.writing = true;
    else this.readers++;
  }

  private acquire(write: boolean): Promise<void> {
    if (!this.queue.length && this.free(write)) {
      this.take(write);
      return Promise.resolve();
    }
    return new Promise((go) => this.queue.push({ write, go }));
  }

  private drain(): void {
    while (this.queue.length && this.free(this.queue[0].write)) {
      const next = this.queue.shift()!;
      this.take(next.write);
      next.go();
    }
  }
}

const locks = new WeakMap<DataSource, ReadWriteLock>();

/**
 * The read-write lock of an SQLite DataSource, or null on PostgreSQL. TypeORM gives SQLite one connection, so a read
 * sent while a write transaction is open on it would see that transaction's uncommitted rows: on SQLite, writes
 * (runWrite) take the lock alone and read-only requests take a share of it (see consistentReads).
 */
export function sqliteLock(dataSource: DataSource): ReadWriteLock | null {
  if (dataSource.options.type === 'postgres') return null;
  let lock = locks.get(dataSource);
  if (!lock) locks.set(dataSource, (lock = new ReadWriteLock()));
  return lock;
}
