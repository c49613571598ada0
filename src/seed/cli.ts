import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { SchemaError } from '../db/migrate';
import { loadSeeds } from './load-seeds';
import { SeedErrors } from './seed-error';

/** `npm run seed`: validates the seed files and loads what the configured database does not hold yet. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  try {
    const summary = await loadSeeds(dataSource);
    if (!summary) console.log('The database holds these seeds already: nothing to write.');
    else {
      const drafts = summary.drafts.length
        ? ` Left as drafts for curators (their published versions were changed through the API): ${summary.drafts.join(', ')}.`
        : '';
      console.log(
        `Wrote ${summary.published.length + summary.drafts.length} version(s) with ${summary.evidence} evidence spans` +
          `${summary.vocabulary ? ' and the vocabulary' : ''}: ${[...summary.published, ...summary.drafts].join(', ') || 'none'}.${drafts}`,
      );
    }
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
