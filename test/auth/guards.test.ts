import { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import {
  Authorized,
  AuthenticationError,
  AuthorizationError,
  Ctx,
  Field,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth';
import { createDataSource } from '../../src/db/data-source';
import { resolvers } from '../../src/resolvers';
import { createSchema } from '../../src/schema/build-schema';
import { Context } from '../../src/schema/context';
import { createFormatError } from '../../src/server/format-error';
import { createServer, PolicyGraphServer } from '../../src/server/create-server';
import { expectedOutcomes, guardOutcomes } from '../support/guards';
import { createTestKeys, TestKey } from '../support/keys';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// A test-only demonstration of the guards the write API will use: the API itself has no guarded field yet.
@ObjectType()
class GuardedThing {
  @Field(() => String)
  open: string;

  @Authorized('CURATOR')
  @Field(() => String, { nullable: true })
  curatorsOnly: string;
}

@Resolver()
class GuardDemoResolver {
  @Authorized()
  @Query(() => String)
  anyKey(@Ctx() { viewer }: Context): string {
    return viewer!.name;
  }

  @Authorized(Role.ADMIN)
  @Query(() => String)
  adminOnly(): string {
    return 'admin';
  }

  @Authorized(['ADMIN', 'CURATOR'])
  @Query(() => String)
  curatorOrAdmin(): string {
    return 'curator or admin';
  }

  @Query(() => GuardedThing)
  thing(): GuardedThing {
    return { open: 'open', curatorsOnly: 'secret' };
  }

  @Authorized('CURATOR')
  @Mutation(() => String)
  curate(@Ctx() { viewer }: Context): string {
    return `curated by ${viewer!.name}`;
  }
}

let database: TestDatabase;
let dataSource: DataSource;
let server: PolicyGraphServer;
let url: string;
let keys: Record<Role, TestKey>;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.config);
  server = await createServer({
    schema: await createSchema({ resolvers: [...resolvers, GuardDemoResolver] }),
    dataSource,
    logger: pino({ level: 'silent' }),
    production: true,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  keys = await createTestKeys(dataSource);
});
afterAll(async () => {
  await server.stop(0);
  await dataSource.destroy();
  await database.drop();
});

async function post(query: string, key?: TestKey) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: key.bearer } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as AnyRecord };
}

describe(`@Authorized guards (${TEST_ENGINE})`, () => {
  it.each([
    ['{ anyKey }', Role.READER],
    ['{ thing { curatorsOnly } }', Role.CURATOR],
    ['mutation { curate }', Role.CURATOR],
    ['{ curatorOrAdmin }', Role.CURATOR],
    ['{ adminOnly }', Role.ADMIN],
  ])('%s admits %s and the roles above it, refuses the others', async (query, minimum) => {
    expect(await guardOutcomes(url, keys, query)).toEqual(expectedOutcomes(minimum));
  });

  it('answers an admitted caller as the viewer it is', async () => {
    expect((await post('mutation { curate }', keys.ADMIN)).body.data).toEqual({ curate: 'curated by Test admin' });
    expect((await post('{ anyKey }', keys.READER)).body.data).toEqual({ anyKey: 'Test reader' });
  });

  it('tells an anonymous caller how to authenticate: 401, WWW-Authenticate: Bearer, UNAUTHENTICATED', async () => {
    const { status, headers, body } = await post('mutation { curate }');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message:
          'This needs an API key of role CURATOR or higher: send an API key as `Authorization: Bearer <key>` (an administrator creates one with `npm run keys -- create`).',
        locations: [{ line: 1, column: 12 }],
        path: ['curate'],
        extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
      },
    ]);
  });

  it('tells a key whose role is too low what it needs: 403, insufficient_scope, FORBIDDEN', async () => {
    const { status, headers, body } = await post('mutation { curate }', keys.READER);
    expect(status).toBe(403);
    expect(headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
    expect(headers.get('cache-control')).toBe('private, no-store');
    expect(body.errors).toEqual([
      {
        message: `This needs an API key of role CURATOR or higher; the key sent (${keys.READER.key.slice(0, 12)}) has role READER. Ask an administrator for a key with that role.`,
        locations: [{ line: 1, column: 12 }],
        path: ['curate'],
        extensions: { code: 'FORBIDDEN', requestId: expect.any(String) },
      },
    ]);
  });

  it('refuses a guarded field inside an answer, and still answers the rest', async () => {
    const { status, body } = await post('{ thing { open curatorsOnly } }', keys.READER);
    expect(status).toBe(403);
    expect(body.data).toEqual({ thing: { open: 'open', curatorsOnly: null } });
    expect(body.errors.map((e: AnyRecord) => [e.path, e.extensions.code])).toEqual([
      [['thing', 'curatorsOnly'], 'FORBIDDEN'],
    ]);
    expect((await post('{ thing { open curatorsOnly } }', keys.CURATOR)).body).toEqual({
      data: { thing: { open: 'open', curatorsOnly: 'secret' } },
      extensions: { cost: 3 },
    });
  });

  it("codes type-graphql's own refusals too, never as an internal error", () => {
    const format = createFormatError(true);
    // As graphql-js hands a resolver's error to Apollo: wrapped, with the path of the field.
    const asResolved = (error: GraphQLError) => new GraphQLError(error.message, { originalError: error, path: ['f'] });
    for (const [error, code] of [
      [new AuthenticationError(), 'UNAUTHENTICATED'],
      [new AuthorizationError(), 'FORBIDDEN'],
    ] as const) {
      const formatted = format({ message: error.message, extensions: { ...error.extensions } }, asResolved(error));
      expect(formatted).toEqual({ message: error.message, extensions: { code } });
    }
  });
});
