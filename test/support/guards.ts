import { Role, ROLES } from '../../src/auth';
import { TestKey } from './keys';

/** Who calls: no key, or a key of a role. */
export type Caller = 'ANONYMOUS' | Role;
export const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];

/** What a caller got: `200 OK`, or the HTTP status and the code of the first error (`403 FORBIDDEN`). */
export type Outcome = string;

/**
 * What each caller gets from an operation guarded with `@Authorized(minimum)`: anonymous callers 401 UNAUTHENTICATED,
 * keys below `minimum` 403 FORBIDDEN, the others 200 OK. Compare with guardOutcomes.
 */
export function expectedOutcomes(minimum: Role): Record<Caller, Outcome> {
  const outcomes = { ANONYMOUS: '401 UNAUTHENTICATED' } as Record<Caller, Outcome>;
  for (const role of ROLES) outcomes[role] = ROLES.indexOf(role) >= ROLES.indexOf(minimum) ? '200 OK' : '403 FORBIDDEN';
  return outcomes;
}

/**
 * Sends `query` (with `variables`) to the server at `url` once per caller (no key, then each key of `keys`, see
 * createTestKeys) and returns what each got. An answer with errors is reported by its first error's code, so that a
 * guard that lets a caller through to an error of another kind shows as that code.
 */
export async function guardOutcomes(
  url: string,
  keys: Record<Role, TestKey>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<Caller, Outcome>> {
  const outcomes = {} as Record<Caller, Outcome>;
  for (const caller of CALLERS) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller !== 'ANONYMOUS') headers.authorization = keys[caller].bearer;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    outcomes[caller] = `${response.status} ${body.errors?.length ? body.errors[0].extensions?.code : 'OK'}`;
  }
  return outcomes;
}
