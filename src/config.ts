import fs from 'node:fs';
import path from 'node:path';
import type { IngestOptions } from './jobs/ingestion-service';
import { LIMITS } from './server/limits';

/**
 * Where the data lives: an embedded SQLite file (or memory) or a PostgreSQL server. `schema` (from `?schema=` in the
 * URL) puts the tables in that PostgreSQL schema instead of the connection's default (usually `public`).
 */
export type DatabaseConfig = { type: 'sqlite'; database: string } | { type: 'postgres'; url: string; schema?: string };

export interface Config {
  port: number;
  database: DatabaseConfig;
  production: boolean;
  logLevel: string;
  /** Origins allowed to call the API from a browser (CORS); empty = same origin only. */
  corsOrigins: string[];
  /** Express `trust proxy`: how many proxies in front of the server to trust for the client's IP (0 = none). */
  trustProxy: number;
  /** The in-process response cache (RESPONSE_CACHE=off disables it). */
  responseCache: boolean;
  /** What executes operations: graphql-jit's compiled queries (default) or graphql-js (GRAPHQL_EXECUTOR=graphql-js). */
  executor: 'jit' | 'graphql-js';
  /** How long a stopping server keeps listening (reporting not ready) before it drains (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  /** Rate limit: cost points per client IP per window (RATE_LIMIT_POINTS; benchmarks raise it). */
  rateLimitPoints: number;
  /** How this process reads submitted policies (INGEST_*; README, "Ingestion"). */
  ingest: IngestOptions;
}

/** A configuration value that cannot be used; start-up stops with its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The folder holding package.json: found upwards from this file, wherever the build put it. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..');
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const DEFAULT_DATABASE_URL = `sqlite:${path.join('data', 'policy-graph.sqlite')}`;

/** The URL with its password masked, for messages and logs. */
export const maskDatabaseUrl = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

function parsePostgresUrl(url: string): DatabaseConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      `DATABASE_URL "${maskDatabaseUrl(url)}" is not a URL; expected postgres://user@host:port/database`,
    );
  }
  const schema = parsed.searchParams.get('schema');
  if (schema === null) return { type: 'postgres', url };
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(
      `DATABASE_URL schema "${schema}" is not a plain schema name; expected lower-case letters, digits and _ (e.g. ?schema=policy_graph)`,
    );
  }
  parsed.searchParams.delete('schema');
  return { type: 'postgres', url: parsed.toString(), schema };
}

/**
 * Parses `DATABASE_URL`: `sqlite:<path>` (relative to the project root), `sqlite::memory:`, or `postgres://...`
 * (optionally `?schema=<name>`). Throws ConfigError naming the variable, what was found and what is expected.
 */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url === 'sqlite::memory:') return { type: 'sqlite', database: ':memory:' };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError(`DATABASE_URL "${url}" names no file; expected sqlite:<path> or sqlite::memory:`);
    return { type: 'sqlite', database: path.resolve(PROJECT_ROOT, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return parsePostgresUrl(url);
  throw new ConfigError(
    `DATABASE_URL "${maskDatabaseUrl(url)}" has an unknown scheme; expected sqlite:<path>, sqlite::memory: or postgres://...`,
  );
}

function parseOrigins(value: string): string[] {
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" is not an origin; expected e.g. https://app.example.com or *`,
      );
    }
  }
  return origins;
}

function parseDelay(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new ConfigError(`SHUTDOWN_DELAY_MS "${value}" is not a number of milliseconds`);
  return Number(value);
}

function parseCount(name: string, value: string): number {
  if (!/^\d{1,2}$/.test(value)) throw new ConfigError(`${name} "${value}" is not a small non-negative integer`);
  return Number(value);
}

function parseExecutor(value: string): 'jit' | 'graphql-js' {
  if (value !== 'jit' && value !== 'graphql-js')
    throw new ConfigError(`GRAPHQL_EXECUTOR "${value}" is not an executor; expected jit (the default) or graphql-js`);
  return value;
}

function parsePoints(name: string, value: string): number {
  const points = Number(value);
  if (!/^\d{1,15}$/.test(value) || points < 1)
    throw new ConfigError(`${name} "${value}" is not a positive integer (cost points per client per minute)`);
  return points;
}

function parseWhole(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d{1,9}$/.test(value) || n > max)
    throw new ConfigError(`${name} "${value}" is not an integer from 0 to ${max}`);
  return n;
}

/** The INGEST_* settings: workers, threads, time and memory per document, leases and retries, a key's quota. */
function parseIngest(env: NodeJS.ProcessEnv): IngestOptions {
  return {
    concurrency: parseWhole('INGEST_CONCURRENCY', env.INGEST_CONCURRENCY, 2, 32),
    threads: parseWhole('INGEST_THREADS', env.INGEST_THREADS, 2, 32),
    pollMs: parseWhole('INGEST_POLL_MS', env.INGEST_POLL_MS, 500, 60_000),
    maintenanceSeconds: Math.max(1, parseWhole('INGEST_MAINTENANCE_SECONDS', env.INGEST_MAINTENANCE_SECONDS, 30, 3600)),
    attempts: {
      maxAttempts: Math.max(1, parseWhole('INGEST_MAX_ATTEMPTS', env.INGEST_MAX_ATTEMPTS, 3, 10)),
      retryDelaySeconds: parseWhole('INGEST_RETRY_DELAY_SECONDS', env.INGEST_RETRY_DELAY_SECONDS, 5, 3600),
      leaseSeconds: Math.max(1, parseWhole('INGEST_LEASE_SECONDS', env.INGEST_LEASE_SECONDS, 120, 86_400)),
    },
    reader: {
      timeoutMs: Math.max(100, parseWhole('INGEST_TIMEOUT_MS', env.INGEST_TIMEOUT_MS, 30_000, 600_000)),
      heapMb: Math.max(64, parseWhole('INGEST_HEAP_MB', env.INGEST_HEAP_MB, 512, 8192)),
    },
    submissionsPerHour: parseWhole('INGEST_SUBMISSIONS_PER_HOUR', env.INGEST_SUBMISSIONS_PER_HOUR, 120, 1_000_000),
  };
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
    corsOrigins: parseOrigins(env.CORS_ORIGINS ?? ''),
    trustProxy: parseCount('TRUST_PROXY', env.TRUST_PROXY ?? '0'),
    responseCache: env.RESPONSE_CACHE !== 'off',
    executor: parseExecutor(env.GRAPHQL_EXECUTOR ?? 'jit'),
    shutdownDelayMs: parseDelay(env.SHUTDOWN_DELAY_MS ?? '1000'),
    rateLimitPoints: parsePoints('RATE_LIMIT_POINTS', env.RATE_LIMIT_POINTS ?? String(LIMITS.pointsPerWindow)),
    ingest: parseIngest(env),
  };
}
