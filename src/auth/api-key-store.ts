import { DataSource, IsNull } from 'typeorm';
import { runWrite } from '../db/write-queue';
import { ApiKey } from '../entities/api-key';
import { digestKey, generateKey, isWellFormedKey, keyMatches, keyPrefixOf } from './api-key-secret';
import { Role } from './role';
import { Viewer } from './viewer';

/** The actor recorded for keys created or revoked on the command line (`npm run keys`). */
export const CLI_ACTOR = 'cli';

/** `lastUsedAt` is kept to the minute: a key used all the time costs one write a minute, not one per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const MAX_NAME_LENGTH = 100;

/** A request to the key store that cannot be done as asked (a bad name, an unknown id): the caller's mistake. */
export class ApiKeyError extends Error {
  override name = 'ApiKeyError';
}

/** The name of a key's holder, trimmed; throws ApiKeyError when empty, too long or with control characters. */
export function checkKeyName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new ApiKeyError('The key needs a name: who will hold it, e.g. --name "Jane Doe".');
  if (trimmed.length > MAX_NAME_LENGTH)
    throw new ApiKeyError(`The name is ${trimmed.length} characters long; at most ${MAX_NAME_LENGTH} are allowed.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new ApiKeyError('The name must not contain control characters.');
  return trimmed;
}

/**
 * Creates a key of `role` for `name`, recording `actor` as its creator. Returns the key itself, which exists nowhere
 * else (only its digest is stored: show it once), with its row. Throws ApiKeyError on an empty, too long or
 * control-character name (nothing is written).
 */
export async function createApiKey(
  dataSource: DataSource,
  options: { role: Role; name: string; actor: string },
): Promise<{ key: string; apiKey: ApiKey }> {
  const name = checkKeyName(options.name);
  const key = generateKey();
  const row = Object.assign(new ApiKey(), {
    prefix: keyPrefixOf(key),
    digest: digestKey(key),
    name,
    role: options.role,
    createdAt: new Date().toISOString(),
    createdBy: options.actor,
    revokedAt: null,
    revokedBy: null,
    lastUsedAt: null,
  });
  const apiKey = await runWrite(dataSource, (manager) => manager.save(row));
  return { key, apiKey };
}

/** Every key, revoked ones included, oldest first. */
export function listApiKeys(dataSource: DataSource): Promise<ApiKey[]> {
  return dataSource.getRepository(ApiKey).find({ order: { id: 'ASC' } });
}

/**
 * Revokes key `id`, recording `actor`: from now on a request that sends it is refused. A key already revoked is left
 * as it was (`alreadyRevoked`). Throws ApiKeyError when no key has that id.
 */
export function revokeApiKey(
  dataSource: DataSource,
  id: number,
  actor: string,
): Promise<{ apiKey: ApiKey; alreadyRevoked: boolean }> {
  return runWrite(dataSource, async (manager) => {
    const apiKey = await manager.findOneBy(ApiKey, { id });
    if (!apiKey) throw new ApiKeyError(`There is no API key ${id}; npm run keys -- list shows them.`);
    if (apiKey.revokedAt) return { apiKey, alreadyRevoked: true };
    Object.assign(apiKey, { revokedAt: new Date().toISOString(), revokedBy: actor });
    await manager.save(apiKey);
    return { apiKey, alreadyRevoked: false };
  });
}

/**
 * The viewer a key stands for, or null when it is malformed, unknown or revoked. The row is found by the key's
 * non-secret prefix and the digests are compared in constant time (keyMatches), so the time an answer takes does not
 * tell how close a guess was. Records the use in `lastUsedAt` (at most once per LAST_USED_RESOLUTION_MS). One
 * indexed SELECT, and an UPDATE once a minute per key.
 */
export async function viewerForKey(dataSource: DataSource, key: string): Promise<Viewer | null> {
  if (!isWellFormedKey(key)) return null;
  const candidates = await dataSource.getRepository(ApiKey).findBy({ prefix: keyPrefixOf(key), revokedAt: IsNull() });
  const apiKey = candidates.find((candidate) => keyMatches(key, candidate.digest));
  if (!apiKey) return null;
  const now = Date.now();
  if (!apiKey.lastUsedAt || now - Date.parse(apiKey.lastUsedAt) >= LAST_USED_RESOLUTION_MS) {
    const lastUsedAt = new Date(now).toISOString();
    await runWrite(dataSource, (manager) => manager.update(ApiKey, { id: apiKey.id }, { lastUsedAt }));
  }
  return Viewer.of(apiKey);
}
