import { InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference, StoreObject, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The Apollo Client cache configuration for Policy Graph (README, "Using the API from Apollo Client"); the web explorer
 * uses it as it is. Objects with an `id` (every type that implements `Node`) are normalized by it; value types without
 * one are kept in their parent and merged into it; lists of them in a fixed order are merged item by item; connections
 * are merged page by page whether a query selects `edges` or `nodes`.
 */

/** The types that implement `Node` (a test checks this list against schema.graphql). */
export const possibleTypes = {
  Node: [
    'AuthorityReference',
    'Controller',
    'DataCategory',
    'DataCategoryDisclosure',
    'Dpo',
    'Evidence',
    'Ingestion',
    'LegalBasis',
    'LegalBasisClaim',
    'PolicyDocument',
    'PolicyStatement',
    'Processor',
    'ProcessorEngagement',
    'Purpose',
    'PurposeCategory',
    'RecipientCategory',
    'RecipientDisclosure',
    'Right',
    'RightStatement',
    'RightsRequest',
    'SupervisoryAuthority',
  ],
};

/** Value types: no identity of their own, part of the object that holds them; a new answer merges into the old. */
const VALUE_TYPES = [
  'Address',
  'Retention',
  'TransparencyReport',
  'Comparison',
  'ComparisonMatrix',
  'PageInfo',
  'FactReview',
];

/** Types without an identity that only occur in lists (merged by position where the order is fixed, see LISTS). */
const LIST_ITEM_TYPES = [
  'TransparencyItem',
  'Finding',
  'PredecessorName',
  'ComparisonRow',
  'ComparisonCell',
  'ProcessorOverlap',
  'SearchHit',
  'Span',
];

/**
 * Lists of objects without an id, in a fixed order for one parent (findings, transparency items, matrix rows and
 * cells): two selections of the same list merge item by item instead of one replacing the other.
 */
const LISTS: Record<string, string[]> = {
  Controller: ['findings'],
  TransparencyReport: ['items'],
  ComparisonMatrix: ['rows'],
  ComparisonRow: ['cells'],
};

function mergeByIndex(): FieldPolicy<(StoreObject | Reference)[]> {
  return {
    merge(existing, incoming, { mergeObjects }) {
      if (!existing || existing.length !== incoming.length) return incoming;
      return incoming.map((item, index) => mergeObjects(existing[index], item));
    },
  };
}

interface PageInfo {
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

interface Connection {
  nodes?: Reference[];
  edges?: unknown[];
  pageInfo?: PageInfo;
  [field: string]: unknown;
}

/**
 * Merges a page selected as `nodes`: a page fetched `after` the end of the cached list is appended, one fetched
 * `before` its start is prepended (the far end of `pageInfo` kept), any other page replaces the list.
 */
function mergeNodes(existing: Connection | undefined, incoming: Connection, args: Record<string, unknown>): Connection {
  const cached = existing?.nodes ?? [];
  const before = existing?.pageInfo ?? {};
  const page = incoming.pageInfo ?? {};
  if (existing && args.after && args.after === before.endCursor) {
    const pageInfo = { ...page, hasPreviousPage: before.hasPreviousPage, startCursor: before.startCursor };
    return { ...existing, ...incoming, nodes: [...cached, ...(incoming.nodes ?? [])], pageInfo };
  }
  if (existing && args.before && args.before === before.startCursor) {
    const pageInfo = { ...page, hasNextPage: before.hasNextPage, endCursor: before.endCursor };
    return { ...existing, ...incoming, nodes: [...(incoming.nodes ?? []), ...cached], pageInfo };
  }
  return incoming;
}

/**
 * Pagination of a connection whether a query selects `edges` (merged by Apollo's relayStylePagination) or only
 * `nodes` (merged by mergeNodes). `keyArgs` are the arguments that make another list (the filter), as for
 * relayStylePagination.
 */
export function connectionPagination(keyArgs: string[] | false = false): FieldPolicy<Connection> {
  const relay = relayStylePagination(keyArgs) as unknown as FieldPolicy<Connection>;
  const mergeEdges = relay.merge as (
    existing: Connection | undefined,
    incoming: Connection,
    options: unknown,
  ) => Connection;
  const readEdges = relay.read as (existing: Connection | undefined, options: unknown) => Connection | undefined;
  return {
    keyArgs,
    read(existing, options) {
      return existing?.edges ? readEdges(existing, options) : existing;
    },
    merge(existing, incoming, options) {
      if (incoming.edges) return mergeEdges(existing?.edges ? existing : undefined, incoming, options);
      return mergeNodes(existing, incoming, options.args ?? {});
    },
  };
}

/** The connections of the API, by parent type and field, with the arguments that make another list. */
const CONNECTIONS: Record<string, Record<string, string[] | false>> = {
  Query: { controllers: ['filter'], processors: ['filter'] },
  Processor: { controllerConnection: false },
  DataCategory: { controllerConnection: false },
  LegalBasis: { controllerConnection: false },
  Right: { controllerConnection: false },
  PurposeCategory: { controllerConnection: false },
  RecipientCategory: { controllerConnection: false },
  SupervisoryAuthority: { controllerConnection: false },
};

/** The type policies of the cache: value types merged, lists of them merged by position, connections paginated. */
export const typePolicies: TypePolicies = {};
for (const type of [...VALUE_TYPES, ...LIST_ITEM_TYPES])
  typePolicies[type] = { keyFields: false, ...(VALUE_TYPES.includes(type) ? { merge: true } : {}) };
const fieldsOf = (type: string) => ((typePolicies[type] ??= {}).fields ??= {});
for (const [type, fields] of Object.entries(LISTS)) for (const field of fields) fieldsOf(type)[field] = mergeByIndex();
for (const [type, fields] of Object.entries(CONNECTIONS))
  for (const [field, keyArgs] of Object.entries(fields)) fieldsOf(type)[field] = connectionPagination(keyArgs);

/** A new cache for one Apollo Client. */
export function createPolicyGraphCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}
