import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { readCuratorKey } from '../session/curator-key';
import { typePolicies } from './type-policies';

/**
 * The app's one client: the API on the same origin (`/graphql`), a normalized cache with the type policies of
 * type-policies.ts. A curator key, once there is one, goes in the `authorization` header.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const key = readCuratorKey();
    return key ? { headers: { ...previous.headers, authorization: `Bearer ${key}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
