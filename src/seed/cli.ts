import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { SchemaError } from '../db/migrate';
import { loadSeeds } from './load-seeds';
import { SeedErrors } from './seed-error';

/** `npm run seed`: validates the seed files and (re)loads them into the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  try {
    const summary = await loadSeeds(dataSource);
    console.log(
      `Seeded ${summary.controllers} policies with ${summary.evidence} evidence spans (fingerprint ${summary.fingerprint.slice(0, 12)}).`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedErrors || error instanceof ConfigError || error instanceof SchemaError)
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
