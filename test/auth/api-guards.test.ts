import { getMetadataStorage } from 'type-graphql';
import { Role, ROLES } from '../../src/auth';
import { resolvers } from '../../src/resolvers';
import { readDataVersion } from '../../src/store/transaction';
import { expectedOutcomes, guardOutcomes } from '../support/guards';
import { createTestKey, createTestKeys } from '../support/keys';
import { createTestApi } from '../support/test-api';
import { TEST_ENGINE } from '../support/test-database';
import { startTestServer } from '../support/test-server';

/**
 * Every `@Authorized` guard of the API, as `Class.field` (`Class.*` for a guard on a whole resolver class), with the
 * lowest role it admits and an operation that reaches it. Adding a guard means adding its case here: the test below
 * walks each with every caller. (The write API brings the first ones.)
 */
const NOWHERE = Buffer.from('Controller:nope@9').toString('base64url');
const mutation = (field: string, input: string) => `mutation { ${field}(input: ${input}) { userErrors { code } } }`;
const GUARDS: Record<string, { minimum: Role; query: string; variables?: Record<string, unknown> }> = {
  // Each curation mutation, with an input that points at nothing: an admitted caller gets NOT_FOUND as a user error
  // (200, nothing changed); the others are refused before the mutation runs.
  'CurationResolver.factCreate': {
    minimum: Role.CURATOR,
    query: mutation('factCreate', `{ controller: "${NOWHERE}", fact: {} }`),
  },
  'CurationResolver.factUpdate': {
    minimum: Role.CURATOR,
    query: mutation('factUpdate', `{ id: "${NOWHERE}", expectedRevision: 1, fact: {} }`),
  },
  'CurationResolver.factDelete': {
    minimum: Role.CURATOR,
    query: mutation('factDelete', `{ id: "${NOWHERE}", expectedRevision: 1 }`),
  },
  'CurationResolver.factReview': {
    minimum: Role.CURATOR,
    query: mutation('factReview', `{ id: "${NOWHERE}", expectedRevision: 1, decision: ACCEPT }`),
  },
  'CurationResolver.controllerUpdate': {
    minimum: Role.CURATOR,
    query: mutation(
      'controllerUpdate',
      `{ id: "${NOWHERE}", expectedRevision: 1, identity: { name: "X", evidence: [] } }`,
    ),
  },
  'CurationResolver.policyVersionCreate': {
    minimum: Role.CURATOR,
    query: mutation('policyVersionCreate', `{ controller: "nope", text: "A policy." }`),
  },
  'CurationResolver.policyVersionPublish': {
    minimum: Role.CURATOR,
    query: mutation('policyVersionPublish', `{ id: "${NOWHERE}", expectedRevision: 1 }`),
  },
  'CurationResolver.policyVersionDiscard': {
    minimum: Role.CURATOR,
    query: mutation('policyVersionDiscard', `{ id: "${NOWHERE}", expectedRevision: 1 }`),
  },
  'AuditResolver.auditLog': { minimum: Role.ADMIN, query: '{ auditLog(first: 1) { totalCount } }' },
  // A curator's submission of an unsupported type is refused with a user error: nothing is stored.
  'IngestionResolver.submitPolicy': {
    minimum: Role.CURATOR,
    query: mutation('submitPolicy', `{ content: "x", mediaType: "application/msword" }`),
  },
  'IngestionResolver.ingestion': {
    minimum: Role.CURATOR,
    query: `{ ingestion(id: "${Buffer.from('Ingestion:nope').toString('base64url')}") { status } }`,
  },
  'IngestionResolver.ingestions': { minimum: Role.CURATOR, query: '{ ingestions(first: 1) { totalCount } }' },
};

/** The guards type-graphql registered for the API's classes, with the lowest role each admits. */
function registeredGuards(): Record<string, Role> {
  expect(resolvers.length).toBeGreaterThan(0); // loads every resolver, entity and type of the API
  const storage = getMetadataStorage();
  const lowest = (roles: Role[]) => (roles.length ? ROLES.find((role) => roles.includes(role))! : Role.READER);
  return Object.fromEntries([
    ...storage.authorizedFields.map((g) => [`${g.target.name}.${g.fieldName}`, lowest(g.roles)]),
    ...storage.authorizedResolver.map((g) => [`${g.target.name}.*`, lowest(g.roles)]),
  ]);
}

describe(`the API's guards (${TEST_ENGINE})`, () => {
  it('are all declared in GUARDS, and each refuses and admits every caller as declared', async () => {
    const declared = Object.fromEntries(Object.entries(GUARDS).map(([field, { minimum }]) => [field, minimum]));
    expect(registeredGuards()).toEqual(declared);
    const cases = Object.entries(GUARDS);
    if (!cases.length) return; // nothing guarded yet: the declaration above is the whole check
    const server = await startTestServer();
    try {
      const keys = await createTestKeys(server.dataSource);
      const version = await readDataVersion(server.dataSource);
      for (const [field, { minimum, query, variables }] of cases) {
        expect({ field, outcomes: await guardOutcomes(server.url, keys, query, variables) }).toEqual({
          field,
          outcomes: expectedOutcomes(minimum),
        });
      }
      // No caller changed anything: the refused ones were stopped, the admitted ones got user errors.
      expect(await readDataVersion(server.dataSource)).toBe(version);
    } finally {
      await server.close();
    }
  });

  it('runs operations as the viewer of a test key without HTTP (TestApi.run)', async () => {
    const api = await createTestApi();
    try {
      const key = await createTestKey(api.dataSource, Role.CURATOR, 'Jane');
      const query = '{ viewer { role name keyId keyPrefix } }';
      expect(await api.run(query, {}, { viewer: key.viewer })).toEqual({
        data: { viewer: { role: 'CURATOR', name: 'Jane', keyId: String(key.id), keyPrefix: key.key.slice(0, 12) } },
      });
      expect(await api.run(query)).toEqual({ data: { viewer: null } });
    } finally {
      await api.close();
    }
  });
});
