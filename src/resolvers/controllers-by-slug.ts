import { GraphQLError } from 'graphql';
import { Loaders } from '../dataloaders';
import { Controller } from '../entities';

/**
 * The controllers with these slugs, in the order given (one batched statement). Throws BAD_USER_INPUT naming every
 * unknown slug, so that a client learns all its mistakes at once.
 */
export async function controllersBySlug(
  loaders: Loaders,
  slugs: readonly string[],
  argumentName: string,
): Promise<Controller[]> {
  const found = await loaders.controllerBySlug.loadMany(slugs);
  const error = found.find((c): c is Error => c instanceof Error);
  if (error) throw error;
  const unknown = slugs.filter((_, i) => found[i] === null);
  if (unknown.length)
    throw new GraphQLError(
      `Unknown controller slug${unknown.length > 1 ? 's' : ''} in \`${argumentName}\`: ${unknown.map((s) => JSON.stringify(s)).join(', ')}. The \`controllers\` query lists the known ones.`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName, unknownSlugs: unknown } },
    );
  return found as Controller[];
}
