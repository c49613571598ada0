/** The reference vocabularies (seeds/vocabulary/*.yaml), as class-validator classes, and the set of them. */
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  ValidateNested,
} from 'class-validator';
import { LegalBasisCode, RightCode } from '../entities/enums';
import { AddressFacts, KEBAB, URL_OPTIONS } from './fact-file';

const E164 = /^\+[1-9]\d{6,14}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const e164 = { message: '$property must be a phone number in E.164 form, such as +3222744800' };
export class LegalBasisTerm {
  @IsEnum(LegalBasisCode) code: LegalBasisCode;
  @IsString() name: string;
  @IsString() nameNl: string;
  @Matches(/^6\(1\)\([a-f]\)$/) article: string;
  @IsUrl(URL_OPTIONS) dpv: string;
}

export class RightTerm {
  @IsEnum(RightCode) code: RightCode;
  @IsString() name: string;
  @IsString() nameNl: string;
  @Matches(/^\d+(\(\d+\))?$/) article: string;
  @IsUrl(URL_OPTIONS) dpv: string;
}

export class DataCategoryTerm {
  @Matches(KEBAB) code: string;
  @IsString() name: string;
  @IsString() nameNl: string;
  @IsBoolean() special: boolean;
  @IsUrl(URL_OPTIONS) dpv: string;
}

export class PurposeCategoryTerm {
  @Matches(/^[A-Z][A-Za-z]+$/) code: string;
  @IsString() name: string;
  @IsUrl(URL_OPTIONS) dpv: string;
}

export class RecipientCategoryTerm {
  @Matches(KEBAB) code: string;
  @IsString() name: string;
  @IsString() nameNl: string;
}

export class ProcessorTerm {
  @Matches(KEBAB) slug: string;
  @IsString() name: string;
  @IsOptional() @IsString() legalName?: string | null;
  @IsOptional() @IsUrl(URL_OPTIONS) website?: string | null;
  @IsOptional() @IsISO31661Alpha2() country?: string | null;
  @IsOptional() @IsISO31661Alpha2() parentCountry?: string | null;
}

export class PredecessorTerm {
  @IsString() name: string;
  @IsIn(['nl', 'en', 'fr', 'de']) language: string;
  @Matches(ISO_DATE) replacedOn: string;
}

export class PredecessorContacts {
  @IsEmail({}, { each: true }) emails: string[];
  @IsUrl(URL_OPTIONS, { each: true }) websites: string[];
}

export class SupervisoryAuthorityTerm {
  @Matches(KEBAB) slug: string;
  @IsString() name: string;
  @IsString() acronym: string;
  @IsISO31661Alpha2() country: string;
  @IsOptional() names: Record<string, string>;
  @IsArray() @IsString({ each: true }) acronyms: string[];
  @ValidateNested() @Type(() => AddressFacts) address: AddressFacts;
  @Matches(E164, e164) phone: string;
  @IsEmail() email: string;
  @IsUrl(URL_OPTIONS) website: string;
  @IsUrl(URL_OPTIONS, { each: true }) websites: string[];
  @IsUrl(URL_OPTIONS) dpv: string;
  @Matches(ISO_DATE) established: string;
  @ValidateNested({ each: true }) @Type(() => PredecessorTerm) predecessors: PredecessorTerm[];
  @ValidateNested() @Type(() => PredecessorContacts) predecessorContacts: PredecessorContacts;
}

/** Every vocabulary: what facts may refer to. */
export interface Vocabulary {
  legalBases: LegalBasisTerm[];
  rights: RightTerm[];
  dataCategories: DataCategoryTerm[];
  purposeCategories: PurposeCategoryTerm[];
  recipientCategories: RecipientCategoryTerm[];
  processors: ProcessorTerm[];
  supervisoryAuthorities: SupervisoryAuthorityTerm[];
}
