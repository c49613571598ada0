import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

/** Forward pagination arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Number of items to return, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (a previous page’s `endCursor`).',
  })
  @IsOptional()
  @MaxLength(300)
  after?: string | null;
}

/**
 * The argument of a bounded list (a plain list whose length would otherwise grow with the corpus, e.g. the controllers
 * of a vendor): it returns the first `first` items; the matching connection pages through the rest.
 */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `Number of items to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;
}
