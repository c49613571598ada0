import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { Context } from './context';

/** The roles of API keys, each with the rights of those before it. */
const RANK: Record<string, number> = { reader: 1, curator: 2, admin: 3 };

/**
 * type-graphql's authChecker, the one place authorization is decided: a field marked `@Authorized('CURATOR')` needs a
 * key of at least that role. No key is UNAUTHENTICATED (401); a key of a lower role is FORBIDDEN (403).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer)
    throw new GraphQLError('This needs an API key: send it as `Authorization: Bearer <key>`.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  const needed = Math.max(...roles.map((r) => RANK[r.toLowerCase()] ?? Infinity));
  if ((RANK[viewer.role] ?? 0) >= needed) return true;
  throw new GraphQLError(
    `This needs a key with the role ${roles.join(' or ').toLowerCase()}; yours is ${viewer.role}.`,
    {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    },
  );
};
