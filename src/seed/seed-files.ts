/**
 * The shape of the seed files (seeds/facts/*.yaml and seeds/vocabulary/*.yaml), as class-validator classes.
 * `readSeeds` turns each file into these classes and reports every violation with the file and the entry.
 */
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { LegalBasisCode, ProcessorRole, RequestChannel, RightCode } from '../entities/enums';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO 8601 durations as policies use them: P10Y, P3Y, P30D, P1M, P2W, PT72H.
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

/** True when a Belgian enterprise number (KBO/BCE) passes its mod-97 check: 97 - (first 8 digits mod 97) = last 2. */
export function isValidEnterpriseNumber(value: string): boolean {
  if (!/^[01]\d{3}\.\d{3}\.\d{3}$/.test(value)) return false;
  const digits = value.replace(/\./g, '');
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

function IsEnterpriseNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isEnterpriseNumber',
      target: object.constructor,
      propertyName,
      options: {
        message: '$property must be a Belgian enterprise number 0xxx.xxx.xxx passing the KBO mod-97 check',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidEnterpriseNumber(value) },
    });
}

const isoDuration = { message: '$property must be an ISO 8601 duration such as P10Y or P30D' };
const e164 = { message: '$property must be a phone number in E.164 form, such as +3222744800' };

export class EvidenceRef {
  @IsString()
  @MinLength(3)
  quote: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  occurrence?: number;
}

abstract class Evidenced {
  @IsArray()
  @ArrayMinSize(1, { message: '$property must hold at least one quote: every fact carries its evidence' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceRef)
  evidence: EvidenceRef[];
}

export class AddressFacts {
  @IsOptional() @IsString() street?: string | null;
  @IsOptional() @IsString() postalCode?: string | null;
  @IsOptional() @IsString() city?: string | null;
  @IsOptional() @IsISO31661Alpha2() country?: string | null;
}

export class DocumentFacts {
  @Matches(KEBAB) slug: string;
  @Matches(/^[a-z0-9-]+\.txt$/) file: string;
  @IsString() sourceFile: string;
  @IsString() @MinLength(1) title: string;
  @IsIn(['nl', 'en', 'fr', 'de'], {
    message: '$property must be an ISO 639-1 code of a supported language (nl, en, fr, de)',
  })
  language: string;
  @IsOptional() @Matches(ISO_DATE, { message: '$property must be an ISO 8601 date (YYYY-MM-DD)' }) lastUpdated?:
    string | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => EvidenceRef) lastUpdatedEvidence?: EvidenceRef[];
}

export class ControllerFacts extends Evidenced {
  @Matches(KEBAB) slug: string;
  @IsString() @MinLength(1) name: string;
  @IsOptional() @IsString() legalName?: string | null;
  @IsOptional() @IsString() legalForm?: string | null;
  @IsOptional() @IsEnterpriseNumber() enterpriseNumber?: string | null;
  @IsOptional() @ValidateNested() @Type(() => AddressFacts) address?: AddressFacts | null;
  @IsOptional() @IsEmail() email?: string | null;
  @IsOptional() @Matches(E164, e164) phone?: string | null;
  @IsOptional() @IsUrl(URL_OPTIONS) website?: string | null;
  @IsOptional() @IsString() representative?: string | null;
}

export class DpoFacts extends Evidenced {
  @IsOptional() @IsString() name?: string | null;
  @IsOptional() @IsString() organization?: string | null;
  @IsOptional() @IsEmail() email?: string | null;
  @IsOptional() @Matches(E164, e164) phone?: string | null;
  @IsOptional() @ValidateNested() @Type(() => AddressFacts) address?: AddressFacts | null;
}

export class StatedContact {
  @IsOptional() @IsString() address?: string | null;
  @IsOptional() @Matches(E164, e164) phone?: string | null;
  @IsOptional() @Matches(E164, e164) fax?: string | null;
  @IsOptional() @IsEmail() email?: string | null;
  @IsOptional() @IsString() website?: string | null;
}

export class AuthorityReferenceFacts extends Evidenced {
  @Matches(KEBAB) authority: string;
  @IsString() @MinLength(1) namedAs: string;
  @IsOptional() @ValidateNested() @Type(() => StatedContact) statedContact?: StatedContact | null;
}

export class LegalBasisFacts extends Evidenced {
  @IsEnum(LegalBasisCode) code: LegalBasisCode;
}

export class DataCategoryFacts extends Evidenced {
  @Matches(KEBAB) category: string;
  @IsString() @MinLength(1) label: string;
  @IsOptional() @IsBoolean() sensitive?: boolean;
  @IsOptional() @IsString() context?: string | null;
}

export class RetentionFacts {
  @IsString() @MinLength(1) description: string;
  @IsOptional() @Matches(ISO_DURATION, isoDuration) duration?: string | null;
}

export class PurposeFacts extends Evidenced {
  @IsString() @MinLength(1) name: string;
  @IsString() @MinLength(1) label: string;
  @IsString() category: string;
  @IsOptional() @IsEnum(LegalBasisCode, { each: true }) legalBases?: LegalBasisCode[];
  @IsOptional() @Matches(KEBAB, { each: true }) dataCategories?: string[];
  @IsOptional() @ValidateNested() @Type(() => RetentionFacts) retention?: RetentionFacts | null;
}

export class ProcessorFacts extends Evidenced {
  @Matches(KEBAB) processor: string;
  @IsEnum(ProcessorRole) role: ProcessorRole;
  @IsOptional() @IsString() service?: string | null;
  @IsOptional() @Matches(KEBAB, { each: true }) dataCategories?: string[];
}

export class RecipientFacts extends Evidenced {
  @Matches(KEBAB) category: string;
  @IsString() @MinLength(1) label: string;
}

export class RightFacts extends Evidenced {
  @IsEnum(RightCode) right: RightCode;
  @IsOptional() @IsString() conditions?: string | null;
}

export class RightsRequestFacts extends Evidenced {
  @IsArray() @IsEnum(RequestChannel, { each: true }) channels: RequestChannel[];
  @IsOptional() @IsEmail() email?: string | null;
  @IsOptional() @IsString() postalAddress?: string | null;
  @IsOptional() @Matches(ISO_DURATION, isoDuration) responseTime?: string | null;
  @IsOptional() @IsString() identityProof?: string | null;
  @IsOptional() @IsString() fee?: string | null;
}

export class GeneralRetentionFacts extends Evidenced {
  @IsString() @MinLength(1) description: string;
  @IsOptional() @Matches(ISO_DURATION, isoDuration) duration?: string | null;
}

export const DATA_SOURCE_KINDS = ['DATA_SUBJECT', 'THIRD_PARTY', 'PUBLIC_SOURCE', 'AUTOMATED'] as const;
export const COOKIE_KINDS = [
  'ESSENTIAL',
  'FUNCTIONAL',
  'ANALYTICS',
  'MARKETING',
  'THIRD_PARTY',
  'UNSPECIFIED',
] as const;

export class DataSourceFacts extends Evidenced {
  @IsIn(DATA_SOURCE_KINDS) kind: string;
  @IsString() @MinLength(1) description: string;
}

export class CookieFacts extends Evidenced {
  @IsIn(COOKIE_KINDS) kind: string;
  @IsString() @MinLength(1) description: string;
}

export class MinimumAgeFacts extends Evidenced {
  @IsInt() @Min(1) @Max(21) age: number;
}

export class AutomatedDecisionFacts extends Evidenced {
  @IsBoolean() used: boolean;
  @IsOptional() @IsString() description?: string | null;
}

export class TransferFacts extends Evidenced {
  @IsBoolean() occurs: boolean;
  @IsOptional() @IsString() safeguards?: string | null;
}

export class StatementFacts extends Evidenced {
  @IsString() @MinLength(1) description: string;
}

/** One fact file: everything read from one policy document. */
export class FactFile {
  @ValidateNested() @Type(() => DocumentFacts) document: DocumentFacts;
  @ValidateNested() @Type(() => ControllerFacts) controller: ControllerFacts;
  @IsOptional() @ValidateNested() @Type(() => DpoFacts) dpo?: DpoFacts | null;
  @IsOptional()
  @ValidateNested()
  @Type(() => AuthorityReferenceFacts)
  supervisoryAuthority?: AuthorityReferenceFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => LegalBasisFacts) legalBases?: LegalBasisFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DataCategoryFacts) dataCategories?: DataCategoryFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => PurposeFacts) purposes?: PurposeFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ProcessorFacts) processors?: ProcessorFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RecipientFacts) recipients?: RecipientFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RightFacts) rights?: RightFacts[];
  @IsOptional() @ValidateNested() @Type(() => RightsRequestFacts) rightsRequest?: RightsRequestFacts | null;
  @IsOptional() @ValidateNested() @Type(() => GeneralRetentionFacts) retention?: GeneralRetentionFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DataSourceFacts) dataSources?: DataSourceFacts[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => CookieFacts) cookies?: CookieFacts[];
  @IsOptional() @ValidateNested() @Type(() => MinimumAgeFacts) minimumAge?: MinimumAgeFacts | null;
  @IsOptional()
  @ValidateNested()
  @Type(() => AutomatedDecisionFacts)
  automatedDecisionMaking?: AutomatedDecisionFacts | null;
  @IsOptional() @ValidateNested() @Type(() => TransferFacts) transfersOutsideEEA?: TransferFacts | null;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => StatementFacts) security?: StatementFacts[];
  @IsOptional() @ValidateNested() @Type(() => StatementFacts) presumedConsent?: StatementFacts | null;
}

// ---- vocabulary files ----

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
