import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** The seeds of the repository (seeds/). */
export const DEFAULT_SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/**
 * The fingerprint of every file under a seeds directory (relative paths and bytes, in path order), read without
 * parsing anything: when it equals the one recorded at the last load (see seedFilesLoaded), start-up has nothing to
 * check or write and never reads the seeds at all (parsing and validating them left about 12 MB on an idle server's
 * heap). The finer fingerprints of readSeeds (per policy, the vocabulary) decide what a load writes.
 */
export function seedFilesFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).sort(byName)) {
      const file = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile())
        hash
          .update(`${file}\0`)
          .update(fs.readFileSync(path.join(dir, file)))
          .update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
