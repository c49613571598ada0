import path from 'node:path';

/** Where the data lives: an embedded SQLite file (or memory) or a PostgreSQL server. */
export type DatabaseConfig = { type: 'sqlite'; database: string } | { type: 'postgres'; url: string };

export interface Config {
  port: number;
  database: DatabaseConfig;
  production: boolean;
  logLevel: string;
}

/** A configuration value that cannot be used; start-up stops with its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const PROJECT_ROOT = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');
export const DEFAULT_DATABASE_URL = `sqlite:${path.join('data', 'policy-graph.sqlite')}`;

/**
 * Parses `DATABASE_URL`: `sqlite:<path>` (relative to the project root), `sqlite::memory:`, or `postgres://...`.
 * Throws ConfigError naming the variable, what was found and what is expected.
 */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url === 'sqlite::memory:') return { type: 'sqlite', database: ':memory:' };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError(`DATABASE_URL "${url}" names no file; expected sqlite:<path> or sqlite::memory:`);
    return { type: 'sqlite', database: path.resolve(PROJECT_ROOT, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { type: 'postgres', url };
  throw new ConfigError(
    `DATABASE_URL "${url.replace(/\/\/[^@/]*@/, '//***@')}" has an unknown scheme; expected sqlite:<path>, sqlite::memory: or postgres://...`,
  );
}

/** Reads the configuration from the environment. Throws ConfigError on a value it cannot use. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rawPort = env.PORT ?? '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new ConfigError(`PORT "${rawPort}" is not a port number; expected an integer from 0 to 65535`);
  }
  return {
    port,
    database: parseDatabaseUrl(env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
