import { registerEnumType } from 'type-graphql';

/**
 * What an API key may do. Roles are ordered: an admin may do everything a curator may, a curator everything a reader
 * may. `@Authorized(Role.CURATOR)` (or `@Authorized('CURATOR')`) admits curators and admins.
 */
export enum Role {
  READER = 'READER',
  CURATOR = 'CURATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role may do everything the roles before it may.',
  valuesConfig: {
    READER: { description: 'Reads what anonymous clients read, with a rate-limit budget of its own.' },
    CURATOR: { description: 'Also curates: the operations that change facts.' },
    ADMIN: { description: 'Also the operations reserved for administrators.' },
  },
});

/** The roles from the lowest to the highest. */
export const ROLES: readonly Role[] = [Role.READER, Role.CURATOR, Role.ADMIN];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** Whether a key of role `held` may do what `needed` may (admin ⊇ curator ⊇ reader). */
export const roleIncludes = (held: Role, needed: Role): boolean => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** A role as the command line spells it (`reader`, `curator`, `admin`, any case); null for anything else. */
export function parseRole(name: string): Role | null {
  const role = name.toUpperCase();
  return isRole(role) ? role : null;
}
