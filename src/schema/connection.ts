import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLError } from 'graphql';

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

/** One page of a list; `totalCount` is counted only when a client asks for it. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (node: T) => string;
  count: () => Promise<number>;
}

/**
 * Builds a Relay connection type (`XConnection` with `XEdge`) for a node type, as in type-graphql's generic-types
 * example. The resolvers return `toConnection(page)`.
 */
export function Connection<T extends object>(NodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => NodeType, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionType {
    /** Counts the matching items; called only when a client selects `totalCount`. */
    count: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    get totalCount(): Promise<number> {
      return this.count();
    }

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo: PageInfo;

    @Field(() => [Edge], { description: 'The items with their cursors.' })
    edges: Edge[];

    @Field(() => [NodeType], { description: 'The items (shortcut for `edges { node }`).' })
    nodes: T[];
  }
  return ConnectionType;
}

/** Turns a page into a connection object; the count query runs only if `totalCount` is selected. */
export function toConnection<T, C extends object>(ConnectionType: new () => C, page: Page<T>): C {
  const edges = page.nodes.map((node) => ({ cursor: page.cursorOf(node), node }));
  return Object.assign(new ConnectionType(), {
    count: page.count,
    edges,
    nodes: page.nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  });
}

const CURSOR_PREFIX = 'cursor:v1:';

/** Encodes a keyset cursor (the sort key of the last item seen). */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

/** Decodes a cursor from `after`; throws BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string): string {
  const decoded =
    cursor.length <= 300 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length) {
    throw new GraphQLError('`after` is not a cursor returned by this API; pass the `endCursor` of a previous page.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return decoded.slice(CURSOR_PREFIX.length);
}
