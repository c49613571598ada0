import { ControllerPageArgs, TiedControllerLoaders } from '../dataloaders';
import { BoundedKey } from '../dataloaders/factories';
import { Controller } from '../entities';
import { decodeCursor, encodeCursor, toConnection } from '../schema/connection';
import { ControllerConnection } from './controller.resolver';
import { PageArgs } from './pagination.args';

/*
 * The two fields of the controllers tied to a term or vendor (`controllers` and `controllerConnection`), shared by the
 * resolvers of every type that has them. Both read a bounded page through the request's loaders, so that a vendor
 * engaged by thousands of controllers costs one statement and at most `first + 1` rows per parent, however many
 * parents the selection has. `key` turns the page asked for into the loader's key (the parent, and any scope).
 */

/** What the description of a bounded `controllers` list adds: that it is bounded, and where the rest is. */
export const BOUNDED_CONTROLLERS =
  'A bounded list: the first `first` of them in slug order; `controllerConnection` pages through all of them and counts them.';

/** The first `first` controllers tied to a parent, in slug order. */
export async function firstControllers<A extends ControllerPageArgs>(
  loaders: TiedControllerLoaders<A>,
  first: number,
  key: (page: ControllerPageArgs) => BoundedKey<A>,
): Promise<Controller[]> {
  return (await loaders.page.load(key({ first, after: null }))).nodes;
}

/** A page of the controllers tied to a parent, as a ControllerConnection. Throws BAD_USER_INPUT on a foreign cursor. */
export async function controllerConnection<A extends ControllerPageArgs>(
  loaders: TiedControllerLoaders<A>,
  { first, after }: PageArgs,
  key: (page: ControllerPageArgs) => BoundedKey<A>,
) {
  const afterSlug = after ? decodeCursor(after) : null;
  const pageKey = key({ first, after: afterSlug });
  const { nodes, hasNextPage } = await loaders.page.load(pageKey);
  return toConnection(ControllerConnection, {
    nodes,
    hasNextPage,
    hasPreviousPage: afterSlug !== null,
    cursorOf: (c) => encodeCursor(c.slug),
    count: () => loaders.count.load(pageKey.parent),
  });
}
