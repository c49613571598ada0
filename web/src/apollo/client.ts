import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { createPolicyGraphCache } from '../../../examples/apollo-client/cache';
import { currentCuratorKey } from '../session/curator-key';

/**
 * The app's one client: the API on the same origin (`/graphql`), the normalized cache the README documents for every
 * client (examples/apollo-client/cache.ts). A curator key, once there is one, goes in the `authorization` header.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const key = currentCuratorKey();
    return key ? { headers: { ...previous.headers, authorization: `Bearer ${key}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: createPolicyGraphCache(),
  });
}
