import { createHash } from 'node:crypto';
import { RunningServer } from '../../src/server/start-server';
import { startTestServer } from '../support/test-server';

/**
 * A client's mistake in its variables or operation is a coded 4xx with graphql-js's own message (200 for a client that
 * accepts only `application/json`, as the GraphQL-over-HTTP spec asks), never a masked 500. Run in production mode:
 * an internal error would be masked there.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server.close());

const MODERN = 'application/graphql-response+json';

async function post(body: unknown, accept: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    errors: json.errors?.map((e) => ({ code: e.extensions.code, message: e.message })),
  };
}

const SLUG = 'query($s: String!) { controller(slug: $s) { slug } }';
const FILTER = 'query($f: ControllerFilter) { controllers(filter: $f) { totalCount } }';

const mistakes: [string, unknown, string][] = [
  ['a number for a string', { query: SLUG, variables: { s: 5 } }, 'String cannot represent a non string value: 5'],
  [
    'a missing required variable',
    { query: SLUG, variables: {} },
    'Variable "$s" of required type "String!" was not provided.',
  ],
  [
    'null for a required variable',
    { query: SLUG, variables: { s: null } },
    'Variable "$s" of non-null type "String!" must not be null.',
  ],
  [
    'an object for a string',
    { query: SLUG, variables: { s: { a: 1 } } },
    'String cannot represent a non string value: { a: 1 }',
  ],
  [
    'a bad enum value',
    { query: FILTER, variables: { f: { right: 'NOPE' } } },
    'Value "NOPE" does not exist in "RightCode" enum.',
  ],
  [
    'an unknown input field',
    { query: FILTER, variables: { f: { colour: 'red' } } },
    'Field "colour" is not defined by type "ControllerFilter".',
  ],
  [
    'null through a nullable variable with a default into a non-null argument',
    { query: 'query($first: Int = 50) { policyDocuments(first: $first) { slug } }', variables: { first: null } },
    'Argument "first" of non-null type "Int!" must not be null.',
  ],
];

describe.each([
  [MODERN, 400],
  ['application/json', 200],
])('variable mistakes, accepting %s: status %d, BAD_USER_INPUT, graphql-js message', (accept, status) => {
  it.each(mistakes)('%s', async (_name, body, message) => {
    const reply = await post(body, accept);
    expect(reply.status).toBe(status);
    expect(reply.type).toContain(accept);
    expect(reply.errors).toHaveLength(1);
    expect(reply.errors![0].code).toBe('BAD_USER_INPUT');
    expect(reply.errors![0].message).toContain(message);
  });

  it('a dry run with a mistake in its variables reports the mistake', async () => {
    const reply = await post({ ...(mistakes[0][1] as object), extensions: { dryRun: true } }, accept);
    expect({ status: reply.status, code: reply.errors?.[0].code }).toEqual({ status, code: 'BAD_USER_INPUT' });
  });
});

describe('operations the API does not offer, and persisted-query mistakes', () => {
  it('a subscription is OPERATION_NOT_SUPPORTED, 400, with a message that says what to send', async () => {
    const reply = await post({ query: 'subscription { controller(slug: "cluma") { slug } }' }, MODERN);
    expect(reply.status).toBe(400);
    expect(reply.errors).toEqual([
      { code: 'OPERATION_NOT_SUPPORTED', message: expect.stringMatching(/no subscription operations; send a query/) },
    ]);
  });

  it('an APQ hash that does not match its query is BAD_REQUEST with Apollo’s message, unmasked', async () => {
    const wrong = createHash('sha256').update('{ other }').digest('hex');
    const reply = await post(
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } },
      MODERN,
    );
    expect(reply.status).toBe(400);
    expect(reply.errors).toEqual([{ code: 'BAD_REQUEST', message: 'provided sha does not match query' }]);
  });

  it('a malformed request (no query) stays 400 even for application/json clients', async () => {
    const reply = await post({ qeury: '{ __typename }' }, 'application/json');
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0].code).toBe('BAD_REQUEST');
  });
});
