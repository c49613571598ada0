import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ProcessorRole } from '../entities';

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
}
