import { DataSource } from 'typeorm';
import { createApiKey, revokeApiKey, Role, Viewer } from '../../src/auth';

export interface TestKey {
  /** The key's id (`npm run keys -- revoke <id>`). */
  id: number;
  /** The key itself, `pgk_...`. */
  key: string;
  /** `Bearer pgk_...`: the value of the Authorization header. */
  bearer: string;
  /** The viewer it stands for, for operations run without HTTP (TestApi.run's `viewer`). */
  viewer: Viewer;
}

/**
 * Creates an API key of `role` on a test database (a TestApi's or a RunningServer's `dataSource`), as
 * `npm run keys -- create` does, with the actor `test`. Send `bearer` as the Authorization header over HTTP, or pass
 * `viewer` to TestApi.run.
 */
export async function createTestKey(dataSource: DataSource, role: Role, name = `Test ${role.toLowerCase()}`) {
  const { key, apiKey } = await createApiKey(dataSource, { role, name, actor: 'test' });
  const result: TestKey = { id: apiKey.id, key, bearer: `Bearer ${key}`, viewer: Viewer.of(apiKey) };
  return result;
}

/** Revokes a test key, as `npm run keys -- revoke <id>` does. */
export async function revokeTestKey(dataSource: DataSource, key: TestKey): Promise<void> {
  await revokeApiKey(dataSource, key.id, 'test');
}

/** One key of every role, as `keys.READER`, `keys.CURATOR`, `keys.ADMIN`. */
export async function createTestKeys(dataSource: DataSource): Promise<Record<Role, TestKey>> {
  return {
    [Role.READER]: await createTestKey(dataSource, Role.READER),
    [Role.CURATOR]: await createTestKey(dataSource, Role.CURATOR),
    [Role.ADMIN]: await createTestKey(dataSource, Role.ADMIN),
  };
}
