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

const CURSOR_VERSION = 'cursor:v2';

/**
 * Encodes a keyset cursor: the type of the items it points into and the sort key of the item. A cursor of one type is
 * refused by the connections of another.
 */
export function encodeCursor(type: string, key: string): string {
  return Buffer.from(`${CURSOR_VERSION}:${type}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a cursor of items of `type` given as `argumentName`; throws BAD_USER_INPUT for anything else. */
export function decodeCursor(type: string, cursor: string, argumentName = 'after'): string {
  const prefix = `${CURSOR_VERSION}:${type}:`;
  const decoded =
    cursor.length <= 300 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(prefix) || decoded.length === prefix.length) {
    const which = argumentName === 'before' ? '`startCursor`' : '`endCursor`';
    throw new GraphQLError(
      `\`${argumentName}\` is not a cursor of this list (${type} items); pass the ${which} of one of its pages.`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName } },
    );
  }
  return decoded.slice(prefix.length);
}

/**
 * Which part of a list a client asked for: `size` items after `after` (forward) or before `before` (backward), both
 * bounds being decoded sort keys. One shape for every connection, whatever reads it.
 */
export interface PageWindow {
  size: number;
  after: string | null;
  before: string | null;
  backward: boolean;
}

/**
 * The window of a connection's arguments (see PageArgs), cursors decoded as `type` items. Throws BAD_USER_INPUT when
 * both `first` and `last` are given, or for a cursor of another list.
 */
export function pageWindow(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  type: string,
  defaultSize: number,
): PageWindow {
  const hasFirst = args.first !== undefined && args.first !== null;
  const hasLast = args.last !== undefined && args.last !== null;
  if (hasFirst && hasLast) {
    throw new GraphQLError('Pass `first` (to page forward) or `last` (to page backward), not both.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'last' },
    });
  }
  return {
    size: hasLast ? args.last! : hasFirst ? args.first! : defaultSize,
    after: args.after ? decodeCursor(type, args.after, 'after') : null,
    before: args.before ? decodeCursor(type, args.before, 'before') : null,
    backward: hasLast,
  };
}

/**
 * Turns the rows read for a window (at most `size + 1`, in the direction of reading: descending for a backward window)
 * into the page's nodes in list order and its `hasNextPage` / `hasPreviousPage`.
 */
export function pageOf<T>(
  rows: T[],
  window: PageWindow,
): { nodes: T[]; hasNextPage: boolean; hasPreviousPage: boolean } {
  return orientPage(rows.slice(0, window.size), rows.length > window.size, window);
}

/**
 * The page of `kept` items read in the window's direction, `more` saying whether others follow in that direction: the
 * nodes in list order, and whether items follow and precede them (the side not read is known only from the cursor,
 * as the Relay spec allows).
 */
export function orientPage<T>(
  kept: T[],
  more: boolean,
  window: PageWindow,
): { nodes: T[]; hasNextPage: boolean; hasPreviousPage: boolean } {
  return window.backward
    ? { nodes: [...kept].reverse(), hasNextPage: window.before !== null, hasPreviousPage: more }
    : { nodes: kept, hasNextPage: more, hasPreviousPage: window.after !== null };
}
