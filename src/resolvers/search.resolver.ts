import { IsInt, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Controller, PolicyDocument } from '../entities';
import { searchPassages } from '../queries/search';
import { Context } from '../schema/context';
import { SearchHit } from '../schema/search-hit';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: 'Words to find (all must occur; the last may be a prefix). Diacritics are ignored.',
  })
  @MinLength(1)
  @MaxLength(200)
  query: string;

  @Field(() => Int, { defaultValue: 10, description: 'Number of passages to return, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over every policy: matching passages, best first.' })
  search(
    @Args(() => SearchArgs) { query, first }: SearchArgs,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<SearchHit[]> {
    return loaders.statement(() => searchPassages(dataSource, query, first));
  }

  @FieldResolver(() => PolicyDocument)
  async document(@Root() hit: SearchHit, @Ctx() { loaders }: Context): Promise<PolicyDocument | null> {
    return loaders.document.load(hit.documentId);
  }

  @FieldResolver(() => Controller, { nullable: true })
  async controller(@Root() hit: SearchHit, @Ctx() { loaders }: Context): Promise<Controller | null> {
    const document = await loaders.document.load(hit.documentId);
    return document?.controllerId ? loaders.controller.load(document.controllerId) : null;
  }
}
