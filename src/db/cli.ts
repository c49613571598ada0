import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from './data-source';
import { runMigrations, SchemaError } from './migrate';

/** `npm run migrate`: brings the schema of the database named by DATABASE_URL to this version. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database, undefined, { migrations: 'none' });
  try {
    const applied = await runMigrations(dataSource);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'Already up to date.',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SchemaError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
