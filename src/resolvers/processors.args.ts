import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ProcessorRole } from '../entities';
import { PageArgs } from './pagination.args';

/** Filters on the vendors list; every filter given must hold. */
@InputType({ description: 'Filters on vendors; every filter given must hold.' })
export class ProcessorFilter {
  @Field(() => String, { nullable: true, description: 'Engaged by this controller (slug).' })
  @IsOptional()
  @MaxLength(100)
  controller?: string | null;

  @Field(() => String, { nullable: true, description: 'Receives this data category (code) from some controller.' })
  @IsOptional()
  @MaxLength(100)
  dataCategory?: string | null;

  @Field(() => ProcessorRole, { nullable: true, description: 'Engaged in this role by some controller.' })
  @IsOptional()
  role?: ProcessorRole | null;
}

@ArgsType()
export class ProcessorsArgs extends PageArgs {
  @Field(() => ProcessorFilter, { nullable: true, description: 'Filters; every filter given must hold.' })
  @IsOptional()
  @ValidateNested()
  filter?: ProcessorFilter | null;
}
