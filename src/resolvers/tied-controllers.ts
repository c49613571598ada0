import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ControllerPageArgs, TiedControllerLoaders } from '../dataloaders';
import { BoundedKey } from '../dataloaders/factories';
import { Controller } from '../entities';
import { encodeCursor, orientPage, pageWindow, toConnection } from '../schema/connection';
import { ControllerConnection } from './controller.resolver';
import { DEFAULT_PAGE_SIZE, PageArgs } from './pagination.args';

/*
 * The two fields of the controllers tied to a term or vendor (`controllers` and `controllerConnection`), shared by the
 * resolvers of every type that has them. Both read a bounded page through the request's loaders, so that a vendor
 * engaged by thousands of controllers costs one statement and at most `first + 1` rows per parent, however many
 * parents the selection has. `key` turns the page asked for into the loader's key (the parent, and any scope).
 */

/** What the description of a bounded `controllers` list adds: that it is bounded, and where the rest is. */
export const BOUNDED_CONTROLLERS =
  'A bounded list: the first `first` of them in slug order; `controllerConnection` pages through all of them and counts them.';

/**
 * The fields of a Controller that only name it, each with the properties it reads (`id` is the global id: the slug,
 * and the version unless it is the published one). A list of controllers asked for with these fields only reads
 * their columns.
 */
const REFERENCE_FIELDS: Record<string, (keyof Controller & string)[]> = {
  __typename: [],
  id: ['slug', 'version', 'status'],
  slug: ['slug'],
  version: ['version'],
  status: ['status'],
  name: ['name'],
  legalName: ['legalName'],
  website: ['website'],
};

/** The names of the fields a selection set asks for, through its fragments. */
function selectedFields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') names.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') selectedFields(selection.selectionSet, info, names);
    else selectedFields(info.fragments[selection.name.value]?.selectionSet, info, names);
  }
}

/**
 * The properties of the controllers a field's selection reads when it asks only for fields of REFERENCE_FIELDS (and
 * the id of the row), or null (every column) when it asks for any other. A vendor's 100 controllers asked for by slug
 * and name then read 4 of the controller's 35 columns: on SQLite the row values are most of the read's CPU.
 */
export function referenceColumns(info: GraphQLResolveInfo): string[] | null {
  const names = new Set<string>();
  for (const node of info.fieldNodes) selectedFields(node.selectionSet, info, names);
  const columns = new Set<string>(['id']);
  for (const name of names) {
    const read = REFERENCE_FIELDS[name];
    if (!read) return null;
    for (const property of read) columns.add(property);
  }
  return [...columns].sort();
}

/** The first `first` controllers tied to a parent, in slug order; `columns` as referenceColumns gives them. */
export async function firstControllers<A extends ControllerPageArgs>(
  loaders: TiedControllerLoaders<A>,
  first: number,
  key: (page: ControllerPageArgs) => BoundedKey<A>,
  columns: string[] | null = null,
): Promise<Controller[]> {
  return (await loaders.page.load(key({ first, after: null, before: null, backward: false, columns }))).nodes;
}

/**
 * A page of the controllers tied to a parent, as a ControllerConnection, forward or backward (see PageArgs). Throws
 * BAD_USER_INPUT on a cursor of another list or on both `first` and `last`.
 */
export async function controllerConnection<A extends ControllerPageArgs>(
  loaders: TiedControllerLoaders<A>,
  args: PageArgs,
  key: (page: ControllerPageArgs) => BoundedKey<A>,
) {
  const window = pageWindow(args, 'Controller', DEFAULT_PAGE_SIZE);
  const pageKey = key({
    first: window.size,
    after: window.after,
    before: window.before,
    backward: window.backward,
    columns: null,
  });
  // The loader reads in the window's direction: `hasNextPage` there means more rows that way.
  const { nodes, hasNextPage: more } = await loaders.page.load(pageKey);
  return toConnection(ControllerConnection, {
    ...orientPage(nodes, more, window),
    cursorOf: (c) => encodeCursor('Controller', c.slug),
    count: () => loaders.count.load(pageKey.parent),
  });
}
