import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { SchemaError } from '../db/migrate';
import { ApiKey } from '../entities/api-key';
import { ApiKeyError, checkKeyName, CLI_ACTOR, createApiKey, listApiKeys, revokeApiKey } from './api-key-store';
import { parseRole, ROLES } from './role';

const USAGE = `Usage:
  npm run keys -- create --role <${ROLES.map((r) => r.toLowerCase()).join('|')}> --name <who holds it>
  npm run keys -- list
  npm run keys -- revoke <id>`;

/** A command line that cannot be run as written: its message says what was expected. */
class UsageError extends Error {
  override name = 'UsageError';
}

/** A command, once its arguments are read: what it does with the database. */
type Action = (dataSource: DataSource) => Promise<void>;

function create(args: string[]): Action {
  const { values, positionals } = parseArgs({
    args,
    options: { role: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length)
    throw new UsageError(`create takes no argument "${positionals[0]}"; name the holder with --name.`);
  const role = values.role === undefined ? null : parseRole(values.role);
  if (!role) throw new UsageError(`--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(', ')}.`);
  if (values.name === undefined) throw new UsageError('--name is required: who will hold the key.');
  const name = checkKeyName(values.name);
  return async (dataSource) => {
    const { key, apiKey } = await createApiKey(dataSource, { role, name, actor: CLI_ACTOR });
    console.log(`Created API key ${apiKey.id} (${apiKey.prefix}...) for ${apiKey.name}, role ${role.toLowerCase()}.`);
    console.log(
      'The key is shown this once and cannot be recovered: store it now, and send it as `Authorization: Bearer <key>`.',
    );
    // Alone on the last line, so that scripts can take it with `tail -n 1`.
    console.log(key);
  };
}

const columns = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ');

function describe(key: ApiKey): string[] {
  return [
    String(key.id),
    key.prefix,
    key.role.toLowerCase(),
    key.revokedAt ? `revoked ${key.revokedAt} by ${key.revokedBy}` : 'active',
    `${key.createdAt} by ${key.createdBy}`,
    key.lastUsedAt ?? 'never',
    key.name,
  ];
}

function list(args: string[]): Action {
  if (args.length) throw new UsageError(`list takes no arguments; found "${args[0]}".`);
  return async (dataSource) => {
    const keys = await listApiKeys(dataSource);
    if (!keys.length) {
      console.log('No API keys yet. Create one with: npm run keys -- create --role reader --name <who holds it>');
      return;
    }
    const rows = [['id', 'prefix', 'role', 'status', 'created', 'last used', 'name'], ...keys.map(describe)];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    for (const row of rows) console.log(columns(row, widths));
  };
}

function revoke(args: string[]): Action {
  if (args.length !== 1 || !/^[1-9]\d{0,15}$/.test(args[0]))
    throw new UsageError('revoke takes the id of one key (a number: npm run keys -- list shows them).');
  const id = Number(args[0]);
  return async (dataSource) => {
    const { apiKey, alreadyRevoked } = await revokeApiKey(dataSource, id, CLI_ACTOR);
    console.log(
      alreadyRevoked
        ? `API key ${apiKey.id} (${apiKey.prefix}...) of ${apiKey.name} was already revoked on ${apiKey.revokedAt}; nothing changed.`
        : `Revoked API key ${apiKey.id} (${apiKey.prefix}...) of ${apiKey.name}: requests that send it are refused from now on.`,
    );
  };
}

const COMMANDS: Record<string, (args: string[]) => Action> = { create, list, revoke };

/**
 * `npm run keys -- create|list|revoke`: administers the API keys of the database named by DATABASE_URL (as
 * `npm run seed` does: SQLite is migrated when opened, PostgreSQL must be migrated already, `npm run migrate`).
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const parse = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!parse) throw new UsageError(command === undefined ? 'Name a command.' : `Unknown command "${command}".`);
  // Arguments first: a mistake in them is reported without opening (or creating) a database.
  const action = parse(args);
  const dataSource = await createDataSource(loadConfig().database);
  try {
    await action(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ApiKeyError || error instanceof ConfigError || error instanceof SchemaError)
    console.error(error.message);
  else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error);
  process.exit(1);
});
