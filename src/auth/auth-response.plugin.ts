import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../schema/context';

/**
 * Apollo plugin, after the cache-control plugin: an answer with an UNAUTHENTICATED error (a guarded field asked for
 * without a key) gets HTTP 401 and `WWW-Authenticate: Bearer`, one with a FORBIDDEN error (the key's role is too low)
 * 403 and `WWW-Authenticate: Bearer error="insufficient_scope"` (RFC 6750, 3.1), also when other fields were
 * answered (as graphql-yoga does for an error that carries a status); any other status already set (400, 429) stays. Answers to a request with a key are
 * `Cache-Control: private, no-store`: they may depend on who asked, so no shared cache (nor the browser's) keeps them.
 */
export function authResponsePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.viewer) response.http.headers.set('cache-control', 'private, no-store');
          if (response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return;
          const codes = new Set((response.body.singleResult.errors ?? []).map((error) => error.extensions?.code));
          if (codes.has('UNAUTHENTICATED')) {
            response.http.status = 401;
            response.http.headers.set('www-authenticate', 'Bearer');
          } else if (codes.has('FORBIDDEN')) {
            response.http.status = 403;
            response.http.headers.set('www-authenticate', 'Bearer error="insufficient_scope"');
          }
        },
      };
    },
  };
}
