import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ViewerDocument, type ViewerQuery } from '../generated/graphql';
import { useCuratorKey, writeCuratorKey } from './curator-key';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface Session {
  /** Whether a key is kept for this tab. */
  signedIn: boolean;
  /** Who the key belongs to; null while it is being checked, or without a key. */
  viewer: Viewer | null;
  /** Whether the key may curate (curator or admin). */
  canCurate: boolean;
  loading: boolean;
  /** Why the kept key does not work (revoked, say): the server's message. */
  error: string | null;
  signOut(): Promise<void>;
}

/** The curator session of this tab: the key kept, who it is (Query.viewer), and signing out. */
export function useSession(): Session {
  const key = useCuratorKey();
  const client = useApolloClient();
  // The key is part of the variables' identity only through the cache, which sign-in and sign-out clear.
  const { data, loading, error } = useQuery(ViewerDocument, { skip: !key, fetchPolicy: 'cache-first' });
  const signOut = useCallback(async () => {
    writeCuratorKey(null);
    // Drafts and other curator-only answers must not outlive the key.
    await client.clearStore();
  }, [client]);
  const viewer = key ? (data?.viewer ?? null) : null;
  return {
    signedIn: !!key,
    viewer,
    canCurate: viewer?.role === 'CURATOR' || viewer?.role === 'ADMIN',
    loading: !!key && loading,
    error: key && error ? error.message : null,
    signOut,
  };
}
