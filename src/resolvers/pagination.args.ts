import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;
/** The page size of a connection asked for with neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The pagination arguments of every connection (Relay cursor connections): `first` (after `after`) pages forward,
 * `last` (before `before`) pages backward; `after` and `before` may be combined to read a window between two cursors.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first items (after \`after\`), 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given. Not together with \`last\`.`,
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (a previous page’s `endCursor`).',
  })
  @IsOptional()
  @MaxLength(300)
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last items (before \`before\`), 0 to ${MAX_PAGE_SIZE}: pages backward. Not together with \`first\`.`,
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (a later page’s `startCursor`).',
  })
  @IsOptional()
  @MaxLength(300)
  before?: string | null;
}

/**
 * The argument of a bounded list (a plain list whose length would otherwise grow with the corpus, e.g. the controllers
 * of a vendor): it returns the first `first` items; the matching connection pages through the rest.
 */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `Number of items to return, 0 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number;
}
