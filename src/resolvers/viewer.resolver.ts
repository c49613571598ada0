import { Ctx, Query, Resolver } from 'type-graphql';
import { Viewer } from '../auth/viewer';
import { Context } from '../schema/context';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'Who is calling: the holder and role of the API key sent as `Authorization: Bearer <key>`; null without one. ' +
      'A request with a malformed, unknown or revoked key is refused (UNAUTHENTICATED), never answered anonymously.',
  })
  viewer(@Ctx() { viewer }: Context): Viewer | null {
    return viewer;
  }
}
