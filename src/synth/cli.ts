import 'reflect-metadata';
import { ConfigError, loadConfig, maskDatabaseUrl } from '../config';
import { createDataSource } from '../db/data-source';
import { SchemaError } from '../db/migrate';
import { SeedErrors } from '../seed';
import { loadSynth } from './load-synth';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = process.argv[at + 1];
  if (!/^\d+$/.test(value ?? '')) throw new ConfigError(`--${name} expects a non-negative integer, found ${value}`);
  return Number(value);
}

/**
 * `npm run synth -- --controllers 10000 [--seed 1]`: replaces the content of DATABASE_URL with the seeds plus that
 * many synthetic policies (slugs synth-00001 ...), and prints what it wrote and how long it took.
 */
async function main(): Promise<void> {
  const controllers = flag('controllers', 1000);
  const seed = flag('seed', 1);
  const config = loadConfig();
  // The start-up rule: SQLite is migrated here, PostgreSQL must be already (npm run migrate).
  const dataSource = await createDataSource(config.database);
  try {
    const summary = await loadSynth(dataSource, { controllers, seed });
    const where = config.database.type === 'sqlite' ? config.database.database : maskDatabaseUrl(config.database.url);
    console.log(
      `Loaded ${summary.synthetic} synthetic policies (seed ${seed}) and the seeds into ${where} in ` +
        `${(summary.milliseconds / 1000).toFixed(1)} s: ${summary.controllers} controllers, ${summary.evidence} evidence spans.`,
    );
    console.log(
      Object.entries(summary.rows)
        .map(([table, count]) => `${table} ${count}`)
        .join(', '),
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
