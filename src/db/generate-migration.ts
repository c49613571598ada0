import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigError, DatabaseConfig, maskDatabaseUrl, parseDatabaseUrl, PROJECT_ROOT } from '../config';
import { createDataSource } from './data-source';
import { runMigrations } from './migrate';

type Engine = 'sqlite' | 'postgres';
const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'src', 'db', 'migrations');
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A JavaScript template literal holding `text` verbatim. */
const literal = (text: string) => '`' + text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${') + '`';

function statement(query: { query: string; parameters?: unknown[] }): string {
  const parameters = query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : '';
  return `    await queryRunner.query(${literal(query.query)}${parameters});`;
}

/**
 * The statements that bring a database migrated to the current version up to the entities (TypeORM's diff), without
 * the scratch schema's name: a migration runs in whatever schema the search path names.
 */
async function diff(dataSource: DataSource) {
  await runMigrations(dataSource);
  const log = await dataSource.driver.createSchemaBuilder().log();
  const { schema } = dataSource.driver.options as { schema?: string };
  const unqualified = ({ query, parameters }: { query: string; parameters?: unknown[] }) => ({
    query: schema ? query.split(`"${schema}".`).join('') : query,
    parameters,
  });
  return { up: log.upQueries.map(unqualified), down: [...log.downQueries].reverse().map(unqualified) };
}

/** Rewrites `index.ts` of an engine's folder: every migration file of it, oldest first. */
function writeIndex(engine: Engine): void {
  const dir = path.join(MIGRATIONS_DIR, engine);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{13}-[a-z0-9-]+\.ts$/.test(f))
    .sort();
  const classes = files.map((file) => {
    const name = /export class (\w+)/.exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1];
    if (!name) throw new Error(`${path.join(dir, file)} exports no migration class`);
    return { file: file.replace(/\.ts$/, ''), name };
  });
  fs.writeFileSync(
    path.join(dir, 'index.ts'),
    `/** The ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} migrations, oldest first (rewritten by \`npm run migration:generate\`). */\n` +
      classes.map((c) => `import { ${c.name} } from './${c.file}';\n`).join('') +
      `\nexport const ${engine}Migrations = [${classes.map((c) => c.name).join(', ')}];\n`,
  );
}

async function generate(engine: Engine, config: DatabaseConfig, name: string, timestamp: number): Promise<string> {
  const dataSource = await createDataSource(config, undefined, { migrations: 'none' });
  try {
    const { up, down } = await diff(dataSource);
    if (!up.length) return `${engine}: the migrations already match the entities; nothing written`;
    const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, _dash, c: string) => c.toUpperCase())}${timestamp}`;
    const file = path.join(MIGRATIONS_DIR, engine, `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${up.map(statement).join('\n')}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${down.map(statement).join('\n')}\n  }\n}\n`,
    );
    writeIndex(engine);
    spawnSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', path.dirname(file)], {
      stdio: 'ignore',
    });
    return `${engine}: wrote ${path.relative(PROJECT_ROOT, file)} (${up.length} statements); review it before committing`;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `npm run migration:generate -- <name>`: after an entity change, writes one migration per engine (SQLite and
 * PostgreSQL dialects differ) from TypeORM's diff between the entities and a scratch database migrated to the current
 * version, and lists it in that engine's index.ts. The PostgreSQL scratch database is a temporary schema in
 * MIGRATION_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards. Search objects (FTS5,
 * tsvector index) are not entities: write their migrations by hand.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new ConfigError(
      `migration name "${name}" is not kebab-case; e.g. npm run migration:generate -- add-dpo-title`,
    );
  }
  const timestamp = Date.now();
  console.log(await generate('sqlite', parseDatabaseUrl('sqlite::memory:'), name, timestamp));

  const url = process.env.MIGRATION_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
  const base = parseDatabaseUrl(url);
  if (base.type !== 'postgres')
    throw new ConfigError(`MIGRATION_DATABASE_URL "${maskDatabaseUrl(url)}" is not postgres://...`);
  const schema = `migration_generate_${timestamp}`;
  try {
    console.log(await generate('postgres', { ...base, schema }, name, timestamp));
  } finally {
    const client = new Client({ connectionString: base.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
