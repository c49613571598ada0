import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../schema/context';
import { APPLICATION_JSON, responseMediaType } from './media-type';

/**
 * Codes of the errors of a GraphQL request that was well formed: its document does not parse or validate, its
 * variables do not coerce, or the operation is refused before it runs. A request that is not well formed (no query, a
 * query that is no string, variables that are no object) stays 400 with BAD_REQUEST.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'OPERATION_NOT_SUPPORTED',
]);

/**
 * Apollo plugin: answers a request error (the document does not parse or validate, the variables do not coerce, the
 * operation is refused before it runs) with status 200 instead of 400 when the answer is `application/json`, as the
 * GraphQL-over-HTTP spec asks for that legacy media type: old clients read the body of a 200 only. Clients that accept
 * `application/graphql-response+json` keep the 400. Other statuses (405, 413, 429, 503) mean what HTTP says and stay.
 */
export function legacyStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const legacy = responseMediaType(request.http?.headers.get('accept')) === APPLICATION_JSON;
      return {
        async willSendResponse({ response }) {
          if (!legacy || response.http.status !== 400 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length && errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code))))
            response.http.status = 200;
        },
      };
    },
  };
}
