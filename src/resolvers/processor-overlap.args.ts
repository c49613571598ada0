import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ProcessorRole } from '../entities';
import { MAX_PAGE_SIZE } from './pagination.args';

@ArgsType()
export class ProcessorOverlapArgs {
  @Field(() => Int, {
    defaultValue: 2,
    description: 'Only vendors engaged by at least this many controllers, 1 to 1000 (1 lists every vendor).',
  })
  @IsInt()
  @Min(1)
  @Max(1000)
  minControllers: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Only among these controllers (slugs, 1 to 20); all controllers when absent.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @MaxLength(100, { each: true })
  controllers?: string[] | null;

  @Field(() => ProcessorRole, { nullable: true, description: 'Only engagements in this role.' })
  @IsOptional()
  role?: ProcessorRole | null;

  // The vendors named grow with the corpus: the list is bounded like every list that does.
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `Number of vendors to return (the most shared), 1 to ${MAX_PAGE_SIZE}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;
}
