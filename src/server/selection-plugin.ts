import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { Context } from '../schema/context';
import { SelectedFields } from '../schema/selected-fields';
import { documentMemo } from './document-memo';

/**
 * Apollo plugin: tells the request's loaders what the operation selects (`context.operation.fields`, see
 * SelectedFields), once Apollo has parsed and validated it, so that lists read only the columns their fields need.
 * Computed once per parsed document.
 */
export function selectionPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const selectionOf = documentMemo((document) => new SelectedFields(schema, document));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          contextValue.operation.fields = selectionOf(document, '');
        },
      };
    },
  };
}
