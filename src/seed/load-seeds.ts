import { DataSource } from 'typeorm';
import { SeedSummary, syncSeeds } from '../store/seed-sync';
import { DEFAULT_SEEDS_DIR, readSeeds } from './read-seeds';

/**
 * Loads the seed files into the database through the store (see syncSeeds): validates every file first (readSeeds),
 * then writes, in one transaction, what the database does not hold yet: the vocabulary when it changed, and a new
 * version of each controller whose seed file or document changed (version 1 on an empty database). Curated work is
 * never dropped or overwritten. Returns what was written, or null when the database already held these seeds.
 * Throws SeedErrors (and writes nothing) on a bad file; a database error rolls the transaction back.
 */
export async function loadSeeds(dataSource: DataSource, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedSummary | null> {
  return syncSeeds(dataSource, readSeeds(dir));
}
