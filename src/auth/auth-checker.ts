import { AuthChecker, AuthenticationError, AuthorizationError, getMetadataStorage } from 'type-graphql';
import { Context } from '../schema/context';
import { isRole, Role, roleIncludes, ROLES } from './role';

/** How to get a key, for the message of a refusal. */
const HOW_TO_AUTHENTICATE =
  'send an API key as `Authorization: Bearer <key>` (an administrator creates one with `npm run keys -- create`)';

/** The lowest of the roles a guard names: roles are ordered, so a guard admits that role and every higher one. */
function lowestRole(roles: readonly string[]): Role {
  let lowest: Role | null = null;
  for (const role of roles) {
    if (!isRole(role)) throw new Error(`internal: @Authorized names the unknown role "${role}"`);
    if (lowest === null || roleIncludes(lowest, role)) lowest = role;
  }
  return lowest ?? Role.READER;
}

/**
 * type-graphql's authChecker, the one place where access is decided: a field guarded with `@Authorized()` admits any
 * valid key, `@Authorized('CURATOR')` (or `Role.CURATOR`) a key of that role or a higher one (admin ⊇ curator ⊇
 * reader); several roles admit the lowest of them and up. An anonymous request is refused with type-graphql's
 * AuthenticationError (UNAUTHENTICATED, HTTP 401), a key whose role is too low with its AuthorizationError (FORBIDDEN,
 * HTTP 403), each with a message that says what is needed. A request that sent a bad key never gets here (it is
 * refused before it runs, see authenticate). Never returns false.
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  const needed = lowestRole(roles);
  const { viewer } = context;
  if (!viewer)
    throw new AuthenticationError(`This needs an API key of role ${needed} or higher: ${HOW_TO_AUTHENTICATE}.`);
  if (roleIncludes(viewer.role, needed)) return true;
  throw new AuthorizationError(
    `This needs an API key of role ${needed} or higher; the key sent (${viewer.keyPrefix}) has role ${viewer.role}. ` +
      'Ask an administrator for a key with that role.',
  );
};

/**
 * Throws, naming the field, when an `@Authorized` guard names a role that does not exist (a typo would otherwise
 * refuse every request at run time). Called when the schema is built, so that such a schema never starts.
 */
export function assertKnownRoles(): void {
  const storage = getMetadataStorage();
  const guards = [
    ...storage.authorizedFields.map((g) => ({ where: `${g.target.name}.${g.fieldName}`, roles: g.roles })),
    ...storage.authorizedResolver.map((g) => ({ where: g.target.name, roles: g.roles })),
  ];
  for (const { where, roles } of guards) {
    const unknown = (roles as unknown[]).filter((role) => !isRole(role));
    if (unknown.length)
      throw new Error(
        `@Authorized on ${where} names unknown role(s) ${unknown.join(', ')}; expected ${ROLES.join(', ')}`,
      );
  }
}
