import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { postgresMigrations } from '../../src/db/migrations/postgres';
import { startServer } from '../../src/server/start-server';
import { buildServer, removeBuild } from '../support/built-server';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let outDir: string;
beforeAll(() => {
  outDir = buildServer();
}, 120_000);
afterAll(() => removeBuild(outDir));

let database: TestDatabase;
beforeEach(async () => {
  // On SQLite a file that does not exist yet (the CLI migrates it, as the server does); on PostgreSQL a migrated schema.
  database = await createTestDatabase({ file: true });
});
afterEach(() => database.drop());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a built command-line tool (`npm run keys` runs dist/src/auth/cli.js) on the test database. */
function run(script: string, args: string[], url = database.url): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(outDir, script), ...args],
      { env: { ...process.env, DATABASE_URL: url } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const keys = (...args: string[]) => run('src/auth/cli.js', args);
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)!;

/** Asks the API, on the same database, who a key is (seeding the database first if needed, as `npm start` does). */
async function viewerOf(key: string): Promise<{ status: number; body: AnyRecord }> {
  const server = await startServer({ databaseUrl: database.url });
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ viewer { role name keyId keyPrefix } }' }),
    });
    return { status: response.status, body: (await response.json()) as AnyRecord };
  } finally {
    await server.close();
  }
}

describe(`npm run keys (${TEST_ENGINE})`, () => {
  it('creates a key, printed once alone on the last line, that the API knows; only its digest is stored', async () => {
    const created = await keys('create', '--role', 'curator', '--name', 'Jane Doe');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const key = lastLine(created.stdout);
    expect(key).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);
    expect(created.stdout.split('\n')[0]).toBe(
      `Created API key 1 (${key.slice(0, 12)}...) for Jane Doe, role curator.`,
    );

    // `npm run seed` reloads the content and keeps the keys; so does the server's start-up seeding below.
    expect((await run('src/seed/cli.js', [])).code).toBe(0);
    expect(await viewerOf(key)).toEqual({
      status: 200,
      body: {
        data: { viewer: { role: 'CURATOR', name: 'Jane Doe', keyId: '1', keyPrefix: key.slice(0, 12) } },
        extensions: { cost: 5 },
      },
    });

    const listed = await keys('list');
    expect(listed.stdout).not.toContain(key.slice(12));
    const server = await startServer({ databaseUrl: database.url });
    try {
      const rows: AnyRecord[] = await server.dataSource.query('SELECT * FROM api_key');
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(key.slice(12));
      expect(rows[0].digest).toBe(createHash('sha256').update(key).digest('hex'));
    } finally {
      await server.close();
    }
  }, 60_000);

  it('lists every key with its prefix, role, status, dates and holder, never the key', async () => {
    expect(lastLine((await keys('list')).stdout)).toBe(
      'No API keys yet. Create one with: npm run keys -- create --role reader --name <who holds it>',
    );
    const reader = lastLine((await keys('create', '--role', 'READER', '--name', 'Reporting job')).stdout);
    const admin = lastLine((await keys('create', '--role', 'admin', '--name', 'Ops')).stdout);
    await viewerOf(reader);
    const { code, stdout } = await keys('list');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').slice(-3);
    const date = '\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z';
    expect(lines[0]).toMatch(/^id +prefix +role +status +created +last used +name$/);
    expect(lines[1]).toMatch(
      new RegExp(`^1 +${reader.slice(0, 12)} +reader +active +${date} by cli +${date} +Reporting job$`),
    );
    expect(lines[2]).toMatch(new RegExp(`^2 +${admin.slice(0, 12)} +admin +active +${date} by cli +never +Ops$`));
    for (const key of [reader, admin]) expect(stdout).not.toContain(key.slice(12));
  }, 60_000);

  it('revokes a key: the API refuses it from then on, and the list says when and by whom', async () => {
    const key = lastLine((await keys('create', '--role', 'admin', '--name', 'Leaver')).stdout);
    const revoked = await keys('revoke', '1');
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    expect(lastLine(revoked.stdout)).toBe(
      `Revoked API key 1 (${key.slice(0, 12)}...) of Leaver: requests that send it are refused from now on.`,
    );
    const refused = await viewerOf(key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(lastLine((await keys('list')).stdout)).toMatch(
      /^1 +pgk_\S+ +admin +revoked \S+Z by cli +\S+Z by cli +never +Leaver$/,
    );

    const again = await keys('revoke', '1');
    expect(again.code).toBe(0);
    expect(lastLine(again.stdout)).toMatch(
      /^API key 1 \(pgk_\S+\.\.\.\) of Leaver was already revoked on \S+Z; nothing changed\.$/,
    );
    expect(await keys('revoke', '2')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'There is no API key 2; npm run keys -- list shows them.\n',
    });
  }, 60_000);

  it('refuses a mistaken command line with what was expected and the usage, touching no database', async () => {
    const usage = /\n\nUsage:\n {2}npm run keys -- create --role <reader\|curator\|admin> --name <who holds it>\n/;
    const mistakes: [string[], string][] = [
      [[], 'Name a command.'],
      [['delete', '1'], 'Unknown command "delete".'],
      [['toString'], 'Unknown command "toString".'],
      [['create', '--role', 'owner', '--name', 'X'], '--role must be one of reader, curator, admin.'],
      [['create', '--name', 'X'], '--role must be one of reader, curator, admin.'],
      [['create', '--role', 'reader'], '--name is required: who will hold the key.'],
      [
        ['create', '--role', 'reader', '--name', ' '],
        'The key needs a name: who will hold it, e.g. --name "Jane Doe".',
      ],
      [
        ['create', '--role', 'reader', '--name', 'x'.repeat(101)],
        'The name is 101 characters long; at most 100 are allowed.',
      ],
      [
        ['create', '--role', 'reader', '--name', 'X', 'extra'],
        'create takes no argument "extra"; name the holder with --name.',
      ],
      [['create', '--role', 'reader', '--nme', 'X'], "Unknown option '--nme'"],
      [['list', 'all'], 'list takes no arguments; found "all".'],
      [['revoke'], 'revoke takes the id of one key (a number: npm run keys -- list shows them).'],
      [['revoke', 'pgk_abc'], 'revoke takes the id of one key (a number: npm run keys -- list shows them).'],
    ];
    for (const [args, message] of mistakes) {
      const result = await keys(...args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code: 1, stdout: '' });
      expect(result.stderr.startsWith(message)).toBe(true);
      if (!message.startsWith('The ')) expect(result.stderr).toMatch(usage);
    }
    if (TEST_ENGINE === 'sqlite') expect(fs.existsSync(database.url.slice('sqlite:'.length))).toBe(false);
    else expect(lastLine((await keys('list')).stdout)).toMatch(/^No API keys yet/);
  }, 60_000);

  if (TEST_ENGINE === 'postgres') {
    it('refuses a PostgreSQL database that is not migrated, as the server does, naming npm run migrate', async () => {
      const unmigrated = await createTestDatabase({ migrated: false });
      try {
        const result = await run('src/auth/cli.js', ['list'], unmigrated.url);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          new RegExp(
            `is not migrated: ${postgresMigrations.length} migration\\(s\\) pending .*Run \`npm run migrate\``,
          ),
        );
      } finally {
        await unmigrated.drop();
      }
    });
  }
});
