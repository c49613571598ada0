import type { FieldPolicy, Reference, StoreObject, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Lists of objects without an id (findings, transparency items, matrix rows) replace each other by default, losing
 * fields one query asked for and another did not. These lists are in a fixed order for one parent, so merging them
 * element by element keeps both selections.
 */
function mergeByIndex(): FieldPolicy<(StoreObject | Reference)[]> {
  return {
    merge(existing, incoming, { mergeObjects }) {
      if (!existing || existing.length !== incoming.length) return incoming;
      return incoming.map((item, index) => mergeObjects(existing[index], item));
    },
  };
}

/**
 * How the normalized cache stores the API's types. Every type with an `id` is normalized by its global id (the
 * default). Types without one are values of their parent: `keyFields: false` says so, `merge: true` merges two
 * selections of the same value instead of replacing one by the other. Connections page relay-style, one list per
 * filter.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      controllers: relayStylePagination(['filter']),
      processors: relayStylePagination(['filter']),
    },
  },
  Controller: {
    fields: {
      findings: mergeByIndex(),
      controllerConnection: relayStylePagination(),
    },
  },
  Processor: { fields: { controllerConnection: relayStylePagination() } },
  DataCategory: { fields: { controllerConnection: relayStylePagination() } },
  LegalBasis: { fields: { controllerConnection: relayStylePagination() } },
  Right: { fields: { controllerConnection: relayStylePagination() } },
  PurposeCategory: { fields: { controllerConnection: relayStylePagination() } },
  RecipientCategory: { fields: { controllerConnection: relayStylePagination() } },
  SupervisoryAuthority: { fields: { controllerConnection: relayStylePagination() } },
  TransparencyReport: { keyFields: false, merge: true, fields: { items: mergeByIndex() } },
  TransparencyItem: { keyFields: false },
  Finding: { keyFields: false },
  Address: { keyFields: false, merge: true },
  Retention: { keyFields: false, merge: true },
  PredecessorName: { keyFields: false },
  Comparison: { keyFields: false, merge: true },
  ComparisonMatrix: { keyFields: false, merge: true, fields: { rows: mergeByIndex() } },
  ComparisonRow: { keyFields: false, fields: { cells: mergeByIndex() } },
  ComparisonCell: { keyFields: false },
  ProcessorOverlap: { keyFields: false },
  SearchHit: { keyFields: false },
  Span: { keyFields: false },
  PageInfo: { keyFields: false, merge: true },
};
