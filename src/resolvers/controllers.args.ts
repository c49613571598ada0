import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { LegalBasisCode, RightCode, VersionStatus } from '../entities';
import { PageArgs } from './pagination.args';

/** Filters on the controllers list; every filter given must hold. */
@InputType({ description: 'Filters on controllers; every filter given must hold.' })
export class ControllerFilter {
  @Field(() => String, { nullable: true, description: 'Processes this data category (code, e.g. `ip-address`).' })
  @IsOptional()
  @MaxLength(100)
  dataCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Engages this vendor (processor slug, e.g. `combell`).' })
  @IsOptional()
  @MaxLength(100)
  processor?: string | null;

  @Field(() => LegalBasisCode, { nullable: true, description: 'Relies on this lawful basis.' })
  @IsOptional()
  legalBasis?: LegalBasisCode | null;

  @Field(() => RightCode, { nullable: true, description: 'Grants this data-subject right.' })
  @IsOptional()
  right?: RightCode | null;

  @Field(() => String, { nullable: true, description: 'Has a purpose of this category (DPV code, e.g. `Marketing`).' })
  @IsOptional()
  @MaxLength(100)
  purposeCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Policy written in this language (ISO 639-1, e.g. `nl`).' })
  @IsOptional()
  @Length(2, 2)
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as nl or en' })
  language?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Names a data protection officer (true) or not (false).' })
  @IsOptional()
  hasDpo?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name or legal name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => VersionStatus, {
    nullable: true,
    description:
      'Versions of this status: PUBLISHED when absent; SUPERSEDED ones are history; DRAFT ones are for curators.',
  })
  @IsOptional()
  status?: VersionStatus | null;
}

@ArgsType()
export class ControllersArgs extends PageArgs {
  @Field(() => ControllerFilter, { nullable: true, description: 'Filters; every filter given must hold.' })
  @IsOptional()
  @ValidateNested()
  filter?: ControllerFilter | null;
}
