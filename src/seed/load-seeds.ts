import { DataSource } from 'typeorm';
import { recordSeedFiles, seedFilesLoaded, SeedSummary, syncSeeds } from '../store/seed-sync';
import { DEFAULT_SEEDS_DIR, seedFilesFingerprint } from './seed-files';

/**
 * Loads the seed files into the database through the store (see syncSeeds): validates every file first (readSeeds),
 * then writes, in one transaction, what the database does not hold yet: the vocabulary when it changed, and a new
 * version of each controller whose seed file or document changed (version 1 on an empty database). Curated work is
 * never dropped or overwritten. Returns what was written, or null when the database already held these seeds; when
 * the files are byte for byte those of the last load (seedFilesFingerprint), they are not even read.
 * Throws SeedErrors (and writes nothing) on a bad file; a database error rolls the transaction back.
 */
export async function loadSeeds(dataSource: DataSource, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedSummary | null> {
  const files = seedFilesFingerprint(dir);
  if (await seedFilesLoaded(dataSource, files)) return null;
  // Read only now: a start on unchanged seeds never loads the parser and the gate's code (see seedFilesFingerprint).
  const { readSeeds } = await import('./read-seeds');
  const summary = await syncSeeds(dataSource, readSeeds(dir));
  await recordSeedFiles(dataSource, files);
  return summary;
}
