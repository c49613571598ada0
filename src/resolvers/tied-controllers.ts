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

/** The first `first` controllers tied to a parent, in slug order; `columns` as columnsOfField gives them. */
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
